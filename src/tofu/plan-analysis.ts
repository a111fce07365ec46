import { readFileSync, statSync } from 'node:fs';
import { ConfigurationError } from '../util/errors.js';
import { JsonSyntaxError, ReadWhole } from './json-read-errors.js';
import { MarkerChangeSetBuilder, type SelectedChangeSet } from './change-set-codec.js';
import { FingerprintBuilder } from './fingerprint.js';
import { checkPlan, PlanModelBuilder, type PlanModel } from './plan-model.js';
import { visitPlanTree, type PlanPartsVisitor } from './plan-parts.js';
import { collectSensitiveValues, MIN_REDACT_LENGTH, SensitiveValueCollector } from './sensitive.js';

export interface PlanAnalysis {
  model: PlanModel;
  sensitive: readonly string[];
  fingerprint: string;
  changes: SelectedChangeSet;
}

/**
 * Plan files of at least this many bytes are read part by part (plan-json-stream.ts) rather
 * than parsed whole. Parsed whole, a plan takes about three times its file in memory, but the
 * parsing is all native; read in parts, the plan is never all in memory, but the reading runs
 * code of ours, cold at first. Below about 1.5 MB reading in parts is no faster and holds no
 * less; from about 4 MB it is both (`npm run bench` measures both ways at each size).
 */
export const STREAM_FROM_BYTES = 2 * 1024 * 1024;

/**
 * What `plan` keeps of `tofu show -json` (the file it was written to): the value-free model,
 * the sensitive values (masked before anything is derived from the plan), the fingerprint and
 * the change set for the comment marker. The plan itself is never kept: a small one is parsed
 * whole and dropped, a large one is read part by part, so that neither its text nor all of
 * its objects are ever in memory at once.
 */
export async function analysePlanFile(
  path: string,
  source: string,
  mask: (value: string) => void,
  streamFrom = STREAM_FROM_BYTES,
): Promise<PlanAnalysis> {
  if (statSync(path).size >= streamFrom) {
    // Loaded only here: the small plans most runs see do not pay for it at start-up.
    const { streamPlanFile } = await import('./plan-json-stream.js');
    const analyser = new PlanAnalyser();
    try {
      return analyser.finish(streamPlanFile(path, analyser), source, mask);
    } catch (error) {
      if (error instanceof JsonSyntaxError) throw notJson(source, error);
      // A plan that only reads as JSON.parse reads it when parsed whole (ReadWhole says why).
      if (!(error instanceof ReadWhole)) throw error;
    }
  }
  // The text is unreachable once parsed: only the parsed plan is held while it is analysed.
  return analysePlan(parsedJson(readFileSync(path, 'utf8'), source), source, mask);
}

function parsedJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw notJson(source, error as Error);
  }
}

/** analysePlanFile of a plan already parsed. */
export function analysePlan(
  json: unknown,
  source: string,
  mask: (value: string) => void,
): PlanAnalysis {
  const plan = checkPlan(json, source);
  const analyser = new PlanAnalyser();
  visitPlanTree(plan, analyser);
  return analyser.finish(plan, source, mask);
}

/** Everything `plan` derives from a plan, fed part by part (plan-parts.ts). */
class PlanAnalyser implements PlanPartsVisitor {
  private readonly model = new PlanModelBuilder();
  private readonly sensitive = new SensitiveValueCollector();
  private readonly fingerprint = new FingerprintBuilder();
  private readonly changes = new MarkerChangeSetBuilder();

  resourceChange(raw: unknown): void {
    this.model.resourceChange(raw);
    this.sensitive.resourceChange(raw);
    this.fingerprint.resourceChange(raw);
    this.changes.resourceChange(raw);
  }

  drift(raw: unknown): void {
    this.model.drift(raw);
    this.sensitive.drift(raw);
  }

  moduleResource(raw: unknown): void {
    this.sensitive.moduleResource(raw);
  }

  /** Checks the head is a plan (before anything is masked), then finishes each part. */
  finish(head: unknown, source: string, mask: (value: string) => void): PlanAnalysis {
    const model = this.model.build(head, source);
    const sensitive = this.sensitive.finish(head);
    maskEach(sensitive, mask);
    return {
      model,
      sensitive,
      fingerprint: this.fingerprint.finish(head),
      changes: this.changes.finish(head, sensitive),
    };
  }
}

function notJson(source: string, error: Error): ConfigurationError {
  return new ConfigurationError(`${source} is not JSON: ${error.message.split(/[\r\n]/)[0]}.`);
}

/**
 * The plan's sensitive values (collectSensitiveValues), each long enough to be redacted handed
 * to `mask` (the host's setSecret); `plan` and `apply` both mask through this. Shorter ones are
 * not masked: the runner would blank every "2" or "db" in the job's log and drop every job
 * output that contains one, and redaction skips them too.
 */
export function maskSensitiveValues(json: unknown, mask: (value: string) => void): string[] {
  const sensitive = collectSensitiveValues(json);
  maskEach(sensitive, mask);
  return sensitive;
}

function maskEach(sensitive: readonly string[], mask: (value: string) => void): void {
  for (const value of sensitive) if (value.length >= MIN_REDACT_LENGTH) mask(value);
}
