import { Duplex } from 'node:stream';

/** What a console session may ask of the VM behind it, read fresh at every command. */
export interface ConsoleGuest {
  hostname: string;
  family: 'linux' | 'freebsd' | 'windows';
  /** The getty greeting, with {host}, {kernel} and {tty} to fill in. */
  issue: string;
  kernel: string;
  disks(): { name: string; kind: 'disk' | 'rom'; sizeGiB: number }[];
  nics(): { name: string; mac: string }[];
  /** The guest itself shuts down or reboots (typed `poweroff` or `reboot`). */
  request(kind: 'shutdown' | 'reboot'): void;
}

/** The console's side of the VM: told when the guest resets or the domain stops. */
export interface ConsoleSession {
  readonly stream: Duplex;
  guestReset(): void;
  domainStopped(): void;
  /** Another client took the console over: this stream ends, the guest carries on. */
  takenOver(): void;
}

type Phase = 'login' | 'password' | 'shell';

/** Where Linux and FreeBSD guests differ on a serial line. */
const DIALECT = {
  linux: {
    tty: 'ttyS0',
    login: (host: string) => `${host} login: `,
    prompt: (user: string, host: string) => `${user}@${host}:~${user === 'root' ? '#' : '$'} `,
    notFound: (command: string) => `-bash: ${command}: command not found`,
    uname: (host: string, kernel: string) =>
      `Linux ${host} ${kernel} #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux`,
  },
  freebsd: {
    tty: 'ttyu0',
    login: () => 'login: ',
    prompt: (user: string, host: string) => `${user}@${host}:~ ${user === 'root' ? '#' : '$'} `,
    notFound: (command: string) => `${command}: Command not found.`,
    uname: (host: string, kernel: string) =>
      `FreeBSD ${host} ${kernel} FreeBSD ${kernel} GENERIC amd64`,
  },
};

/**
 * A serial console with a getty and a tiny shell behind it: enough for the console view to
 * show a login, echo typing, answer a few commands and end when the guest powers off. A
 * Windows guest's serial port stays silent, as it does on a real one.
 */
