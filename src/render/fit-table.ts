/** One group of rows of a markdown table, and the row that stands for rows left out. */
export interface TableGroup {
  /** How many rows the group has. */
  size: number;
  /**
   * The row at `index`. Asked for only as far as the table can reach within its budget, so a
   * group of 50,000 changes renders the few hundred rows a comment shows, not all of them.
   */
  row(index: number): string;
  /** A table row saying that `hidden` rows of this group are not shown. */
  more(hidden: number): string;
}

export interface FittedTable {
  text: string;
  /** Rows left out, over all groups. */
  hidden: number;
}

/** A group whose rows are already rendered. */
export function groupOfRows(rows: readonly string[], more: (hidden: number) => string): TableGroup {
  return { size: rows.length, row: (index) => rows[index] as string, more };
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
  // Characters of each group's first k rows (with their newlines): sums[g][k], filled in
  // only as far as a size is asked for.
  const sums = groups.map(() => [0]);
  /**
   * The table's length with at most n rows per group; when that is over budget, possibly a
   * smaller length that is still over budget. New rows are rendered one per group in turn,
   * so that an over-budget size stops after about a budget's worth of leading rows.
   */
  const size = (n: number) => {
    let total = header.length;
    let missing = 0;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as TableGroup;
      const known = sums[g] as number[];
      const shown = Math.min(n, group.size);
      if (group.size > shown) total += group.more(group.size - shown).length + 1;
      total += known[Math.min(shown, known.length - 1)] as number;
      if (shown >= known.length) missing++;
    }
    while (missing > 0 && total <= budget) {
      missing = 0;
      for (let g = 0; g < groups.length && total <= budget; g++) {
        const known = sums[g] as number[];
        if (Math.min(n, (groups[g] as TableGroup).size) < known.length) continue;
        const row = (groups[g] as TableGroup).row(known.length - 1).length + 1;
        known.push((known[known.length - 1] as number) + row);
        total += row;
        missing++;
      }
    }
    return total;
  };
  const longest = groups.reduce((m, g) => Math.max(m, g.size), 0);
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
    const shown = Math.min(n, g.size);
    for (let i = 0; i < shown; i++) parts.push(g.row(i));
    if (g.size > shown) {
      parts.push(g.more(g.size - shown));
      hidden += g.size - shown;
    }
  }
  return { text: parts.join('\n'), hidden };
}
