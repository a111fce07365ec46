import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { redactedWrites } from '../../src/tofu/redacted-writes.js';
import { createRedactor } from '../../src/tofu/sensitive.js';

describe('redactedWrites', () => {
  const redact = createRedactor(['Sup3r-Secret-Passw0rd!']);

  it('redacts a value split across chunks, line by line, and flushes the last line', () => {
    const host = new MemoryHost({}, { env: { A: 'b' } });
    const log = redactedWrites(host, redact);
    log.host.write('first line\nerror: password Sup3r-Sec');
    log.host.write('ret-Passw0rd! rejected\nno newline: Sup3r-Secret-');
    log.host.write('Passw0rd!');
    log.flush();
    const text = host.log.join('');
    expect(text).toBe('first line\nerror: password (sensitive) rejected\nno newline: (sensitive)');
  });

  it('leaves everything else to the host', () => {
    const host = new MemoryHost({}, { env: { A: 'b' } });
    const { host: wrapped } = redactedWrites(host, redact);
    wrapped.info('Sup3r-Secret-Passw0rd! as info is not a child output');
    wrapped.warning('careful');
    expect(wrapped.env.A).toBe('b');
    expect(wrapped.cancellation).toBe(host.cancellation);
    expect(host.log).toEqual(['Sup3r-Secret-Passw0rd! as info is not a child output']);
    expect(host.annotations).toEqual([{ level: 'warning', message: 'careful' }]);
  });
});
