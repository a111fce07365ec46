import { ConfigurationError, errorMessage } from '../../util/errors.js';
import { fetchText, type HttpContext } from './http.js';
import type { ReleaseSources } from './sources.js';

interface ReleaseEntry {
  tag_name?: unknown;
  draft?: unknown;
}

const MAX_PAGES = 10;

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Every published OpenTofu version (drafts left out), from a GitHub-style releases list
 * followed page by page. Needed only to resolve a constraint or `latest`.
 */
export async function listReleasedVersions(
  ctx: HttpContext,
  sources: ReleaseSources,
): Promise<string[]> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (sources.githubToken) headers.authorization = `Bearer ${sources.githubToken}`;
  const first = new URL(sources.releasesUrl);
  if (!first.searchParams.has('per_page')) first.searchParams.set('per_page', '100');
  const versions: string[] = [];
  let url: string | undefined = first.toString();
  for (let page = 0; url && page < MAX_PAGES; page++) {
    let body: { text: string; link: string | null };
    try {
      body = await fetchText(ctx, url, headers);
    } catch (error) {
      throw new ConfigurationError(
        `Could not list OpenTofu releases to resolve tofu-version (${errorMessage(error)}); set tofu-version to an exact version such as 1.9.0.`,
      );
    }
    let entries: unknown;
    try {
      entries = JSON.parse(body.text);
    } catch {
      entries = undefined;
    }
    if (!Array.isArray(entries)) {
      throw new ConfigurationError(
        `The OpenTofu releases list at ${url} is not a JSON array; set tofu-version to an exact version such as 1.9.0.`,
      );
    }
    for (const entry of entries as ReleaseEntry[]) {
      if (entry.draft === true || typeof entry.tag_name !== 'string') continue;
      versions.push(entry.tag_name.replace(/^v/, ''));
    }
    url = nextLink(body.link);
  }
  return versions;
}
