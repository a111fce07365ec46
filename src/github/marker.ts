/**
 * The hidden marker that makes a plan comment sticky and carries what `apply` needs to find
 * the reviewed plan: `<!-- tofu-aws-action:plan:<key> {json} -->`. One shape for the
 * single-environment comment and the aggregated one. Only a marker that opens the comment
 * counts: anything later in the body (plan text, an error message) is text a plan author wrote.
 */
const ENVIRONMENT_STATUSES = [
  'planned',
  'failed',
  'not-planned',
  'applying',
  'applied',
  'apply-failed',
  'plan-changed',
] as const;

export type EnvironmentStatus = (typeof ENVIRONMENT_STATUSES)[number];

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

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function isStatus(value: unknown): value is EnvironmentStatus {
  return (ENVIRONMENT_STATUSES as readonly unknown[]).includes(value);
}

/** The entry as MarkerEnvironment: undefined when it is no object or has no known status. */
function readEnvironment(entry: unknown): MarkerEnvironment | undefined {
  if (!isObject(entry)) return undefined;
  const { fingerprint, status, changes, at } = entry;
  if (!isStatus(status)) return undefined;
  return {
    ...(typeof fingerprint === 'string' ? { fingerprint } : {}),
    status,
    ...(typeof changes === 'string' ? { changes } : {}),
    ...(typeof at === 'string' ? { at } : {}),
  };
}

/**
 * The parsed JSON as MarkerData, so that readers need not check it again: entries and fields of
 * the wrong type are left out. Undefined when it is not a version 1 marker with environments.
 */
function readMarkerData(json: unknown): MarkerData | undefined {
  if (!isObject(json) || json.v !== 1 || !isObject(json.environments)) return undefined;
  const { sha, run } = json;
  // No prototype: an environment named `constructor` or `__proto__` is only ever an entry.
  const environments = Object.create(null) as Record<string, MarkerEnvironment>;
  for (const [name, entry] of Object.entries(json.environments)) {
    const env = readEnvironment(entry);
    if (env) environments[name] = env;
  }
  return {
    v: 1,
    ...(typeof sha === 'string' ? { sha } : {}),
    ...(typeof run === 'string' ? { run } : {}),
    environments,
  };
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
  let json: unknown;
  try {
    json = JSON.parse(body.slice(jsonStart, end));
  } catch {
    return undefined;
  }
  const data = readMarkerData(json);
  return data && { key, data, rest: body.slice(end + END.length) };
}

/** The marker a comment body starts with; undefined when it starts otherwise or is unreadable. */
export function leadingMarker(body: string): { key: string; data: MarkerData } | undefined {
  const found = splitLeadingMarker(body);
  return found && { key: found.key, data: found.data };
}
