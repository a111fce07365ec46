/** One environment of the aggregated comment, and how the comment words and orders it. */
export interface AggregateCounts {
  add: number;
  change: number;
  destroy: number;
  replace: number;
  import: number;
  forget?: number;
  move?: number;
}

export interface AggregateEnvironment {
  environment: string;
  /** `not-planned`: listed by an earlier comment, absent from this run's results. */
  status: 'planned' | 'failed' | 'not-planned';
  counts?: AggregateCounts;
  /** The verdict as the plan's own section words it; derived from the counts when absent. */
  verdict?: string;
  hasChanges?: boolean;
  fingerprint?: string;
  /** The change set for the marker (gzip + base64); dropped, largest first, past a total. */
  changes?: string;
  /** When the plan was made (ISO 8601), for the marker. */
  at?: string;
  failedStep?: string;
  /** The first error (shortened to one line in the table). */
  error?: string;
  /** Renders the environment's section in at most `budget` characters. */
  section?: (budget: number) => string;
}

export function isDestructive(env: AggregateEnvironment): boolean {
  return (
    env.status === 'planned' && !!env.counts && (env.counts.destroy > 0 || env.counts.replace > 0)
  );
}

/** `1 to import, 3 to add, 1 to change, 1 to destroy` in OpenTofu's order, or `No changes`. */
export function verdict(env: AggregateEnvironment): string {
  if (env.status === 'not-planned') return 'Not planned in this run';
  if (env.status === 'failed')
    return `Plan failed${env.failedStep ? ` (tofu ${env.failedStep})` : ''}`;
  if (env.verdict) return env.verdict;
  const c = env.counts;
  if (!c) return env.hasChanges ? 'Changes' : 'No changes';
  const parts = [
    [c.import, 'to import'],
    [c.add, 'to add'],
    [c.change, 'to change'],
    [c.destroy, 'to destroy'],
    [c.forget ?? 0, 'to forget'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  if (parts.length) return parts.join(', ');
  if (c.move) return `${c.move} to move`;
  return env.hasChanges ? 'Output changes only' : 'No changes';
}

export function icon(env: AggregateEnvironment): string {
  if (env.status === 'failed') return '❌';
  if (env.status === 'not-planned') return '⏸️';
  if (isDestructive(env)) return '🔥';
  return env.hasChanges ? '📝' : '✅';
}

/** What matters most first: destroys and replacements, failures, changes, no changes, old rows. */
export function rank(env: AggregateEnvironment): number {
  if (isDestructive(env)) return 0;
  if (env.status === 'failed') return 1;
  if (env.status === 'not-planned') return 4;
  if (env.hasChanges) return 2;
  return 3;
}

/** An environment name where it is shown (the marker keeps it whole). */
export const NAME_CHARS = 100;

/** Room kept for a note that says what was left out (table rows, sections). */
export const NOTE_ROOM = 200;
