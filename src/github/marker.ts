/**
 * The hidden marker that makes a plan comment sticky and carries what `apply` needs to find
 * the reviewed plan: `<!-- tofu-aws-action:plan:<key> {json} -->`. One shape for the
 * single-environment comment and the aggregated one. Only a marker that opens the comment
 * counts: anything later in the body (plan text, an error message) is text a plan author wrote.
 */
export type EnvironmentStatus =
  'planned' | 'failed' | 'not-planned' | 'applying' | 'applied' | 'apply-failed' | 'plan-changed';

export interface MarkerEnvironment {
  fingerprint?: string;
  status: EnvironmentStatus;
  /** The reviewed change set, gzip + base64 (src/tofu/change-set-codec.ts), when small. */
  changes?: string;
  /** When the plan was made (ISO 8601): plans are ordered by this, never by comment edits. */
  at?: string;
}

export interface MarkerData {
  v: 1;
  sha?: string;
  run?: string;
  environments: Record<string, MarkerEnvironment>;
}

const PREFIX = '<!-- tofu-aws-action:plan:';
const END = ' -->';
/** Characters kept as they are in a key part; earlier versions' keys are made of these only. */
const KEY_SAFE = /[^A-Za-z0-9._/-]/gu;
const utf8 = new TextEncoder();

/**
 * One part of a key (a workflow or environment name): kept as it is when made of
 * [A-Za-z0-9._/-] only, as earlier versions wrote it, else with every other character
 * percent-encoded (UTF-8), so that different names never share a key.
 */
export function encodeKeyPart(part: string): string {
  return part.replace(KEY_SAFE, (c) =>
    [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** Keys are free text from workflow and environment names; keep them marker-safe. */
export function markerKey(parts: readonly string[]): string {
  return parts.map(encodeKeyPart).join(':');
}

/** The key of `parts` as versions before percent-encoding wrote it (lossy: names could collide). */
export function legacyMarkerKey(parts: readonly string[]): string {
  return parts
    .map((p) => p.replace(/[^A-Za-z0-9._/-]+/g, '-'))
    .join(':')
    .replace(/-->/g, '');
}

/** `<!-- tofu-aws-action:plan:<key> `: what every marker for `key` starts with, whatever its JSON. */
export function markerStart(key: string): string {
  return `${PREFIX}${key} `;
}

export function formatMarker(key: string, data: MarkerData): string {
  // JSON.stringify never emits "-->" unescaped inside strings once '>' is escaped.
  const json = JSON.stringify(data).replace(/>/g, '\\u003e');
  return `${markerStart(key)}${json}${END}`;
}

/** The key of the marker a body starts with, readable JSON or not. */
export function leadingMarkerKey(body: string): string | undefined {
  if (!body.startsWith(PREFIX)) return undefined;
  const keyEnd = body.indexOf(' ', PREFIX.length);
  if (keyEnd <= PREFIX.length) return undefined;
  const key = body.slice(PREFIX.length, keyEnd);
  return /\s/.test(key) ? undefined : key;
}

/**
 * The marker a comment body starts with and the text after it; undefined when the body starts
 * otherwise or the marker is unreadable.
 */
export function splitLeadingMarker(
  body: string,
): { key: string; data: MarkerData; rest: string } | undefined {
  const key = leadingMarkerKey(body);
  if (key === undefined) return undefined;
  const jsonStart = markerStart(key).length;
  const end = body.indexOf(END, jsonStart);
  if (end < 0) return undefined;
  try {
    const data = JSON.parse(body.slice(jsonStart, end)) as MarkerData;
    const envs = (data as Partial<MarkerData> | null)?.environments;
    return data?.v === 1 && !!envs && typeof envs === 'object' && !Array.isArray(envs)
      ? { key, data, rest: body.slice(end + END.length) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The marker a comment body starts with; undefined when it starts otherwise or is unreadable. */
export function leadingMarker(body: string): { key: string; data: MarkerData } | undefined {
  const found = splitLeadingMarker(body);
  return found && { key: found.key, data: found.data };
}

/** The data of the marker for `key` that the body starts with. */
export function findMarker(body: string, key: string): MarkerData | undefined {
  const found = leadingMarker(body);
  return found?.key === key ? found.data : undefined;
}
