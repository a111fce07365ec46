import { escapeHtml, escapeText } from './markdown.js';

import { formatMarker, type EnvironmentStatus, type MarkerData } from '../github/marker.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** Head room for what GitHub may count differently from String.length. */
const MARGIN = 512;
/** Characters of change sets the marker carries in all (they take room from the sections). */
const CHANGES_TOTAL = 24_000;
/** What a section asks beyond its full length (renderers reserve room for a "cut" note). */
const WANT_SLACK = 400;

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
  failedStep?: string;
  /** The first error, one line. */
  error?: string;
  /** Renders the environment's section in at most `budget` characters. */
  section?: (budget: number) => string;
}

export interface AggregateCommentInput {
  /** Marker key of the aggregated comment. */
  key: string;
  environments: readonly AggregateEnvironment[];
  title?: string;
  sha?: string;
  runUrl?: string;
  limit?: number;
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

function icon(env: AggregateEnvironment): string {
  if (env.status === 'failed') return '❌';
  if (env.status === 'not-planned') return '⏸️';
  if (isDestructive(env)) return '🔥';
  return env.hasChanges ? '📝' : '✅';
}

/** Sections: destroys and replacements first, then failures, changes and no changes. */
function sectionRank(env: AggregateEnvironment): number {
  if (isDestructive(env)) return 0;
  if (env.status === 'failed') return 1;
  if (env.hasChanges) return 2;
  return 3;
}

function renderTable(envs: readonly AggregateEnvironment[]): string {
  const rows = envs.map((env) => {
    const n = (value: number | undefined) =>
      env.status === 'planned' && value !== undefined ? String(value) : '–';
    const failed =
      env.status === 'failed'
        ? `❌ ${escapeText(env.error ?? 'failed')}`
        : env.status === 'not-planned'
          ? 'not planned in this run'
          : '';
    return `| ${icon(env)} **${escapeText(env.environment)}** | ${escapeText(verdict(env))} | ${n(env.counts?.add)} | ${n(env.counts?.change)} | ${n(env.counts?.destroy)} | ${n(env.counts?.replace)} | ${n(env.counts?.import)} | ${failed} |`;
  });
  return [
    '| Environment | Verdict | Add | Change | Destroy | Replace | Import | Failed |',
    '|---|---|--:|--:|--:|--:|--:|---|',
    ...rows,
  ].join('\n');
}

function headline(envs: readonly AggregateEnvironment[]): string {
  const planned = envs.filter((e) => e.status !== 'not-planned');
  const failed = planned.filter((e) => e.status === 'failed');
  const changed = planned.filter((e) => e.status === 'planned' && e.hasChanges);
  const destructive = planned.filter(isDestructive);
  const lines: string[] = [];
  const parts = [`${planned.length} environment${planned.length === 1 ? '' : 's'} planned`];
  if (changed.length) parts.push(`${changed.length} with changes`);
  if (failed.length) parts.push(`${failed.length} failed`);
  lines.push(`${parts.join(', ')}.`);
  if (destructive.length) {
    lines.push(
      '',
      `> [!WARNING]\n> Resources are destroyed or replaced in ${destructive.map((e) => `**${escapeText(e.environment)}**`).join(', ')}.`,
    );
  }
  if (failed.length) {
    lines.push(
      '',
      `> [!CAUTION]\n> The plan failed in ${failed.map((e) => `**${escapeText(e.environment)}**`).join(', ')}.`,
    );
  }
  return lines.join('\n');
}

function footer(input: AggregateCommentInput): string {
  const parts: string[] = [];
  if (input.sha) parts.push(`commit \`${input.sha.slice(0, 12)}\``);
  if (input.runUrl) parts.push(`[workflow run](${input.runUrl})`);
  return parts.length ? `<sub>Planned at ${parts.join(' · ')}.</sub>` : '';
}

function openDetails(env: AggregateEnvironment): string {
  return `<details><summary>${icon(env)} <b>${escapeHtml(env.environment)}</b>: ${escapeHtml(verdict(env))}</summary>\n\n`;
}
const CLOSE_DETAILS = '\n\n</details>\n';

/**
 * Shares `available` characters among sections that want `wants[i]`: small sections get all
 * they want, the rest split what is left evenly.
 */
export function shareBudget(wants: readonly number[], available: number): number[] {
  const order = wants.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  const given = new Array<number>(wants.length).fill(0);
  let left = Math.max(0, available);
  order.forEach(([want, index], k) => {
    const share = Math.floor(left / (order.length - k));
    const give = Math.min(want, share);
    given[index] = give;
    left -= give;
  });
  return given;
}

/**
 * One comment for several environments: a headline, a table with a row per environment
 * (never trimmed), then each environment's section collapsed, trimmed so that the whole stays
 * under GitHub's limit. The marker carries every environment's fingerprint and status.
 */
export function renderAggregateComment(input: AggregateCommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const envs = [...input.environments].sort((a, b) => a.environment.localeCompare(b.environment));
  const marker: MarkerData = { v: 1, environments: {} };
  if (input.sha) marker.sha = input.sha;
  if (input.runUrl) marker.run = input.runUrl;
  const kept = keptChanges(envs);
  for (const env of envs) {
    const status: EnvironmentStatus = env.status;
    marker.environments[env.environment] = {
      ...(env.fingerprint ? { fingerprint: env.fingerprint } : {}),
      status,
      ...(kept.has(env) ? { changes: env.changes } : {}),
    };
  }

  const head = [
    formatMarker(input.key, marker),
    `## ${input.title ?? 'OpenTofu plan'}`,
    '',
    headline(envs),
    '',
    renderTable(envs),
    '',
  ].join('\n');
  const foot = footer(input);
  const withSection = envs
    .filter((e) => e.status !== 'not-planned' && e.section)
    .sort((a, b) => sectionRank(a) - sectionRank(b));
  const wrappers = withSection.map((e) => openDetails(e).length + CLOSE_DETAILS.length);
  const fixed = head.length + foot.length + 2 + wrappers.reduce((a, b) => a + b, 0);
  const available = limit - MARGIN - fixed;

  const sections: string[] = [];
  if (available > 0) {
    // A renderer keeps room for its own "cut to fit" note: ask for a little more than it used.
    const wants = withSection.map((e) =>
      Math.min(available, (e.section as (b: number) => string)(available).length + WANT_SLACK),
    );
    const budgets = shareBudget(wants, available);
    // Room nobody needed goes to everyone: a renderer may cut at exactly its own length.
    const spare = available - budgets.reduce((a, b) => a + b, 0);
    const extra = budgets.length ? Math.floor(spare / budgets.length) : 0;
    budgets.forEach((b, i) => (budgets[i] = b + extra));
    withSection.forEach((env, i) => {
      const budget = budgets[i] as number;
      let text = (env.section as (b: number) => string)(budget);
      if (text.length > budget) text = tooLarge(budget);
      sections.push(`${openDetails(env)}${text}${CLOSE_DETAILS}`);
    });
  }
  return `${head}\n${sections.join('\n')}\n${foot}\n`;
}

/** The environments whose change set goes into the marker: smallest first, up to the total. */
function keptChanges(envs: readonly AggregateEnvironment[]): Set<AggregateEnvironment> {
  const kept = new Set<AggregateEnvironment>();
  let used = 0;
  const withChanges = envs.filter((e) => e.status === 'planned' && e.changes);
  for (const env of withChanges.sort((a, b) => a.changes!.length - b.changes!.length)) {
    if (used + env.changes!.length > CHANGES_TOTAL) break;
    used += env.changes!.length;
    kept.add(env);
  }
  return kept;
}

function tooLarge(budget: number): string {
  const note = '_This section is too large for the comment; the whole plan is in the job summary._';
  return note.length <= budget ? note : '';
}
