import type { Host } from '../../github/host.js';

/**
 * Where releases come from. Not inputs: these exist for tests (a local peer) and for mirrors
 * inside closed networks, and are read from the environment of the step.
 * - TOFU_AWS_ACTION_RELEASES_URL: a GitHub-style "list releases" endpoint (JSON array of
 *   { tag_name, draft, prerelease }, paginated with Link: rel="next").
 * - TOFU_AWS_ACTION_DOWNLOAD_URL: the base under which `v<version>/<file>` is served.
 */
export interface ReleaseSources {
  releasesUrl: string;
  downloadBaseUrl: string;
  /** Sent only to api.github.com, never to a mirror. */
  githubToken: string | undefined;
}

export const DEFAULT_RELEASES_URL = 'https://api.github.com/repos/opentofu/opentofu/releases';
export const DEFAULT_DOWNLOAD_URL = 'https://github.com/opentofu/opentofu/releases/download';

export function releaseSources(host: Host, githubToken: string | undefined): ReleaseSources {
  const releasesUrl = host.env.TOFU_AWS_ACTION_RELEASES_URL || DEFAULT_RELEASES_URL;
  return {
    releasesUrl,
    downloadBaseUrl: (host.env.TOFU_AWS_ACTION_DOWNLOAD_URL || DEFAULT_DOWNLOAD_URL).replace(
      /\/+$/,
      '',
    ),
    githubToken: new URL(releasesUrl).origin === 'https://api.github.com' ? githubToken : undefined,
  };
}

export function assetUrl(sources: ReleaseSources, version: string, file: string): string {
  return `${sources.downloadBaseUrl}/v${version}/${file}`;
}
