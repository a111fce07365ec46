import type { Clock, Host } from '../github/host.js';

/** How tofu names, in a state lock's Operation, what holds the lock. */
export type LockOperation = 'OperationTypePlan' | 'OperationTypeApply';

export interface JournalEntry {
  operation: LockOperation;
  startedAt: number;
  /** tofu's process id, once it has started. */
  pid?: number;
  /** When this process saw tofu exit; absent when this process was killed first. */
  endedAt?: number;
}

const OPERATIONS: Record<string, LockOperation> = {
  plan: 'OperationTypePlan',
  apply: 'OperationTypeApply',
};

/**
 * The runs of tofu in an `apply` step that can take the state lock, written to the step's
 * state as they start and end. After the runner kills the step, its post step reads them: a
 * tofu still running is waited for, and only a lock one of these runs could have taken (its
 * operation, taken while it ran) counts as this run's own.
 */
export class TofuRunJournal {
  private readonly entries: JournalEntry[] = [];

  constructor(
    private readonly host: Host,
    private readonly clock: Clock,
    private readonly stateKey: string,
  ) {}

  /** Runs `start` (which starts tofu with `args`), recording it when it can lock the state. */
  async run<T>(args: readonly string[], start: (onSpawn: (pid: number) => void) => Promise<T>) {
    const operation = OPERATIONS[args[0] ?? ''];
    if (!operation) return start(() => undefined);
    const entry: JournalEntry = { operation, startedAt: this.clock.now() };
    this.entries.push(entry);
    this.save();
    try {
      return await start((pid) => {
        entry.pid = pid;
        this.save();
      });
    } finally {
      entry.endedAt = this.clock.now();
      this.save();
    }
  }

  private save(): void {
    this.host.saveState(this.stateKey, JSON.stringify(this.entries));
  }
}

/** The entries saved under the state key; entries that do not parse are left out. */
export function readJournal(text: string | undefined): JournalEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (e): e is JournalEntry =>
      !!e &&
      typeof e === 'object' &&
      Object.values(OPERATIONS).includes((e as JournalEntry).operation) &&
      typeof (e as JournalEntry).startedAt === 'number',
  );
}
