import { findMarker, formatMarker, markerKey, type EnvironmentStatus } from './marker.js';

/**
 * The apply status of one environment inside a plan comment: the marker's status for the
 * environment, and a status block (one per environment) right after the marker that says
 * applying / applied / apply failed / plan changed since review. Pure text in, text out.
 */
const MARKER_PREFIX = '<!-- tofu-aws-action:plan:';
const GITHUB_LIMIT = 65_536;

function blockTags(environment: string): { open: string; close: string } {
  const id = markerKey([environment]);
  return {
    open: `<!-- tofu-aws-action:apply-status:${id} -->`,
    close: `<!-- /tofu-aws-action:apply-status:${id} -->`,
  };
}

/** Removes an earlier status block of this environment. */
function withoutBlock(body: string, environment: string): string {
  const { open, close } = blockTags(environment);
  const start = body.indexOf(open);
  if (start < 0) return body;
  const end = body.indexOf(close, start);
  if (end < 0) return body;
  return body.slice(0, start).replace(/\n$/, '') + body.slice(end + close.length);
}

/**
 * `body` with the environment's marker status set and its status block replaced by `block`
 * (markdown; dropped to `fallback` when the body would pass GitHub's limit). Undefined when the
 * body has no marker for the environment.
 */
export function withApplyStatus(
  body: string,
  key: string,
  environment: string,
  status: EnvironmentStatus,
  block: string,
  fallback?: string,
): string | undefined {
  const data = findMarker(body, key);
  const env = data?.environments[environment];
  if (!data || !env) return undefined;
  const start = body.indexOf(`${MARKER_PREFIX}${key} `);
  const end = body.indexOf(' -->', start) + ' -->'.length;
  const marker = formatMarker(key, {
    ...data,
    environments: { ...data.environments, [environment]: { ...env, status } },
  });
  const withMarker = body.slice(0, start) + marker + body.slice(end);
  const clean = withoutBlock(withMarker, environment);
  const at = clean.indexOf(marker) + marker.length;
  const { open, close } = blockTags(environment);
  for (const text of [block, fallback ?? block.split('\n')[0] ?? '']) {
    const next = `${clean.slice(0, at)}\n${open}\n${text.trim()}\n${close}${clean.slice(at)}`;
    if (next.length <= GITHUB_LIMIT) return next;
  }
  return clean.length <= GITHUB_LIMIT ? clean : undefined;
}
