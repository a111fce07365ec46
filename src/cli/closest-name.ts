/** The known name a mistyped one most likely meant (a prefix either way, or a few edits off). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (!name) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance =
      candidate.startsWith(name) || name.startsWith(candidate) ? 0 : editDistance(name, candidate);
    if (distance <= Math.max(2, Math.floor(name.length / 4)) && (!best || distance < best.distance))
      best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
