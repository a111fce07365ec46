import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTextExcerpt, type PlanTextExcerpt } from '../../src/render/plan-text-excerpt.js';
import { stripAnsi } from '../../src/tofu/plan-text.js';
import { generatePlan } from '../fixtures/generate-plan.js';
import { random } from '../fixtures/random.js';

const NOISE =
  /^(?:\S.*: (?:Refreshing state\.\.\.|Reading\.\.\.|Read complete after \S+|Preparing import\.\.\.)(?: \[.*\])?|(?:Acquiring|Releasing) state lock\. This may take a few moments\.\.\.)$/;

/** The excerpt's definition, one line at a time (the implementation copies runs of lines). */
function reference(text: string, budget: number): PlanTextExcerpt {
  const lines: string[] = [];
  let length = 0;
  let cut = false;
  const all = text.split('\n');
  if (text.endsWith('\n')) all.pop();
  for (let line of text === '' ? [] : all) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    line = stripAnsi(line);
    if (line.length < 400 && NOISE.test(line)) continue;
    if (lines.length === 0 && line.trim() === '') continue;
    if (length + line.length + 1 > budget) {
      cut = true;
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop();
  return { text: lines.join('\n'), cut, shownLines: lines.length };
}

const PIECES = [
  '',
  ' ',
  '\t',
  'abc',
  '  + resource "aws_instance" "web" {',
  'aws_instance.web: Refreshing state... [id=i-1]',
  'data.x.y: Reading...',
  'data.x.y: Read complete after 2s [id=3]',
  'Acquiring state lock. This may take a few moments...',
  'module.m.aws_s3_bucket.b: Preparing import... [id=b]',
  '\u001b[1mbold\u001b[0m',
  '\u001b[0m',
  'a string with an ellipsis...',
  'Read complete after ',
  '\r',
  'é€😀',
  '\u2028',
  '\u00a0',
  `${'x'.repeat(450)}: Reading...`,
];

describe('planTextExcerpt', () => {
  it('equals the line-by-line definition on random texts and budgets', () => {
    const next = random(7);
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      for (let i = next(14); i > 0; i--) {
        text += PIECES[next(PIECES.length)] as string;
        if (next(2)) text += PIECES[next(PIECES.length)] as string;
        text += next(6) ? '\n' : next(2) ? '\r\n' : '';
      }
      const budget = next(4) === 0 ? next(4) : next(3) === 0 ? 100_000 : next(150);
      expect(planTextExcerpt(text, budget), JSON.stringify({ text, budget })).toEqual(
        reference(text, budget),
      );
    }
  });

  it('equals the definition on large plan texts at every budget that matters', () => {
    const { text } = generatePlan(1_000);
    const fixture = readFileSync(
      new URL('../fixtures/plans/all-actions.plan.txt', import.meta.url),
      'utf8',
    );
    for (const source of [text, fixture, `\n\n${fixture.replace(/\n/g, '\r\n')}`]) {
      for (const budget of [0, 1, 57, 1_000, 60_000, 400_000, 10_000_000]) {
        expect(planTextExcerpt(source, budget)).toEqual(reference(source, budget));
      }
    }
  });
});
