import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for OpenTofu's release hosting: GitHub's "list releases" API (paginated
 * with Link: rel="next", drafts included as GitHub returns them) and the release download
 * host (`/download/v<version>/<file>`). Files can be made to fail N times with a status, or
 * to go missing, so that retries, tampering and missing checksums can be exercised.
 */

export interface ReleaseFile {
  version: string;
  name: string;
  body: Buffer;
}

export interface TofuReleasePeer {
  /** TOFU_AWS_ACTION_RELEASES_URL and TOFU_AWS_ACTION_DOWNLOAD_URL pointing here. */
  env: { TOFU_AWS_ACTION_RELEASES_URL: string; TOFU_AWS_ACTION_DOWNLOAD_URL: string };
  /** Every request path, in order. */
  requests: string[];
  /** Tags listed by the releases API, newest first; `draft` ones are marked as such. */
  releases: { tag: string; draft?: boolean; prerelease?: boolean }[];
  serve(file: ReleaseFile): void;
  remove(version: string, name: string): void;
  /** The next `times` requests for the file answer `status` (then it is served normally). */
  failNext(version: string, name: string, status: number, times: number): void;
  close(): Promise<void>;
}

export function sha256(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

/** A SHA256SUMS text for the given files. */
export function sumsFile(files: { name: string; body: Buffer }[]): Buffer {
  return Buffer.from(files.map((f) => `${sha256(f.body)}  ${f.name}\n`).join(''));
}

const PAGE_SIZE = 3;

export async function startTofuReleasePeer(): Promise<TofuReleasePeer> {
  const files = new Map<string, Buffer>();
  const failures = new Map<string, { status: number; times: number }>();
  const requests: string[] = [];
  const releases: TofuReleasePeer['releases'] = [];
  const key = (version: string, name: string) => `/download/v${version}/${name}`;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://peer');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/releases') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = releases.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page * PAGE_SIZE < releases.length) {
        headers.link = `<http://${req.headers.host}/releases?per_page=${PAGE_SIZE}&page=${page + 1}>; rel="next"`;
      }
      res.writeHead(200, headers);
      res.end(
        JSON.stringify(
          slice.map((r) => ({
            tag_name: r.tag,
            draft: r.draft ?? false,
            prerelease: r.prerelease ?? false,
          })),
        ),
      );
      return;
    }
    const failure = failures.get(url.pathname);
    if (failure && failure.times > 0) {
      failure.times--;
      res.writeHead(failure.status).end('failing on purpose');
      return;
    }
    const body = files.get(url.pathname);
    if (!body) {
      res.writeHead(404).end('Not Found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': body.length,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    env: {
      TOFU_AWS_ACTION_RELEASES_URL: `${base}/releases`,
      TOFU_AWS_ACTION_DOWNLOAD_URL: `${base}/download`,
    },
    requests,
    releases,
    serve: (file) => void files.set(key(file.version, file.name), file.body),
    remove: (version, name) => void files.delete(key(version, name)),
    failNext: (version, name, status, times) =>
      void failures.set(key(version, name), { status, times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
