import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  calledWorkflow,
  root,
  workflowCall,
  type Job,
  type Workflow,
  type WorkflowFile,
} from './workflow-files.js';

/**
 * A concurrency group held by a workflow (or by a job that calls a reusable workflow) must not
 * be one that a job running inside it waits for: GitHub cancels that job with "a deadlock for
 * concurrency group ... was detected between 'top level workflow' and '<job>'". This finds a
 * workflow-level group that may equal a job-level group of the same workflow or of a workflow
 * one of its jobs calls, and a calling job's group that may equal one of the callee's.
 */

type Concurrency = Job['concurrency'];

const ANY = Symbol('any text');
type Pattern = (string | typeof ANY)[];

function groupOf(concurrency: Concurrency): string | undefined {
  if (typeof concurrency === 'string') return concurrency;
  return concurrency?.group === undefined ? undefined : String(concurrency.group);
}

/** Literal text of a `with:` value or an input default, if it has no expression. */
function literal(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && !value.includes('${{') ? value : undefined;
}

interface Context {
  /** Inputs with literal values (the caller's `with:`, else the input's default). */
  inputs: Record<string, string>;
  /** Values of matrix keys where known. */
  matrix: Record<string, string[]>;
}

const NO_CONTEXT: Context = { inputs: {}, matrix: {} };

/** A group as characters and wildcards, one pattern per known matrix value: `${{ inputs.x }}`
 *  and `${{ matrix.x }}` are their values where known, any other expression may be any text. */
function patternsOf(group: string, context: Context = NO_CONTEXT): Pattern[] {
  let out: Pattern[] = [[]];
  const parts = group.split(/\$\{\{\s*(.*?)\s*\}\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      for (const pattern of out) pattern.push(...part);
      return;
    }
    const [, kind, name] = /^(inputs|matrix)\.([\w-]+)$/.exec(part) ?? [];
    const input = kind === 'inputs' && name ? context.inputs[name] : undefined;
    const values =
      input !== undefined ? [input] : kind === 'matrix' && name ? context.matrix[name] : undefined;
    if (!values) for (const pattern of out) pattern.push(ANY);
    else out = out.flatMap((pattern) => values.map((value) => [...pattern, ...value]));
  });
  return out;
}

/**
 * Matrices these reusable workflows build from an input: their `matrix.environment` runs over
 * the JSON list the caller gives as `environments`.
 */
const MATRIX_FROM_INPUT: Record<string, Record<string, string>> = {
  '.github/workflows/tofu-apply.yml': { environment: 'environments' },
  '.github/workflows/tofu-plan.yml': { environment: 'environments' },
};

function jsonList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? list.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** Matrix values of a job: its own literal lists, or those built from the caller's inputs. */
function matrixOf(
  job: Job,
  inputs: Record<string, string>,
  path?: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const matrix = job.strategy?.matrix;
  if (matrix && typeof matrix === 'object' && !Array.isArray(matrix)) {
    for (const [key, values] of Object.entries(matrix)) {
      if (Array.isArray(values) && values.every((v) => literal(v) !== undefined))
        out[key] = values.map((v) => literal(v) as string);
    }
  }
  for (const [key, input] of Object.entries((path && MATRIX_FROM_INPUT[path]) ?? {})) {
    const values = jsonList(inputs[input]);
    if (values) out[key] = values;
  }
  return out;
}

/** Whether some text matches both patterns. */
export function mayBeEqual(a: Pattern, b: Pattern): boolean {
  const seen = new Map<number, boolean>();
  const match = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === ANY) result = match(i + 1, j) || (j < b.length && match(i, j + 1));
    else if (b[j] === ANY) result = match(i, j + 1) || (i < a.length && match(i + 1, j));
    else result = i < a.length && j < b.length && a[i] === b[j] && match(i + 1, j + 1);
    seen.set(key, result);
    return result;
  };
  return match(0, 0);
}

export type LoadWorkflow = (path: string) => Workflow | undefined;

/** A reusable workflow of this project, by its path in the repository. */
export const loadFromRepository: LoadWorkflow = (path) => {
  const abs = join(root, path);
  return existsSync(abs) ? (parse(readFileSync(abs, 'utf8')) as Workflow) : undefined;
};

interface Held {
  where: string;
  group: string;
  patterns: Pattern[];
}

/** The groups of a job and of the top level of its workflow. */
function held(where: string, group: string | undefined, context: Context): Held[] {
  return group ? [{ where, group, patterns: patternsOf(group, context) }] : [];
}

/** The groups of a called workflow's top level and jobs, its inputs as the caller gives them. */
function groupsIn(
  callee: Workflow,
  path: string,
  inputs: Record<string, string>,
  via: string,
): Held[] {
  const out = held(`the workflow${via}`, groupOf(callee.concurrency), { inputs, matrix: {} });
  for (const [id, job] of Object.entries(callee.jobs ?? {})) {
    const context = { inputs, matrix: matrixOf(job, inputs, path) };
    out.push(...held(`jobs.${id}${via}`, groupOf(job.concurrency), context));
  }
  return out;
}

/** The inputs a calling job gives its callee, as literal text where they are literal. */
function inputsFor(job: Job, callee: Workflow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(workflowCall(callee)?.inputs ?? {})) {
    const given = job.with?.[name];
    const value = given === undefined ? literal(input.default) : literal(given);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export function concurrencyDeadlocks(
  file: WorkflowFile,
  load: LoadWorkflow = loadFromRepository,
): string[] {
  const { doc, path } = file;
  const problems: string[] = [];
  const check = (holder: string, outer: Held[], inside: Held[]) => {
    for (const { group, patterns } of outer) {
      for (const job of inside) {
        const equal = patterns.some((a) => job.patterns.some((b) => mayBeEqual(a, b)));
        if (!equal) continue;
        problems.push(
          `${path}: ${holder}: concurrency group "${group}" may equal "${job.group}" of ${job.where}, which runs inside it: GitHub cancels that job as a deadlock; set the group on the jobs only`,
        );
      }
    }
  };

  const inside: Held[] = [];
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    const own = held(`jobs.${id}`, groupOf(job.concurrency), {
      inputs: {},
      matrix: matrixOf(job, {}),
    });
    inside.push(...own);
    const calleePath = calledWorkflow(job.uses);
    const callee = calleePath ? load(calleePath) : undefined;
    if (!calleePath || !callee) continue;
    const via = ` (${calleePath}, called by jobs.${id})`;
    const nested = groupsIn(callee, calleePath, inputsFor(job, callee), via);
    check(`jobs.${id}`, own, nested);
    inside.push(...nested);
  }
  check('concurrency', held('', groupOf(doc.concurrency), NO_CONTEXT), inside);
  return problems;
}
