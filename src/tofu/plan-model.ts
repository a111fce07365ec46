import { ConfigurationError, errorMessage } from '../util/errors.js';
import { classifyActions, type ResourceAction } from './plan-actions.js';
import type { RawChange, RawPlan, RawResourceChange } from './plan-json-types.js';
import { visitPlanTree, type PlanPartsVisitor } from './plan-parts.js';

export type { ResourceAction } from './plan-actions.js';

/**
 * What a plan does, without any attribute value: addresses, actions, reasons, moves,
 * imports, drift and output changes. Safe to render, log and write to a result file.
 * The only values it carries are non-sensitive, known output values (for display).
 */
export interface PlanModel {
  formatVersion: string;
  /** `terraform_version` of the JSON (OpenTofu writes its own version there). */
  toolVersion?: string;
  /** The plan failed part-way (`errored: true`); changes may be incomplete. */
  errored: boolean;
  /** Resource changes OpenTofu shows: no plain no-ops, no data-source deletes, no ephemerals. */
  changes: ResourceChangeSummary[];
  /** Changes made outside OpenTofu (`resource_drift`), no-ops left out. */
  drift: ResourceChangeSummary[];
  /** Output changes other than no-op, sorted by name. */
  outputs: OutputChangeSummary[];
  counts: PlanCounts;
  /** Any resource change (moves and imports included) or output change. */
  hasChanges: boolean;
}

/**
 * Counted as OpenTofu counts in "Plan: I to import, A to add, C to change, D to destroy,
 * F to forget.": a replace is one add and one destroy; forget-then-create is one add and
 * one forget. `replace` counts destructive replaces, `move` changes with a previous address,
 * `read` data sources read during apply.
 */
export interface PlanCounts {
  add: number;
  change: number;
  destroy: number;
  replace: number;
  import: number;
  forget: number;
  move: number;
  read: number;
}

export type ResourceMode = 'managed' | 'data' | 'ephemeral';

export interface ResourceChangeSummary {
  address: string;
  /** Set only when the object moved (differs from `address`). */
  previousAddress?: string;
  moduleAddress?: string;
  mode: ResourceMode;
  type: string;
  name: string;
  providerName?: string;
  /** The deposed object key, for leftovers of a failed create-before-destroy. */
  deposed?: string;
  action: ResourceAction;
  /** The raw `change.actions`. */
  actions: readonly string[];
  actionReason?: string;
  /** Attribute paths that force the replacement, e.g. `ami`, `tags["Name"]`. */
  replacePaths?: string[];
  /** Present when the change imports an existing object. */
  importing?: { id?: string };
  generatedConfig?: boolean;
}

export interface OutputChangeSummary {
  name: string;
  action: ResourceAction;
  sensitive: boolean;
  /** The new value is (partly) known only after apply. */
  unknown: boolean;
  /** The new value, only when not sensitive, known and not deleted. */
  value?: unknown;
}

const SUPPORTED = 'supported 0.1 to 1.2 (and later 1.x)';

/** Parses the text of `tofu show -json`; `source` names it in errors, e.g. "Input 'plan-json' (plan.json)". */
export function parsePlanJson(text: string, source: string): PlanModel {
  return planModelFromJson(parsePlanText(text, source), source);
}

