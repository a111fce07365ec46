import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/github/memory-host.js';
import { readJournal, TofuRunJournal } from '../../src/tofu/tofu-run-journal.js';

const clockAt = (times: number[]) => ({
  now: () => times.shift() ?? 0,
  sleep: async () => undefined,
});

describe('TofuRunJournal', () => {
  it('saves each locking run as it starts, gets its process id and ends', async () => {
    const host = new MemoryHost();
    const journal = new TofuRunJournal(host, clockAt([100, 200, 300, 400]), 'runs');
    const seenWhileRunning: string[] = [];
    await journal.run(['plan', '-out=x'], async (onSpawn) => {
      seenWhileRunning.push(host.state.runs as string);
      onSpawn(41);
      seenWhileRunning.push(host.state.runs as string);
    });
    await journal.run(['apply', '-json', 'x'], async (onSpawn) => onSpawn(42));
    expect(seenWhileRunning.map((s) => readJournal(s))).toEqual([
      [{ operation: 'OperationTypePlan', startedAt: 100 }],
      [{ operation: 'OperationTypePlan', startedAt: 100, pid: 41 }],
    ]);
    expect(readJournal(host.state.runs)).toEqual([
      { operation: 'OperationTypePlan', startedAt: 100, pid: 41, endedAt: 200 },
      { operation: 'OperationTypeApply', startedAt: 300, pid: 42, endedAt: 400 },
    ]);
  });

  it('records the end of a run that failed, and not runs that take no lock', async () => {
    const host = new MemoryHost();
    const journal = new TofuRunJournal(host, clockAt([1, 2]), 'runs');
    await journal.run(['init'], async (onSpawn) => onSpawn(7));
    await expect(
      journal.run(['apply'], async () => {
        throw new Error('tofu not found');
      }),
    ).rejects.toThrow('tofu not found');
    expect(readJournal(host.state.runs)).toEqual([
      { operation: 'OperationTypeApply', startedAt: 1, endedAt: 2 },
    ]);
  });
});

describe('readJournal', () => {
  it('is empty for missing or broken state and leaves out entries it cannot use', () => {
    expect(readJournal(undefined)).toEqual([]);
    expect(readJournal('not json')).toEqual([]);
    expect(readJournal('{"operation":"OperationTypeApply"}')).toEqual([]);
    expect(
      readJournal(
        JSON.stringify([
          { operation: 'OperationTypeApply', startedAt: 5 },
          { operation: 'OperationTypeImport', startedAt: 5 },
          { operation: 'OperationTypePlan' },
          null,
        ]),
      ),
    ).toEqual([{ operation: 'OperationTypeApply', startedAt: 5 }]);
  });
});
