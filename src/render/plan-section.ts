import type { OutputChangeSummary, PlanModel, ResourceChangeSummary } from '../tofu/plan-model.js';
import { firstPlanError, stripAnsi } from '../tofu/plan-text.js';
import { createRedactor } from '../tofu/sensitive.js';
import { fitTable, groupOfRows, type TableGroup } from './fit-table.js';
import { cellCode, codeBlock, escapeText, groupThousands, plural, shorten } from './markdown.js';
import { describeReason } from './plan-reasons.js';
import { planTextExcerpt } from './plan-text-excerpt.js';
import { destroyWarning, planVerdict } from './plan-verdict.js';

export interface PlanSectionInput {
  /** The environment label (or working directory). */
  environment: string;
  /** Undefined when tofu failed before there was a plan. */
  model?: PlanModel;
  /** `tofu show` text (no colour needed; colour codes are stripped). */
  planText?: string;
  /** The most characters the section may take. */
  budget: number;
  /** Markdown lines shown under the title (trusted: written by the command). */
  notes?: readonly string[];
  /** The first error of a failed plan; taken from `planText` when not given. */
  error?: string;
  /** Where the whole plan is, said when the plan text is cut. */
  fullPlanNote?: string;
  /** Sensitive values (collectSensitiveValues) redacted from text taken from tofu. */
  secrets?: readonly string[];
}

/** Room kept for a plan text block with a few lines in it, before anything is cut. */
const MIN_PLAN_TEXT = 400;
const MAX_ERROR_CHARS = 3000;
const MAX_NOTE_CHARS = 2000;
const MAX_ADDRESS = 300;
const MAX_VALUE = 120;
const MAX_REPLACE_PATHS = 5;

interface Group {
  id: string;
  label: string;
  /** One word for "and K more <word>". */
  word: string;
}

/** Replace and delete first, then the rest by weight. */
const GROUPS: Group[] = [
  { id: 'replace-delete-first', label: '**replace**', word: 'to replace' },
  { id: 'replace-create-first', label: '**replace** (create first)', word: 'to replace' },
  { id: 'delete', label: '**destroy**', word: 'to destroy' },
  { id: 'replace-forget-first', label: 'replace (old kept)', word: 'to replace' },
  { id: 'forget', label: 'forget', word: 'to forget' },
  { id: 'create', label: 'create', word: 'to create' },
  { id: 'update', label: 'update', word: 'to update' },
  { id: 'import', label: 'import', word: 'to import' },
  { id: 'move', label: 'move', word: 'to move' },
  { id: 'read', label: 'read', word: 'to read' },
  { id: 'other', label: 'other', word: 'other changes' },
];

/**
 * The markdown of one environment's plan, at most `budget` characters (given a budget of
 * a few kilobytes or more): title with verdict, destroy warning, failure with its first
 * error, notes, the table of changed resources, output changes, drift (collapsed) and the
 * plan text (collapsed, cut on a line boundary). What gives way when space runs out, last
 * first: the plan text, then drift rows, output rows, resource rows (first N per group,
 * with "and K more" rows). Title and verdict are never cut.
 */
export function renderPlanSection(input: PlanSectionInput): string {
  const { model } = input;
  const clean = createRedactor(input.secrets ?? []);
  const head = headLines(input, clean).join('\n\n');
  let remaining = input.budget - head.length;
  const blocks: string[] = [head];

  const resources = model ? resourceTable(model.changes, input.secrets, clean) : undefined;
  const outputs = model && model.outputs.length > 0 ? outputTable(model.outputs, clean) : undefined;
  const drift = model && model.drift.length > 0 ? driftTable(model.drift) : undefined;
  const text = input.planText ? input.planText : undefined;

  // Each part gets what is left after the smallest form of every later part.
  const parts = [resources, outputs, drift].filter((p): p is Part => p !== undefined);
  const minimum = parts.map((p) => p.render(0).length + 2);
  const textMinimum = text ? MIN_PLAN_TEXT : 0;
  parts.forEach((part, i) => {
    const later = minimum.slice(i + 1).reduce((a, b) => a + b, 0) + textMinimum;
    const rendered = part.render(remaining - later - 2);
    if (rendered === '') return;
    blocks.push(rendered);
    remaining -= rendered.length + 2;
  });
  if (text) {
    const block = planTextBlock(text, remaining - 2, input, clean);
    if (block) blocks.push(block);
  }
  return blocks.join('\n\n');
}

