import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstPlanError, parsePlanSummaryLine, stripAnsi } from '../../src/tofu/plan-text.js';
import { corpusDir, corpusPlanTexts, readPlan } from '../fixtures/plan-files.js';

describe('parsePlanSummaryLine', () => {
  it('reads every count of the line, with or without import and forget', () => {
    expect(parsePlanSummaryLine('x\nPlan: 1 to add, 2 to change, 3 to destroy.\n')).toEqual({
      noChanges: false,
      add: 1,
      change: 2,
      destroy: 3,
    });
    expect(
      parsePlanSummaryLine('Plan: 4 to import, 1 to add, 0 to change, 0 to destroy, 2 to forget.'),
    ).toEqual({ noChanges: false, import: 4, add: 1, change: 0, destroy: 0, forget: 2 });
  });

  it('reads a coloured line', () => {
    const coloured = '\u001b[1mPlan:\u001b[0m 1 to add, 0 to change, 0 to destroy.';
    expect(parsePlanSummaryLine(coloured)?.add).toBe(1);
    expect(stripAnsi(coloured)).toBe('Plan: 1 to add, 0 to change, 0 to destroy.');
  });

  it('tells "No changes." from a text without a Plan: line', () => {
    expect(parsePlanSummaryLine('\nNo changes. Your infrastructure matches.')).toEqual({
      noChanges: true,
    });
    expect(parsePlanSummaryLine('Changes to Outputs:\n  + a = 1\n')).toBeUndefined();
  });
});

describe('firstPlanError', () => {
  it('takes the first boxed error without the box', () => {
    const error = firstPlanError(readPlan('errored').planText as string);
    expect(error?.split('\n')[0]).toBe('Error: Invalid reference');
    expect(error).toContain('has not been declared');
    expect(error).not.toContain('│');
    expect(error).not.toContain('Second error');
  });

  it('is undefined when there is no error', () => {
    expect(firstPlanError('Plan: 1 to add, 0 to change, 0 to destroy.')).toBeUndefined();
  });
});

if (!existsSync(corpusDir)) console.log(`skipping real plan texts: ${corpusDir} is absent`);

describe.skipIf(!existsSync(corpusDir))('real plan texts (tfcmt corpus)', () => {
  for (const { name, file } of corpusPlanTexts()) {
    it(`${name}: a Plan: line whose numbers are those in the text, or no changes, or an error`, () => {
      const text = readFileSync(file, 'utf8');
      const summary = parsePlanSummaryLine(text);
      const raw = /^Plan: .*$/m.exec(text)?.[0];
      if (raw) {
        const numbers = [...raw.matchAll(/\d+/g)].map(Number);
        const { noChanges: _n, ...counts } = summary ?? { noChanges: true };
        expect(Object.values(counts)).toEqual(numbers);
      } else if (/No changes\./.test(text)) {
        expect(summary).toEqual({ noChanges: true });
      } else {
        expect(summary).toBeUndefined();
        expect(firstPlanError(text)).toMatch(/^Error: /);
      }
    });
  }
});
