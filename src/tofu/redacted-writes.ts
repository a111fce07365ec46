import type { Host } from '../github/host.js';

/**
 * The host with its `write` (a child's raw output) redacted line by line: the unfinished line
 * at the end of a chunk waits for the rest, so that a value split across two chunks is still
 * found. `flush` writes what is left once the child has ended. Everything else is the host's.
 */
export function redactedWrites(
  host: Host,
  redact: (text: string) => string,
): { host: Host; flush(): void } {
  let pending = '';
  const write = (chunk: string) => {
    const text = pending + chunk;
    const end = text.lastIndexOf('\n') + 1;
    pending = text.slice(end);
    if (end > 0) host.write(redact(text.slice(0, end)));
  };
  const flush = () => {
    if (pending) host.write(redact(pending));
    pending = '';
  };
  const wrapped = new Proxy(host, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { host: wrapped, flush };
}
