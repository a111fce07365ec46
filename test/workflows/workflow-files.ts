import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '../..');

export interface WorkflowFile {
  /** Relative to the repository root. */
  path: string;
  text: string;
  doc: Workflow;
}

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}

export interface Job {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  permissions?: Record<string, string> | string;
  environment?: string | { name: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  steps?: Step[];
  strategy?: { matrix?: unknown; 'fail-fast'?: boolean; 'max-parallel'?: number };
  needs?: string | string[];
}

export interface WorkflowCall {
  inputs?: Record<
    string,
    { type?: string; description?: string; required?: boolean; default?: unknown }
  >;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, unknown>;
}

export interface Workflow {
  name?: string;
  on: string | string[] | Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: Job['concurrency'];
  jobs: Record<string, Job>;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

export function readWorkflow(path: string, text = readFileSync(path, 'utf8')): WorkflowFile {
  return { path: relative(root, path), text, doc: parse(text) as Workflow };
}

/** The project's workflows and the example callers. */
export function workflowFiles(): WorkflowFile[] {
  return [
    ...yamlFiles(join(root, '.github/workflows')),
    ...yamlFiles(join(root, 'examples/workflows')),
  ].map((p) => readWorkflow(p));
}

export function triggers(doc: Workflow): string[] {
  if (typeof doc.on === 'string') return [doc.on];
  if (Array.isArray(doc.on)) return doc.on;
  return Object.keys(doc.on ?? {});
}

export function workflowCall(doc: Workflow): WorkflowCall | undefined {
  if (typeof doc.on !== 'object' || Array.isArray(doc.on) || !('workflow_call' in doc.on)) {
    return undefined;
  }
  return (doc.on.workflow_call ?? {}) as WorkflowCall;
}

/** `uses:` of this action: from the checkout (`./`), the reusable workflows' own checkout, or the repository. */
export function isThisAction(uses: string | undefined): boolean {
  if (!uses) return false;
  return uses === './' || uses === './.tofu-aws-action' || /^[^/]+\/tofu-aws-action@/.test(uses);
}

/** The file of a reusable workflow of this project that a job calls, or undefined. */
export function calledWorkflow(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const local = /^\.\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(uses);
  if (local) return local[1];
  const remote = /^[^/]+\/tofu-aws-action\/(\.github\/workflows\/[^@]+\.ya?ml)@.+$/.exec(uses);
  return remote?.[1];
}

export function actionInputs(): Set<string> {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return new Set(Object.keys(action.inputs));
}

/** The `command:` of each step of `job` that runs this action. */
export function commandsOf(job: Job): { command: string; step: Step }[] {
  return (job.steps ?? [])
    .filter((s) => isThisAction(s.uses))
    .map((step) => ({ command: String(step.with?.command ?? ''), step }));
}