interface Part {
  render(budget: number): string;
}

function headLines(input: PlanSectionInput, clean: (text: string) => string): string[] {
  const { model } = input;
  const environment = escapeText(shorten(input.environment, 200));
  const verdict = !model || model.errored ? 'failed' : planVerdict(model);
  const lines = [`### Plan for ${environment}: ${verdict}`];
  const warning = destroyWarning(model);
  if (warning) lines.push(`> [!WARNING]\n> ${warning}`);
  if (!model || model.errored) {
    const error =
      input.error ?? (input.planText ? firstPlanError(input.planText) : undefined) ?? undefined;
    if (error) {
      const shown = shorten(clean(stripAnsi(error)), MAX_ERROR_CHARS);
      lines.push(`> [!CAUTION]\n> The plan failed. The first error:`, codeBlock(shown));
    } else {
      lines.push('> [!CAUTION]\n> The plan failed; see the log of this run for the errors.');
    }
    if (model && model.changes.length > 0) {
      lines.push('OpenTofu planned the changes below before it failed; they will not be applied.');
    }
  }
  for (const note of input.notes ?? []) lines.push(shorten(note, MAX_NOTE_CHARS));
  return lines;
}

function groupOf(change: ResourceChangeSummary): string {
  if (change.action === 'no-op') return change.importing ? 'import' : 'move';
  return change.action;
}

/** The changes of one group and the rows rendered for them so far. */
interface GroupRows {
  changes: ResourceChangeSummary[];
  rows: string[];
}

/**
 * Changes by group, and their rows as far as rendered, kept per change list and secrets:
 * the comment's section and the summary's render the same plan, and a row does not depend
 * on the budget. (A PlanModel is not changed once built; a list that grew is grouped afresh.)
 */
const ROWS = new WeakMap<
  readonly ResourceChangeSummary[],
  { secrets: readonly string[] | undefined; length: number; byGroup: Map<string, GroupRows> }
>();

function resourceRows(
  changes: readonly ResourceChangeSummary[],
  secrets: readonly string[] | undefined,
): Map<string, GroupRows> {
  const cached = ROWS.get(changes);
  if (cached && cached.secrets === secrets && cached.length === changes.length) {
    return cached.byGroup;
  }
  const byGroup = new Map<string, GroupRows>();
  for (const group of GROUPS) byGroup.set(group.id, { changes: [], rows: [] });
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i] as ResourceChangeSummary;
    (byGroup.get(groupOf(change)) as GroupRows).changes.push(change);
  }
  ROWS.set(changes, { secrets, length: changes.length, byGroup });
  return byGroup;
}

function resourceRow(change: ResourceChangeSummary, group: Group, clean: (t: string) => string) {
  const label =
    group.id === 'other' ? `other (${escapeText(change.actions.join(', '))})` : group.label;
  const address = cellCode(shorten(change.address, MAX_ADDRESS));
  return `| ${label} | ${address} | ${details(change, clean)} |`;
}

function resourceTable(
  changes: readonly ResourceChangeSummary[],
  secrets: readonly string[] | undefined,
  clean: (t: string) => string,
): Part {
  const byGroup = resourceRows(changes, secrets);
  const groups: TableGroup[] = [];
  for (const group of GROUPS) {
    const { changes: members, rows } = byGroup.get(group.id) as GroupRows;
    if (members.length === 0) continue;
    groups.push({
      size: members.length,
      // Rendered when the table first reaches them, then kept.
      row: (index) =>
        (rows[index] ??= resourceRow(members[index] as ResourceChangeSummary, group, clean)),
      more: (hidden) => `| ${group.label} | _and ${groupThousands(hidden)} more ${group.word}_ | |`,
    });
  }
  const header = '| Action | Resource | Details |\n| --- | --- | --- |';
  return {
    render: (budget) => (groups.length === 0 ? '' : fitTable(header, groups, budget).text),
  };
}

