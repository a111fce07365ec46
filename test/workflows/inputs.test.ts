import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/commands/registry.js';
// @ts-expect-error plain ESM script without types
import { buildMatrix } from '../../.github/scripts/environments-matrix.mjs';
import {
  actionInputs,
  calledWorkflow,
  commandsOf,
  readWorkflow,
  root,
  workflowCall,
  workflowFiles,
} from './workflow-files.js';

const files = workflowFiles();

describe('inputs passed by the workflows', () => {
  // read at test time: exact as the commands declare their inputs in action.yml
  const declared = actionInputs();

  const actionSteps = files.flatMap((file) =>
    Object.entries(file.doc.jobs).flatMap(([jobId, job]) =>
      commandsOf(job).map(({ command, step }) => ({
        where: `${file.path} jobs.${jobId} "${step.name ?? step.id ?? command}"`,
        command,
        keys: Object.keys(step.with ?? {}),
      })),
    ),
  );

  it('runs this action somewhere (the scan finds the steps)', () => {
    expect(actionSteps.map((s) => s.command)).toEqual(
      expect.arrayContaining([
        'fmt',
        'validate',
        'plan',
        'comment',
        'apply',
        'output',
        'assume-role',
        'image',
      ]),
    );
  });

  it('passes this action only inputs that action.yml declares', () => {
    const unknown = actionSteps.flatMap((s) =>
      s.keys.filter((k) => !declared.has(k)).map((k) => `${s.where}: ${k}`),
    );
    expect(unknown).toEqual([]);
  });

  it('names a real command in every step', () => {
    const bad = actionSteps
      .filter((s) => !(COMMAND_NAMES as readonly string[]).includes(s.command))
      .map((s) => `${s.where}: command ${JSON.stringify(s.command)}`);
    expect(bad).toEqual([]);
  });

  const calls = files.flatMap((file) =>
    Object.entries(file.doc.jobs)
      .filter(([, job]) => calledWorkflow(job.uses))
      .map(([jobId, job]) => ({
        where: `${file.path} jobs.${jobId}`,
        job,
        callee: calledWorkflow(job.uses) as string,
      })),
  );

  it('calls the reusable workflows with inputs and secrets they declare, and all they require', () => {
    expect(calls.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { where, job, callee } of calls) {
      const call = workflowCall(readWorkflow(join(root, callee)).doc);
      if (!call) {
        problems.push(`${where}: ${callee} is not a reusable workflow`);
        continue;
      }
      const inputs = call.inputs ?? {};
      const given = Object.keys(job.with ?? {});
      for (const key of given)
        if (!(key in inputs)) problems.push(`${where}: ${callee} has no input ${key}`);
      for (const [name, input] of Object.entries(inputs)) {
        if (input.required && !given.includes(name))
          problems.push(`${where}: ${callee} requires ${name}`);
      }
      if (job.secrets && job.secrets !== 'inherit') {
        for (const key of Object.keys(job.secrets)) {
          if (!(key in (call.secrets ?? {})))
            problems.push(`${where}: ${callee} has no secret ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads in the reusable workflows only inputs, secrets and matrix keys that exist', () => {
    const matrixKeys = new Set(
      Object.keys(
        (
          buildMatrix({
            environments: '["staging"]',
            'role-arns': '{"staging":"arn:aws:iam::123456789012:role/x"}',
          }) as { matrix: { include: Record<string, string>[] } }
        ).matrix.include[0] ?? {},
      ),
    );
    const problems: string[] = [];
    for (const file of files) {
      const call = workflowCall(file.doc);
      if (!call) continue;
      const text = readFileSync(join(root, file.path), 'utf8');
      for (const m of text.matchAll(/(?<![.\w-])(inputs|secrets|matrix)\.([A-Za-z0-9_-]+)/g)) {
        const [, kind, name] = m as unknown as [string, string, string];
        const known =
          kind === 'inputs'
            ? name in (call.inputs ?? {})
            : kind === 'secrets'
              ? name in (call.secrets ?? {})
              : matrixKeys.has(name);
        if (!known) problems.push(`${file.path}: ${kind}.${name}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
