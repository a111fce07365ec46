/**
 * Text that arrives in chunks (a child's output), handed on line by line with `redact`
 * applied: the unfinished line at the end of a chunk waits for the rest, so that a value split
 * across two chunks is still found. `end` hands on what is left once the child has ended.
 */
export function redactedLines(
  write: (text: string) => void,
  redact: (text: string) => string,
): { push(chunk: string): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      const text = pending + chunk;
      const end = text.lastIndexOf('\n') + 1;
      pending = text.slice(end);
      if (end > 0) write(redact(text.slice(0, end)));
    },
    end() {
      if (pending) write(redact(pending));
      pending = '';
    },
  };
}
