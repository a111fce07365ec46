import { describe, expect, it } from 'vitest';
import { fitTable, groupOfRows, type TableGroup } from '../../src/render/fit-table.js';
import { random } from '../fixtures/random.js';

/** The table as fitTable made it when every row was rendered up front (the reference). */
function eagerFit(
  header: string,
  groups: { rows: string[]; more: (n: number) => string }[],
  budget: number,
) {
  const prefix = groups.map((g) => {
    const sums = [0];
    for (const row of g.rows) sums.push((sums.at(-1) as number) + row.length + 1);
    return sums;
  });
  const longest = groups.reduce((m, g) => Math.max(m, g.rows.length), 0);
  const size = (n: number) => {
    let total = header.length;
    groups.forEach((g, i) => {
      const shown = Math.min(n, g.rows.length);
      total += (prefix[i] as number[])[shown] as number;
      if (g.rows.length > shown) total += g.more(g.rows.length - shown).length + 1;
    });
    return total;
  };
  let n = longest;
  if (size(longest) > budget) {
    let low = 0;
    let high = longest - 1;
    n = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (size(mid) <= budget) {
        n = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
  }
  const parts = [header];
  let hidden = 0;
  for (const g of groups) {
    const shown = Math.min(n, g.rows.length);
    parts.push(...g.rows.slice(0, shown));
    if (g.rows.length > shown) {
      parts.push(g.more(g.rows.length - shown));
      hidden += g.rows.length - shown;
    }
  }
  return { text: parts.join('\n'), hidden };
}

describe('fitTable', () => {
  it('fits tables exactly as rendering every row first did, for any rows and budget', () => {
    const next = random(7);
    for (let round = 0; round < 400; round++) {
      const groups = Array.from({ length: 1 + next(5) }, (_, g) => {
        // Rows shorter and longer than the "more" row, so that sizes are not monotonic.
        const rows = Array.from(
          { length: next(4) === 0 ? next(3) : next(300) },
          (_, i) => `| g${g} | ${'x'.repeat(next(4) === 0 ? next(5) : next(120))} ${i} |`,
        );
        return { rows, more: (n: number) => `| g${g} | _and ${n} more rows of this group_ | |` };
      });
      const total = groups.reduce((sum, g) => sum + g.rows.join('\n').length, 0);
      const budget = next(3) === 0 ? next(200) : next(total + 400);
      const lazy: TableGroup[] = groups.map((g) => ({
        size: g.rows.length,
        row: (i) => g.rows[i] as string,
        more: g.more,
      }));
      const header = '| a | b |\n| --- | --- |';
      expect(fitTable(header, lazy, budget), `round ${round}`).toEqual(
        eagerFit(header, groups, budget),
      );
    }
  });

  it('renders only the rows a small budget can reach', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `| create | \`res.r${i}\` | |`);
    let rendered = 0;
    const group: TableGroup = {
      size: rows.length,
      row: (i) => {
        rendered++;
        return rows[i] as string;
      },
      more: (n) => `| create | _and ${n} more_ | |`,
    };
    const table = fitTable('| a | b | c |', [group], 10_000);
    expect(table.text.length).toBeLessThanOrEqual(10_000);
    expect(table.hidden).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(2_000);
    expect(fitTable('| a | b | c |', [groupOfRows(rows, group.more)], 10_000)).toEqual(table);
  });
});
