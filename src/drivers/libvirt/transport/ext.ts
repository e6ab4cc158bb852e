import { spawn } from 'node:child_process';
import { Duplex } from 'node:stream';

/**
 * The `ext` transport: runs a command and speaks RPC over its stdin and stdout, as
 * libvirt does for `driver+ext:///path?command=...`. It is also the shape of the ssh
 * transport (ssh ... virt-ssh-helper URI). What the command prints on stderr is kept and,
 * when it exits with a failure, becomes the error, because that is where tools like ssh
 * and virt-ssh-helper explain what went wrong.
 */
export function spawnTransport(command: string, args: readonly string[] = []): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      // Keep the tail only: a chatty command must not grow memory without bound.
      stderr = (stderr + text).slice(-8192);
    });

    const duplex = new Duplex({
      read() {
        child.stdout.resume();
      },
      write(chunk: Buffer, _encoding, callback) {
        // A write to a command that is gone fails with EPIPE; its exit (below) says why.
        child.stdin.write(chunk, () => callback());
      },
      final(callback) {
        child.stdin.end(callback);
      },
      destroy(err, callback) {
        child.kill();
        callback(err);
      },
    });
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!duplex.push(chunk)) child.stdout.pause();
    });
    // End only once the command has exited, so its stderr can explain why.
    child.on('close', (code, signal) => {
      const detail = stderr.trim();
      if (code === 0 && !detail) duplex.push(null);
      else
        duplex.destroy(
          new Error(
            `${command} exited (${signal ?? `status ${code}`})${detail ? `: ${detail}` : ''}`,
          ),
        );
    });
    child.once('spawn', () => resolve(duplex));
    child.once('error', (err) => reject(new Error(`cannot run ${command}: ${err.message}`)));
  });
}
