"""The reference side of bench/rpc.ts: the same operations through libvirt's C client
(python3-libvirt), one call at a time as the C API works. bench/rpc.ts runs it once per
round, alternating with its own round. Prints one JSON object of timings in
milliseconds (the best of `rounds` runs within this process) on stdout."""
import json
import sys
import time

import libvirt

SINGLE_CALLS = 1000  # keep equal to SINGLE_CALLS in bench/rpc.ts


def best_of(rounds, fn):
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def main():
    uri, prefix, count, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    conn = libvirt.open(uri)
    names = [f"{prefix}{i}" for i in range(count)]
    doms = [d for d in conn.listAllDomains(0) if d.name().startswith(prefix)]
    test = conn.lookupByName("test")

    def name_state_info():
        for d in doms:
            d.name()
            d.state(0)
            d.info()

    def single_calls():
        for _ in range(SINGLE_CALLS):
            test.state(0)

    results = {
        "listAll": best_of(rounds, lambda: conn.listAllDomains(0)),
        "nameStateInfo": best_of(rounds, name_state_info),
        "xml": best_of(rounds, lambda: [d.XMLDesc(0) for d in doms]),
        "lookupByName": best_of(rounds, lambda: [conn.lookupByName(n) for n in names]),
        "allDomainStats": best_of(rounds, lambda: conn.getAllDomainStats(0, 0)),
        "singleCall": best_of(rounds, single_calls) / SINGLE_CALLS,
    }
    conn.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
