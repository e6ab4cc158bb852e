#!/usr/bin/env bash
# Fetches Debian's libvirt source package for the libvirt this machine runs and unpacks it
# into .cache/libvirt-src/ (git-ignored), for scripts/protocol/generate.ts.
#
# apt runs with a private configuration (its own sources.list, list and cache folders in a
# temporary directory), so the system's apt setup is neither read for sources nor changed.
# Idempotent: an unpacked tree already in the cache is reused.
#
#   scripts/protocol/fetch-libvirt-source.sh            # the installed libvirt-daemon's version
#   LIBVIRT_VERSION=9.0.0-4+deb12u2 scripts/protocol/fetch-libvirt-source.sh
#
# Prints the unpacked tree's path on stdout. Needs apt-get and dpkg-source (dpkg-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."

CACHE="${LIBVIRT_SRC_CACHE:-$PWD/.cache/libvirt-src}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
SUITE="${DEBIAN_SUITE:-bookworm}"

version="${LIBVIRT_VERSION:-}"
if [ -z "$version" ]; then
  version="$(dpkg-query -W -f='${Version}' libvirt-daemon 2>/dev/null || true)"
fi
if [ -z "$version" ]; then
  echo "fetch-libvirt-source: libvirt-daemon is not installed; set LIBVIRT_VERSION" >&2
  exit 1
fi
upstream="${version%%-*}"
upstream="${upstream#*:}"
tree="$CACHE/libvirt-$upstream"

if [ -f "$tree/src/remote/remote_protocol.x" ] && [ -f "$CACHE/version" ] &&
  [ "$(cat "$CACHE/version")" = "$version" ]; then
  echo "$tree"
  exit 0
fi

for tool in apt-get dpkg-source; do
  if ! command -v "$tool" >/dev/null; then
    echo "fetch-libvirt-source: $tool is missing (apt-get install dpkg-dev)" >&2
    exit 1
  fi
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lists/partial" "$tmp/archives/partial" "$tmp/sources.list.d"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
signed=""
[ -f "$keyring" ] && signed="[signed-by=$keyring] "
cat >"$tmp/sources.list" <<LIST
deb-src ${signed}$MIRROR $SUITE main
deb-src ${signed}$MIRROR $SUITE-updates main
deb-src ${signed}$SECURITY_MIRROR $SUITE-security main
LIST

apt_opts=(
  -o "Dir::Etc::sourcelist=$tmp/sources.list"
  -o "Dir::Etc::sourceparts=$tmp/sources.list.d"
  -o "Dir::State::Lists=$tmp/lists"
  -o "Dir::Cache=$tmp/cache"
  -o "Dir::Cache::archives=$tmp/archives"
  -o "APT::Get::List-Cleanup=0"
  -o "Debug::NoLocking=1"
)
echo "fetch-libvirt-source: apt-get update (private lists in $tmp)" >&2
apt-get "${apt_opts[@]}" update -q >&2

mkdir -p "$CACHE"
rm -rf "$tree"
work="$tmp/src"
mkdir -p "$work"
(
  cd "$work"
  # The exact version first; a suite may have moved on to a newer point release.
  if ! apt-get "${apt_opts[@]}" source -q --download-only "libvirt=$version" >&2; then
    echo "fetch-libvirt-source: $version is not in $SUITE any more; taking the suite's libvirt $upstream" >&2
    apt-get "${apt_opts[@]}" source -q --download-only libvirt >&2
  fi
  dsc="$(ls libvirt_*.dsc | head -n1)"
  got="$(sed -n 's/^Version: //p' "$dsc")"
  if [ "${got%%-*}" != "$upstream" ]; then
    echo "fetch-libvirt-source: got libvirt $got, not $upstream" >&2
    exit 1
  fi
  dpkg-source --no-check -x "$dsc" unpacked >&2
)
mv "$work/unpacked" "$tree"
echo "$version" >"$CACHE/version"
echo "$tree"