/** JSON.parse with the error the user sees; checks that the result is a supported plan. */
export function parsePlanText(text: string, source: string): RawPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not JSON: ${errorMessage(error)}`);
  }
  return checkPlan(json, source);
}

export function checkPlan(json: unknown, source: string): RawPlan {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ConfigurationError(`${source} is not a plan (not a JSON object)`);
  }
  const plan = json as RawPlan;
  if (
    typeof plan.format_version !== 'string' ||
    (plan.planned_values === undefined &&
      plan.resource_changes === undefined &&
      plan.output_changes === undefined)
  ) {
    throw new ConfigurationError(
      `${source} is not a plan (no format_version/planned_values/resource_changes); ` +
        'expected the output of `tofu show -json <planfile>`',
    );
  }
  const version = /^(\d+)\.(\d+)$/.exec(plan.format_version);
  const major = Number(version?.[1]);
  const minor = Number(version?.[2]);
  if (!version || !((major === 0 && minor >= 1) || major === 1)) {
    throw new ConfigurationError(
      `${source} has format_version ${JSON.stringify(plan.format_version)}; ${SUPPORTED}`,
    );
  }
  if (plan.resource_changes !== undefined && !Array.isArray(plan.resource_changes)) {
    throw new ConfigurationError(`${source} is not a plan (resource_changes is not a list)`);
  }
  return plan;
}

export function planModelFromJson(json: unknown, source: string): PlanModel {
  const plan = checkPlan(json, source);
  const builder = new PlanModelBuilder();
  visitPlanTree(plan, builder);
  return builder.build(plan, source);
}

/** The model built part by part (plan-parts.ts); `build` takes the plan's head. */
export class PlanModelBuilder implements PlanPartsVisitor {
  private readonly changes: ResourceChangeSummary[] = [];
  private readonly drifted: ResourceChangeSummary[] = [];
  private readonly counts: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    forget: 0,
    move: 0,
    read: 0,
  };

  resourceChange(raw: unknown): void {
    const summary = summarise(raw as RawResourceChange);
    if (!summary || !isShown(summary)) return;
    this.changes.push(summary);
    count(this.counts, summary);
  }

  drift(raw: unknown): void {
    const summary = summarise(raw as RawResourceChange);
    if (summary && summary.action !== 'no-op') this.drifted.push(summary);
  }

  moduleResource(): void {}

  build(head: unknown, source: string): PlanModel {
    const plan = checkPlan(head, source);
    const outputs = outputChanges(plan);
    return {
      formatVersion: plan.format_version as string,
      ...(typeof plan.terraform_version === 'string'
        ? { toolVersion: plan.terraform_version }
        : {}),
      errored: plan.errored === true,
      changes: this.changes,
      drift: this.drifted,
      outputs,
      counts: this.counts,
      hasChanges: this.changes.length > 0 || outputs.length > 0,
    };
  }
}

/** What OpenTofu itself leaves out of the plan it shows (and what apply does not do). */
export function isShown(change: {
  action: ResourceAction;
  mode: ResourceMode;
  previousAddress?: string;
  importing?: unknown;
}): boolean {
  if (change.mode === 'ephemeral') return false;
  if (change.action === 'delete' && change.mode !== 'managed') return false;
  if (change.action === 'no-op') {
    return change.previousAddress !== undefined || change.importing !== undefined;
  }
  return true;
}

function count(counts: PlanCounts, change: ResourceChangeSummary): void {
  if (change.importing) counts.import++;
  if (change.previousAddress !== undefined) counts.move++;
  switch (change.action) {
    case 'create':
      counts.add++;
      break;
    case 'update':
      counts.change++;
      break;
    case 'delete':
      counts.destroy++;
      break;
    case 'replace-delete-first':
    case 'replace-create-first':
      counts.add++;
      counts.destroy++;
      counts.replace++;
      break;
    case 'replace-forget-first':
      counts.add++;
      counts.forget++;
      break;
    case 'forget':
      counts.forget++;
      break;
    case 'read':
      counts.read++;
      break;
    default:
      break;
  }
}

export function resourceMode(raw: RawResourceChange): ResourceMode {
  if (raw.mode === 'data' || raw.mode === 'ephemeral' || raw.mode === 'managed') return raw.mode;
  // Format 0.1 always has `mode`; this is a fallback for hand-written plans.
  const local = (raw.address ?? '').replace(MODULE_PREFIX, '');
  if (local.startsWith('data.')) return 'data';
  if (local.startsWith('ephemeral.')) return 'ephemeral';
  return 'managed';
}

const MODULE_PREFIX = /^(?:module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?\.)+/;

function summarise(raw: RawResourceChange): ResourceChangeSummary | undefined {
  if (!raw || typeof raw !== 'object' || typeof raw.address !== 'string') return undefined;
  const change: RawChange = raw.change ?? {};
  const actions = stringList(change.actions);
  const summary: ResourceChangeSummary = {
    address: raw.address,
    mode: resourceMode(raw),
    type: raw.type ?? '',
    name: raw.name ?? '',
    action: classifyActions(actions),
    actions,
  };
  if (typeof raw.previous_address === 'string' && raw.previous_address !== raw.address) {
    summary.previousAddress = raw.previous_address;
  }
  if (typeof raw.module_address === 'string') summary.moduleAddress = raw.module_address;
  if (typeof raw.provider_name === 'string') summary.providerName = raw.provider_name;
  if (typeof raw.deposed === 'string' && raw.deposed !== '') summary.deposed = raw.deposed;
  if (typeof raw.action_reason === 'string') summary.actionReason = raw.action_reason;
  if (Array.isArray(change.replace_paths) && change.replace_paths.length > 0) {
    summary.replacePaths = change.replace_paths.map(formatPath);
  }
  if (change.importing && typeof change.importing === 'object') {
    summary.importing =
      typeof change.importing.id === 'string' && change.importing.id !== ''
        ? { id: change.importing.id }
        : {};
  }
  if (typeof change.generated_config === 'string' && change.generated_config !== '') {
    summary.generatedConfig = true;
  }
  return summary;
}

/**
 * `list.map(String)`, or the list itself when it holds only strings (the usual case: a large
 * plan's model then holds no copy of every change's actions).
 */
export function stringList(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return list.map(String);
  return list as string[];
}

/** `["tags","Name"]` → `tags["Name"]`; `["ebs",0,"size"]` → `ebs[0].size`. */
export function formatPath(path: unknown): string {
  const steps = Array.isArray(path) ? path : [path];
  let out = '';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) {
      out += out === '' ? step : `.${step}`;
    } else out += `[${JSON.stringify(String(step))}]`;
  }
  return out;
}

function outputChanges(plan: RawPlan): OutputChangeSummary[] {
  const raw = plan.output_changes;
  if (!raw || typeof raw !== 'object') return [];
  const result: OutputChangeSummary[] = [];
  for (const name of Object.keys(raw).sort()) {
    const change = raw[name];
    if (!change) continue;
    const action = classifyActions(change.actions);
    if (action === 'no-op') continue;
    const sensitive = isSensitiveOutput(plan, name, change);
    const unknown = containsTrue(change.after_unknown);
    const summary: OutputChangeSummary = { name, action, sensitive, unknown };
    if (!sensitive && !unknown && action !== 'delete' && 'after' in change) {
      summary.value = change.after;
    }
    result.push(summary);
  }
  return result;
}

/**
 * An output is sensitive when any source says so: its change's marks (format ≥ 0.2), the
 * planned or prior values, or the configuration (the only source in format 0.1).
 */
export function isSensitiveOutput(plan: RawPlan, name: string, change?: RawChange): boolean {
  return (
    containsTrue(change?.after_sensitive) ||
    containsTrue(change?.before_sensitive) ||
    plan.planned_values?.outputs?.[name]?.sensitive === true ||
    plan.prior_state?.values?.outputs?.[name]?.sensitive === true ||
    plan.configuration?.root_module?.outputs?.[name]?.sensitive === true
  );
}

/** `true`, or an object/array with `true` somewhere inside (the shape of *_sensitive/after_unknown). */
export function containsTrue(mark: unknown): boolean {
  if (mark === true) return true;
  if (mark === null || typeof mark !== 'object') return false;
  if (Array.isArray(mark)) {
    for (let i = 0; i < mark.length; i++) if (containsTrue(mark[i])) return true;
    return false;
  }
  // for...in rather than Object.values: no list allocated for each of the many marks.
  const record = mark as Record<string, unknown>;
  for (const key in record) if (containsTrue(record[key])) return true;
  return false;
}