function details(change: ResourceChangeSummary, clean: (t: string) => string): string {
  const parts: string[] = [];
  const reason = describeReason(change.actionReason);
  if (reason) parts.push(escapeText(reason));
  if (change.replacePaths && change.replacePaths.length > 0) {
    const shown = change.replacePaths
      .slice(0, MAX_REPLACE_PATHS)
      .map((p) => cellCode(shorten(p, 80)));
    const more = change.replacePaths.length - shown.length;
    parts.push(`forced by ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (change.previousAddress) {
    parts.push(`moved from ${cellCode(shorten(change.previousAddress, MAX_ADDRESS))}`);
  }
  if (change.importing) {
    const id = change.importing.id;
    parts.push(id ? `import id ${cellCode(shorten(clean(id), 120))}` : 'import');
    if (change.generatedConfig) parts.push('config generated');
  }
  if (change.deposed) parts.push(`deposed object ${cellCode(change.deposed)}`);
  return parts.join('; ');
}

function outputTable(outputs: readonly OutputChangeSummary[], clean: (t: string) => string): Part {
  const rows = outputs.map((o) => {
    let value: string;
    if (o.sensitive) value = '(sensitive)';
    else if (o.action === 'delete') value = '';
    else if (o.unknown) value = '(known after apply)';
    else value = cellCode(shorten(clean(JSON.stringify(o.value) ?? 'null'), MAX_VALUE));
    return `| ${cellCode(o.name)} | ${actionWord(o.action)} | ${value} |`;
  });
  const header = '#### Output changes\n\n| Output | Action | New value |\n| --- | --- | --- |';
  const groups = [groupOfRows(rows, (hidden) => `| _and ${groupThousands(hidden)} more_ | | |`)];
  return { render: (budget) => fitTable(header, groups, budget).text };
}

function actionWord(action: string): string {
  switch (action) {
    case 'create':
      return 'add';
    case 'update':
      return 'change';
    case 'delete':
      return 'remove';
    default:
      return escapeText(action);
  }
}

function driftTable(drift: readonly ResourceChangeSummary[]): Part {
  const rows = drift.map((d) => {
    const what =
      d.action === 'delete'
        ? 'deleted'
        : d.action === 'update'
          ? 'changed'
          : escapeText(d.actions.join(', '));
    return `| ${what} | ${cellCode(shorten(d.address, MAX_ADDRESS))} |`;
  });
  const open = `<details><summary>${plural(drift.length, 'change')} outside OpenTofu</summary>\n\n| Change | Resource |\n| --- | --- |`;
  const close = '\n\n</details>';
  const groups = [groupOfRows(rows, (hidden) => `| | _and ${groupThousands(hidden)} more_ |`)];
  return {
    render: (budget) => `${fitTable(open, groups, budget - close.length).text}${close}`,
  };
}

function planTextBlock(
  text: string,
  budget: number,
  input: PlanSectionInput,
  clean: (t: string) => string,
): string | undefined {
  const note = input.fullPlanNote ?? 'The whole plan is in the job summary of this run.';
  const open = '<details><summary>Plan text</summary>\n\n';
  const close = '\n\n</details>';
  const cutNote = (lines: number) =>
    `\n\n_The plan text is cut after ${plural(lines, 'line')} to fit. ${note}_`;
  const omitted = `_The plan text is too large to show here. ${note}_`;
  // fence (up to a few backticks more than 3), info string and newlines
  let room = budget - (open.length + close.length + cutNote(999_999_999).length + 16);
  for (let attempt = 0; attempt < 4 && room >= 40; attempt++) {
    const excerpt = planTextExcerpt(text, room);
    let body = clean(excerpt.text);
    let cut = excerpt.cut;
    let lines = excerpt.shownLines;
    if (body.length > room) {
      // Redaction made it longer: cut again on a line boundary.
      const again = planTextExcerpt(body, room);
      body = again.text;
      cut = true;
      lines = again.shownLines;
    }
    if (body.trim() === '') return cut ? omitted : undefined;
    const block = `${open}${codeBlock(body)}${close}${cut ? cutNote(lines) : ''}`;
    if (block.length <= budget) return block;
    room -= block.length - budget + 16; // a long fence: try again with less text
  }
  return budget >= omitted.length ? omitted : undefined;
}