export function openConsoleSession(guest: ConsoleGuest, onClose: () => void): ConsoleSession {
  let phase: Phase = 'login';
  let user = 'root';
  let line = '';
  let lastWasCr = false;
  /** Inside an escape sequence (arrow keys and the like), which this shell ignores. */
  let escape: 'none' | 'started' | 'csi' = 'none';
  let ended = false;
  const silent = guest.family === 'windows';
  const dialect = guest.family === 'freebsd' ? DIALECT.freebsd : DIALECT.linux;

  const stream = new Duplex({
    read() {},
    write(chunk: Buffer | string, _encoding, callback) {
      if (!ended && !silent) for (const ch of chunk.toString()) take(ch);
      callback();
    },
    // The client's end() is libvirt's finish: the session is over both ways and the
    // console is free for the next client at once.
    final(callback) {
      ended = true;
      stream.push(null);
      callback();
    },
  });
  stream.on('finish', onClose);
  stream.on('close', onClose);

  const print = (text: string): void => {
    if (!ended) stream.push(text);
  };
  const echo = (): boolean => phase !== 'password';
  const prompt = (): void => print(dialect.prompt(user, guest.hostname));
  const banner = (): void => {
    phase = 'login';
    if (silent) return;
    const issue = guest.issue
      .replaceAll('{host}', guest.hostname)
      .replaceAll('{kernel}', guest.kernel)
      .replaceAll('{tty}', dialect.tty)
      .replaceAll('\n', '\r\n');
    print(`\r\n${issue}\r\n\r\n${dialect.login(guest.hostname)}`);
  };

  function take(ch: string): void {
    if (skipEscape(ch)) return;
    const wasCr = lastWasCr;
    lastWasCr = ch === '\r';
    if (ch === '\n' && wasCr) return;
    if (ch === '\r' || ch === '\n') {
      print('\r\n');
      const entered = line;
      line = '';
      enter(entered);
    } else if (ch === '\x7f' || ch === '\b') {
      if (line.length > 0 && echo()) print('\b \b');
      line = line.slice(0, -1);
    } else if (ch === '\x03') {
      print('^C\r\n');
      line = '';
      if (phase === 'shell') prompt();
      else banner();
    } else if (ch === '\x04' && line === '' && phase === 'shell') {
      print('logout\r\n');
      banner();
    } else if (ch >= ' ') {
      line += ch;
      if (echo()) print(ch);
    }
  }

  /** ESC, then either one character or "[" and parameters up to a final letter. */
  function skipEscape(ch: string): boolean {
    if (ch === '\x1b') escape = 'started';
    else if (escape === 'started') escape = ch === '[' ? 'csi' : 'none';
    else if (escape === 'csi') escape = ch >= '@' && ch <= '~' ? 'none' : 'csi';
    else return false;
    return true;
  }

  function enter(entered: string): void {
    if (phase === 'login') {
      if (entered.trim() === '') return banner();
      user = entered.trim();
      phase = 'password';
      return print('Password: ');
    }
    if (phase === 'password') {
      phase = 'shell';
      print(
        `This guest is simulated by the Virtdeck demo host. Type 'help' for what it knows.\r\n\r\n`,
      );
      return prompt();
    }
    const reply = run(entered.trim());
    if (reply === 'logout') return banner();
    if (reply !== '') print(reply.replace(/\n/g, '\r\n') + '\r\n');
    if (phase === 'shell' && !ended) prompt();
  }

  function run(command: string): string {
    const [name = '', ...args] = command.split(/\s+/);
    switch (name) {
      case '':
        return '';
      case 'help':
        return 'Commands: uname [-a|-r], hostname, whoami, ip link, lsblk, echo, clear, poweroff, reboot, exit';
      case 'uname':
        return uname(args[0]);
      case 'hostname':
        return guest.hostname;
      case 'whoami':
        return user;
      case 'echo':
        return args.join(' ');
      case 'clear':
        return '\x1b[H\x1b[2J';
      case 'ip':
        return args[0] === 'link' || args[0] === 'l' ? ipLink() : 'Usage: ip link';
      case 'lsblk':
        return lsblk();
      case 'poweroff':
      case 'halt':
      case 'reboot':
        guest.request(name === 'reboot' ? 'reboot' : 'shutdown');
        phase = 'login';
        return name === 'reboot' ? 'Rebooting.' : 'Powering off.';
      case 'exit':
      case 'logout':
        return 'logout';
      default:
        return dialect.notFound(name);
    }
  }

  function uname(flag: string | undefined): string {
    if (flag === '-r') return guest.kernel;
    if (flag !== '-a') return guest.family === 'freebsd' ? 'FreeBSD' : 'Linux';
    return dialect.uname(guest.hostname, guest.kernel);
  }

  function ipLink(): string {
    const rows = [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    ];
    guest.nics().forEach((nic, i) => {
      rows.push(
        `${i + 2}: ${nic.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP mode DEFAULT`,
      );
      rows.push(`    link/ether ${nic.mac} brd ff:ff:ff:ff:ff:ff`);
    });
    return rows.join('\n');
  }

  function lsblk(): string {
    const rows = ['NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS'];
    let roms = 0;
    for (const [index, disk] of guest.disks().entries()) {
      const rom = disk.kind === 'rom';
      const name = rom ? `sr${roms++}` : disk.name;
      const device = rom ? `11:${roms - 1}` : `${name.startsWith('vd') ? 252 : 8}:${index * 16}`;
      const flag = rom ? '1' : '0';
      const mount = index === 0 ? '/' : '';
      rows.push(
        `${name.padEnd(6)} ${device.padEnd(7)} ${flag} ${`${disk.sizeGiB}G`.padStart(5)}  ${flag} ${disk.kind.padEnd(4)} ${mount}`.trimEnd(),
      );
    }
    return rows.join('\n');
  }

  banner();

  return {
    stream,
    guestReset() {
      if (silent) return;
      print('\r\nreboot: Restarting system\r\n');
      line = '';
      banner();
    },
    domainStopped() {
      if (!silent) print('\r\nreboot: Power down\r\n');
      ended = true;
      stream.push(null);
    },
    takenOver() {
      ended = true;
      stream.push(null);
    },
  };
}
