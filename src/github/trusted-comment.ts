import type { GitHubClient } from './rest.js';

/**
 * Who may write a plan comment the action trusts: GitHub Apps (github-actions[bot] with the
 * job token), people with write access, and the user of the token itself (a machine user's
 * personal access token: GitHub reports a member whose organisation membership is private as
 * CONTRIBUTOR). Anyone else can comment on a pull request in a public repository and must
 * neither forge a reviewed plan nor have their comment taken for the sticky plan comment (which
 * they could then rewrite).
 */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export interface CommentAuthor {
  author: string | undefined;
  /** `Bot`, `User` or `Organization`. */
  authorType: string | undefined;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ... */
  authorAssociation: string | undefined;
}

/** A bot or someone with write access. */
export function isTrustedPlanComment(c: Omit<CommentAuthor, 'author'>): boolean {
  return c.authorType === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.authorAssociation ?? '');
}

const ownLogins = new WeakMap<GitHubClient, Promise<string | undefined>>();

/**
 * The login of the token's own user, asked once per client (one per run). The job token and an
 * app's token have none (403): bots are trusted anyway. Any failure means none, never an error.
 */
function ownLogin(client: GitHubClient): Promise<string | undefined> {
  let login = ownLogins.get(client);
  if (!login) {
    login = (async () => {
      try {
        const user = await client.getAuthenticatedUser();
        return typeof user?.login === 'string' && user.login ? user.login : undefined;
      } catch {
        return undefined;
      }
    })();
    ownLogins.set(client, login);
  }
  return login;
}

/**
 * The comments a trusted author wrote. The token's own user is asked for only when a comment is
 * not trusted otherwise, so the usual run (every marked comment by the bot) makes no extra call.
 */
export async function trustedPlanComments<T extends CommentAuthor>(
  client: GitHubClient,
  comments: readonly T[],
): Promise<T[]> {
  const trusted = comments.filter(isTrustedPlanComment);
  if (trusted.length === comments.length) return trusted;
  const own = await ownLogin(client);
  if (own === undefined) return trusted;
  return comments.filter((c) => isTrustedPlanComment(c) || c.author === own);
}
