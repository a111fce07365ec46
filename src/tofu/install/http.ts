import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Clock, Host } from '../../github/host.js';
import { errorMessage } from '../../util/errors.js';
import { retry, type RetryDecision } from '../../util/retry.js';
import { TRANSIENT_NETWORK_CODES } from '../../util/network-errors.js';

/** A response that was not 2xx. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`GET ${url} answered HTTP ${status}`);
  }
}

/** 5xx, 429, 408 and network failures are worth another try; other answers are final. */
export function classifyDownloadError(error: unknown): RetryDecision {
  if (error instanceof HttpStatusError) {
    return error.status >= 500 || error.status === 429 || error.status === 408 ? 'retry' : 'fail';
  }
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code && TRANSIENT_NETWORK_CODES.has(code)) return 'retry';
  // undici's "fetch failed" and "terminated" (a body cut short) are network failures
  if (error instanceof TypeError && /fetch failed|terminated/i.test(error.message)) return 'retry';
  if (error instanceof Error && /terminated|aborted|premature close/i.test(error.message)) {
    return 'retry';
  }
  return 'fail';
}

export interface HttpContext {
  host: Host;
  clock: Clock;
  /** Attempts in all for one request (default 4). */
  maxAttempts?: number;
}

function withRetry<T>(ctx: HttpContext, what: string, fn: () => Promise<T>): Promise<T> {
  return retry(fn, {
    classify: classifyDownloadError,
    maxAttempts: ctx.maxAttempts ?? 4,
    maxElapsedMs: 120_000,
    baseMs: 1_000,
    maxDelayMs: 15_000,
    sleep: (ms, signal) => ctx.clock.sleep(ms, signal),
    now: () => ctx.clock.now(),
    signal: ctx.host.cancellation,
    onRetry: ({ attempt, delayMs, error }) =>
      ctx.host.info(
        `${what}: attempt ${attempt} failed (${errorMessage(error)}); retrying in ${Math.round(delayMs / 100) / 10}s`,
      ),
  });
}

async function get(url: string, headers: Record<string, string>, signal: AbortSignal) {
  const response = await fetch(url, { headers, redirect: 'follow', signal });
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new HttpStatusError(url, response.status);
  }
  return response;
}

/** GET a small text resource (release list, SHA256SUMS), retried when transient. */
export function fetchText(
  ctx: HttpContext,
  url: string,
  headers: Record<string, string> = {},
): Promise<{ text: string; link: string | null }> {
  return withRetry(ctx, `GET ${url}`, async () => {
    const response = await get(url, headers, ctx.host.cancellation);
    return { text: await response.text(), link: response.headers.get('link') };
  });
}

/** Streams a file to `dest`, retried from the start when transient; no partial file is left. */
export function downloadFile(ctx: HttpContext, url: string, dest: string): Promise<void> {
  return withRetry(ctx, `Download ${url}`, async () => {
    try {
      const response = await get(url, {}, ctx.host.cancellation);
      if (!response.body) throw new HttpStatusError(url, response.status);
      await pipeline(
        Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
        createWriteStream(dest),
      );
    } catch (error) {
      await rm(dest, { force: true });
      throw error;
    }
  });
}
