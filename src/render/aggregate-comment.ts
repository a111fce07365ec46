import { clip, escapeHtml, escapeText } from './markdown.js';

import { formatMarker, type MarkerData, type MarkerEnvironment } from '../github/marker.js';
import {
  icon,
  NAME_CHARS,
  NOTE_ROOM,
  rank,
  verdict,
  isDestructive,
  type AggregateEnvironment,
} from './aggregate-environment.js';
import { renderTable } from './aggregate-table.js';

export type { AggregateEnvironment } from './aggregate-environment.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** Head room for what GitHub may count differently from String.length. */
const MARGIN = 512;
/** Characters of change sets the marker carries in all (they take room from the sections). */
const CHANGES_TOTAL = 24_000;
/** What a section asks beyond its full length (renderers reserve room for a "cut" note). */
const WANT_SLACK = 400;
/** Environments of earlier runs listed at most (a matrix that shrank may leave hundreds). */
export const MAX_CARRIED = 50;
/** The share of the limit the table may take; the marker and the sections need the rest. */
const TABLE_SHARE = 0.4;
/** Below this many characters a section shows nothing useful: fewer sections instead. */
const MIN_SECTION = 300;
/** Names listed in one warning of the headline. */
const HEADLINE_NAMES = 10;
/** Below this many characters the table would show next to nothing: a note instead. */
const MIN_TABLE = 1_000;

export interface AggregateCommentInput {
  /** Marker key of the aggregated comment. */
  key: string;
  environments: readonly AggregateEnvironment[];
  title?: string;
  sha?: string;
  runUrl?: string;
  limit?: number;
}

function names(envs: readonly AggregateEnvironment[]): string {
  const shown = envs
    .slice(0, HEADLINE_NAMES)
    .map((e) => `**${escapeText(clip(e.environment, NAME_CHARS))}**`);
  const more = envs.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
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
    lines.push('', `> [!WARNING]\n> Resources are destroyed or replaced in ${names(destructive)}.`);
  }
  if (failed.length) {
    lines.push('', `> [!CAUTION]\n> The plan failed in ${names(failed)}.`);
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
  return `<details><summary>${icon(env)} <b>${escapeHtml(clip(env.environment, NAME_CHARS))}</b>: ${escapeHtml(verdict(env))}</summary>\n\n`;
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
 * One comment for several environments: the marker first (only a marker that opens a comment
 * counts), a headline, a table with a row per environment, then each environment's section
 * collapsed, trimmed so that the whole stays under GitHub's limit. The marker carries every
 * environment's fingerprint, status and plan time. When even that is too much (hundreds of
 * environments), sections, table rows, the change sets, the table and (last) marker entries are
 * left out, each with a note; the verdict and the marker stay.
 */
export function renderAggregateComment(input: AggregateCommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const sorted = [...input.environments].sort((a, b) => a.environment.localeCompare(b.environment));
  const { envs, carriedLeftOut } = capCarried(sorted);
  const withChanges = render(input, envs, carriedLeftOut, limit, true);
  // Table rows matter more than change sets (which only make a refusal's diff fuller).
  if (withChanges.body.length <= limit - MARGIN && !withChanges.tableCut) return withChanges.body;
  const without = render(input, envs, carriedLeftOut, limit, false);
  if (without.body.length <= limit - MARGIN) return without.body;
  return markerOnly(input, envs, limit);
}

/** At most MAX_CARRIED environments of earlier runs: the most recently planned ones. */
function capCarried(sorted: readonly AggregateEnvironment[]): {
  envs: AggregateEnvironment[];
  carriedLeftOut: number;
} {
  const carried = sorted.filter((e) => e.status === 'not-planned');
  if (carried.length <= MAX_CARRIED) return { envs: [...sorted], carriedLeftOut: 0 };
  const keep = new Set(
    [...carried].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? '')).slice(0, MAX_CARRIED),
  );
  return {
    envs: sorted.filter((e) => e.status !== 'not-planned' || keep.has(e)),
    carriedLeftOut: carried.length - MAX_CARRIED,
  };
}

function markerEntry(env: AggregateEnvironment, withChanges: boolean): MarkerEnvironment {
  return {
    ...(env.fingerprint ? { fingerprint: env.fingerprint } : {}),
    status: env.status,
    ...(withChanges ? { changes: env.changes } : {}),
    ...(env.at ? { at: env.at } : {}),
  };
}

function markerBase(input: AggregateCommentInput): MarkerData {
  const marker: MarkerData = { v: 1, environments: {} };
  if (input.sha) marker.sha = input.sha;
  if (input.runUrl) marker.run = input.runUrl;
  return marker;
}

