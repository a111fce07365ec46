import type { Clock, Host } from '../github/host.js';
import type { ApplyRun } from './apply-run.js';
import type { TofuSettings } from './settings.js';
import type { StateLockHandler } from './state-lock-handler.js';
import type { TofuRunJournal } from './tofu-run-journal.js';

/** What the tofu steps of `apply` share: where and how tofu runs, the lock, and the report. */
export interface ApplyContext {
  settings: TofuSettings;
  host: Host;
  clock: Clock;
  locks: StateLockHandler;
  /** The runs of tofu that can take the state lock, for the post step. */
  journal: TofuRunJournal;
  /** Tells the summary and the plan comment that the apply failed, and why. */
  report: { failed(result: ApplyRun | undefined, error: string): Promise<void> };
}
