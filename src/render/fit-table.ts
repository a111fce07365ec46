/** One group of rows of a markdown table, and the row that stands for rows left out. */
export interface TableGroup {
  rows: readonly string[];
  /** A table row saying that `hidden` rows of this group are not shown. */
  more(hidden: number): string;
}

export interface FittedTable {
  text: string;
  /** Rows left out, over all groups. */
  hidden: number;
}

/**
 * The table (header lines, then each group's rows in order) within `budget` characters:
 * the whole table when it fits, otherwise the first N rows of every group with one
 * "and K more" row per cut group, N as large as fits (N = 0 at worst: header and the
 * "more" rows only, which may exceed a tiny budget; the table is never dropped).
 */
export function fitTable(
  header: string,
  groups: readonly TableGroup[],
  budget: number,
): FittedTable {
  const prefix = groups.map((g) => {
    const sums = new Array<number>(g.rows.length + 1);
    sums[0] = 0;
    for (let i = 0; i < g.rows.length; i++) {
      sums[i + 1] = (sums[i] as number) + (g.rows[i] as string).length + 1;
    }
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
  const parts: string[] = [header];
  let hidden = 0;
  for (const g of groups) {
    const shown = Math.min(n, g.rows.length);
    for (let i = 0; i < shown; i++) parts.push(g.rows[i] as string);
    if (g.rows.length > shown) {
      parts.push(g.more(g.rows.length - shown));
      hidden += g.rows.length - shown;
    }
  }
  return { text: parts.join('\n'), hidden };
}