function render(
  input: AggregateCommentInput,
  envs: readonly AggregateEnvironment[],
  carriedLeftOut: number,
  limit: number,
  withChanges: boolean,
): { body: string; tableCut: boolean } {
  const marker = markerBase(input);
  const kept = withChanges ? keptChanges(envs) : new Set<AggregateEnvironment>();
  for (const env of envs) marker.environments[env.environment] = markerEntry(env, kept.has(env));

  const top = [
    formatMarker(input.key, marker),
    `## ${input.title ?? 'OpenTofu plan'}`,
    '',
    headline(envs),
    '',
  ];
  const notes = carriedLeftOut
    ? [
        '',
        `_${carriedLeftOut} more environment${carriedLeftOut === 1 ? '' : 's'} planned by earlier runs but not by this one ${carriedLeftOut === 1 ? 'is' : 'are'} left out._`,
      ]
    : [];
  const foot = footer(input);
  // The table takes its share, or what the marker leaves (the marker is never cut here).
  const tableRoom = Math.min(
    Math.floor(limit * TABLE_SHARE),
    limit - MARGIN - NOTE_ROOM - [...top, ...notes, ''].join('\n').length - foot.length - 3,
  );
  const table = tableRoom >= MIN_TABLE ? renderTable(envs, tableRoom) : undefined;
  const head = [
    ...top,
    table?.text ??
      '_The table of environments does not fit in this comment next to its marker; the step summary of this run has it._',
    ...notes,
    '',
  ].join('\n');
  const candidates = envs
    .filter((e) => e.status !== 'not-planned' && e.section)
    .sort((a, b) => rank(a) - rank(b));
  const { withSection, available, note } = fitSections(
    candidates,
    limit - MARGIN - head.length - foot.length - 3,
  );

  const sections: string[] = [];
  if (available > 0 && withSection.length) {
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
  if (note && available >= 0) sections.push(note);
  return { body: `${head}\n${sections.join('\n')}\n${foot}\n`, tableCut: table?.cut ?? true };
}

/**
 * The sections that get room (most important first) and the room they share: as many as can
 * each have MIN_SECTION characters next to their <details> wrappers.
 */
function fitSections(
  candidates: readonly AggregateEnvironment[],
  room: number,
): { withSection: AggregateEnvironment[]; available: number; note: string | undefined } {
  const wrapper = (e: AggregateEnvironment) => openDetails(e).length + CLOSE_DETAILS.length + 1;
  const wrappers = candidates.map(wrapper);
  let count = candidates.length;
  let used = wrappers.reduce((a, b) => a + b, 0);
  const reserve = () => (count < candidates.length ? NOTE_ROOM : 0);
  while (count > 0 && room - used - reserve() < count * MIN_SECTION) {
    count--;
    used -= wrappers[count] as number;
  }
  const left = candidates.length - count;
  return {
    withSection: candidates.slice(0, count),
    available: room - used - reserve(),
    note: left
      ? `_The plans of ${left} more environment${left === 1 ? '' : 's'} are not shown here (too many for one comment); the step summary of this run has them._\n`
      : undefined,
  };
}

/**
 * The last resort: the marker, the title and the verdict only. Marker entries that do not fit
 * (most important first: destroys, failures, changes) are left out and counted: apply finds no
 * reviewed plan for those environments in this comment.
 */
function markerOnly(
  input: AggregateCommentInput,
  envs: readonly AggregateEnvironment[],
  limit: number,
): string {
  const foot = footer(input);
  const text = (left: number) =>
    [
      `## ${input.title ?? 'OpenTofu plan'}`,
      '',
      headline(envs),
      '',
      `_This comment is too large for GitHub with every environment${left ? `: ${left} environment${left === 1 ? ' is' : 's are'} left out of it, so apply finds no reviewed plan for ${left === 1 ? 'it' : 'them'} here` : ''}; the step summary of this run has the table and the plans._`,
      '',
      foot,
      '',
    ].join('\n');
  const marker = markerBase(input);
  const order = [...envs].sort((a, b) => rank(a) - rank(b));
  let room = limit - MARGIN - text(order.length).length - formatMarker(input.key, marker).length;
  let count = 0;
  const emptySize = formatMarker('', { v: 1, environments: {} }).length;
  for (const env of order) {
    const entry = markerEntry(env, false);
    const size = formatMarker('', { v: 1, environments: { [env.environment]: entry } }).length;
    const cost = size - emptySize + 1;
    if (cost > room) break;
    room -= cost;
    marker.environments[env.environment] = entry;
    count++;
  }
  return `${formatMarker(input.key, marker)}\n${text(envs.length - count)}`;
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
