/**
 * The hidden marker that makes a plan comment sticky and carries what `apply` needs to find
 * the reviewed plan: `<!-- tofu-aws-action:plan:<key> {json} -->`. One shape for the
 * single-environment comment and the aggregated one.
 */
export type EnvironmentStatus =
  'planned' | 'failed' | 'not-planned' | 'applying' | 'applied' | 'apply-failed' | 'plan-changed';

export interface MarkerEnvironment {
  fingerprint?: string;
  status: EnvironmentStatus;
  /** The reviewed change set, gzip + base64 (src/tofu/change-set-codec.ts), when small. */
  changes?: string;
}

export interface MarkerData {
  v: 1;
  sha?: string;
  run?: string;
  environments: Record<string, MarkerEnvironment>;
}

const PREFIX = '<!-- tofu-aws-action:plan:';

/** Keys are free text from workflow and environment names; keep them marker-safe. */
export function markerKey(parts: readonly string[]): string {
  return parts
    .map((p) => p.replace(/[^A-Za-z0-9._/-]+/g, '-'))
    .join(':')
    .replace(/-->/g, '');
}

export function formatMarker(key: string, data: MarkerData): string {
  // JSON.stringify never emits "-->" unescaped inside strings once '>' is escaped.
  const json = JSON.stringify(data).replace(/>/g, '\\u003e');
  return `${PREFIX}${key} ${json} -->`;
}

export function findMarker(body: string, key: string): MarkerData | undefined {
  const start = body.indexOf(`${PREFIX}${key} `);
  if (start < 0) return undefined;
  const jsonStart = start + PREFIX.length + key.length + 1;
  const end = body.indexOf(' -->', jsonStart);
  if (end < 0) return undefined;
  try {
    const data = JSON.parse(body.slice(jsonStart, end)) as MarkerData;
    return data && data.v === 1 && typeof data.environments === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Every marker in a body, with its key (apply searches comments for its environment). */
export function allMarkers(body: string): { key: string; data: MarkerData }[] {
  const found: { key: string; data: MarkerData }[] = [];
  let from = 0;
  for (;;) {
    const start = body.indexOf(PREFIX, from);
    if (start < 0) break;
    const keyEnd = body.indexOf(' ', start + PREFIX.length);
    if (keyEnd < 0) break;
    const key = body.slice(start + PREFIX.length, keyEnd);
    const data = findMarker(body.slice(start), key);
    if (data) found.push({ key, data });
    from = keyEnd;
  }
  return found;
}
