export type GitHubErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'client';

/** A failed GitHub call. `status` is 0 when no HTTP response came back. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  readonly status: number;
  readonly kind: GitHubErrorKind;
  readonly method: string;
  readonly path: string;
  /** GitHub's own message (`message` plus the `errors[].message` of a 422). */
  readonly apiMessage: string;
  readonly documentationUrl: string | undefined;
  readonly requestId: string | undefined;
  /** True when the request may have reached GitHub and been applied (5xx, reset mid-way). */
  readonly ambiguous: boolean;

  constructor(init: {
    status: number;
    kind: GitHubErrorKind;
    method: string;
    path: string;
    apiMessage: string;
    documentationUrl?: string;
    requestId?: string;
    ambiguous?: boolean;
  }) {
    const what = init.status ? `${init.status} ${init.apiMessage}` : init.apiMessage;
    super(`GitHub API ${init.method} ${init.path} failed: ${what}`);
    this.status = init.status;
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.apiMessage = init.apiMessage;
    this.documentationUrl = init.documentationUrl;
    this.requestId = init.requestId;
    this.ambiguous = init.ambiguous ?? false;
  }

  /** The token may not write here (fork PR, `permissions:` without the scope, read-only token). */
  get writeDenied(): boolean {
    return this.status === 403 && this.kind === 'forbidden';
  }
}

export function isGitHubApiError(error: unknown): error is GitHubApiError {
  return error instanceof GitHubApiError;
}
