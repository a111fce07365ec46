import { legacyKeyMatch } from './comment-keys.js';
import { leadingMarker, leadingMarkerKey, type MarkerData } from './marker.js';
import { isGitHubApiError } from './github-api-error.js';
import type { GitHubClient } from './rest.js';
import type { IssueComment } from './rest-types.js';
import { trustedPlanComments, type CommentAuthor } from './trusted-comment.js';

/**
 * The sticky plan comment: one comment per marker key on an issue/PR, found by the hidden
 * marker it starts with among all the comments (every page), updated in place, never
 * duplicated. Only a comment of a trusted author (see trusted-comment.ts) is taken for it.
 */

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** Other comments carrying the same marker (left from an old bug or a race); left alone. */
  duplicateIds: number[];
}

function newestFirst(a: IssueComment, b: IssueComment): number {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}

/** A sticky comment with the marker it starts with (undefined when its JSON is unreadable). */
export type StickyComment = IssueComment & { marker: MarkerData | undefined };

/** A comment with text, the readable marker it starts with, and its author. */
type ListedComment = CommentAuthor & {
  comment: IssueComment;
  marker: { key: string; data: MarkerData } | undefined;
};

async function listComments(client: GitHubClient, issueNumber: number): Promise<ListedComment[]> {
  const comments = await client.listIssueComments(issueNumber);
  return comments.flatMap((c) =>
    typeof c.body === 'string'
      ? [
          {
            comment: c,
            marker: leadingMarker(c.body),
            author: c.user?.login,
            authorType: c.user?.type,
            authorAssociation: c.author_association,
          },
        ]
      : [],
  );
}

/**
 * The trusted comments that start with the marker for `key` (or with the form of it an earlier
 * version wrote, see legacyKeyMatch), newest first.
 */
export async function findStickyComments(
  client: GitHubClient,
  issueNumber: number,
  key: string,
): Promise<StickyComment[]> {
  const legacy = legacyKeyMatch(key);
  const found = (await listComments(client, issueNumber)).filter(
    ({ comment, marker }) =>
      leadingMarkerKey(comment.body) === key || (!!marker && !!legacy?.(marker)),
  );
  const trusted = await trustedPlanComments(client, found);
  return trusted
    .map(({ comment, marker }) => ({ ...comment, marker: marker?.data }))
    .sort(newestFirst);
}

export async function upsertStickyComment(
  client: GitHubClient,
  args: {
    issueNumber: number;
    key: string;
    body: string;
    /** The marked comments, when the caller has just listed them (findStickyComments). */
    existing?: IssueComment[];
  },
): Promise<StickyCommentResult> {
  const { issueNumber, key, body } = args;
  if (leadingMarkerKey(body) !== key)
    throw new Error(
      `upsertStickyComment: the body does not start with the marker for key "${key}"`,
    );

  const update = async (found: IssueComment[]): Promise<StickyCommentResult> => {
    const [target, ...others] = found as [IssueComment, ...IssueComment[]];
    const duplicateIds = others.map((c) => c.id);
    if (target.body === body)
      return { action: 'unchanged', id: target.id, url: target.html_url, duplicateIds };
    const updated = await client.updateIssueComment(target.id, body);
    return { action: 'updated', id: updated.id, url: updated.html_url, duplicateIds };
  };

  const found = args.existing ?? (await findStickyComments(client, issueNumber, key));
  if (found.length) return update(found);

  try {
    // Not retried blindly: a 502 may hide a comment that was created after all.
    const created = await client.createIssueComment(issueNumber, body, { retryAmbiguous: false });
    return { action: 'created', id: created.id, url: created.html_url, duplicateIds: [] };
  } catch (error) {
    if (!isGitHubApiError(error) || !error.ambiguous) throw error;
    const after = await findStickyComments(client, issueNumber, key);
    const [landed] = after;
    // Our create went through after all (or a parallel run made one): never a second one.
    if (landed && landed.body === body)
      return {
        action: 'created',
        id: landed.id,
        url: landed.html_url,
        duplicateIds: after.slice(1).map((c) => c.id),
      };
    if (after.length) return update(after);
    const created = await client.createIssueComment(issueNumber, body);
    return { action: 'created', id: created.id, url: created.html_url, duplicateIds: [] };
  }
}

export interface MarkedComment extends CommentAuthor {
  id: number;
  url: string;
  createdAt: string;
  /** The readable marker the comment starts with. */
  marker: { key: string; data: MarkerData };
}

/** Every comment on the issue that starts with a readable marker, oldest first. */
export async function findMarkedComments(
  client: GitHubClient,
  issueNumber: number,
): Promise<MarkedComment[]> {
  return (await listComments(client, issueNumber)).flatMap(({ comment, marker, ...author }) =>
    marker
      ? [
          {
            id: comment.id,
            url: comment.html_url,
            createdAt: comment.created_at,
            ...author,
            marker,
          },
        ]
      : [],
  );
}
