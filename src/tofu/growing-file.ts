import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * A child process's output written to a file and read back as it grows. Unlike a pipe, a file
 * does not kill its writer when this process dies (a write to a pipe nobody reads ends a Go
 * program with SIGPIPE): tofu can still finish its apply and write state.
 */
export class GrowingFile {
  /** For the child's stdio; close this process's copy once the child has it. */
  readonly writeFd: number;
  private readonly readFd: number;
  private readonly decoder = new StringDecoder('utf8');
  private readonly buffer = Buffer.allocUnsafe(65_536);

  constructor(
    readonly path: string,
    private readonly onText: (text: string) => void,
  ) {
    this.writeFd = openSync(path, 'w', 0o600);
    this.readFd = openSync(path, 'r');
  }

  closeWriter(): void {
    closeSync(this.writeFd);
  }

  /** Hands on everything written since the last call. */
  drain(): void {
    for (;;) {
      const read = readSync(this.readFd, this.buffer, 0, this.buffer.length, null);
      if (read === 0) return;
      const text = this.decoder.write(this.buffer.subarray(0, read));
      if (text) this.onText(text);
    }
  }

  /** Once the writer is gone: the rest, then the file is removed. */
  finish(): void {
    this.drain();
    const rest = this.decoder.end();
    if (rest) this.onText(rest);
    closeSync(this.readFd);
    rmSync(this.path, { force: true });
  }
}
