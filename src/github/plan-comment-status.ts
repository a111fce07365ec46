import { renderApplyStatus, type ApplyStatusInput } from '../render/apply-status.js';
import { errorMessage } from '../util/errors.js';
import type { Host } from './host.js';
import type { GitHubClient } from './rest.js';
import type { ReviewedComment } from './reviewed-plan.js';

/**
 * Keeps one environment's apply status current in the plan comments that carry it. Failures
 * to update a comment are warnings: the apply itself goes on.
 */
export class PlanCommentStatus {
  /** The comments to update, known once the reviewed plan was looked up. */
  comments: ReviewedComment[] = [];

  constructor(
    private readonly client: GitHubClient | undefined,
    private readonly environment: string,
    private readonly host: Host,
  ) {}

  async set(input: ApplyStatusInput): Promise<void> {
    const client = this.client;
    if (!client || !this.comments.length) return;
    const { withApplyStatus } = await import('./apply-status.js');
    const [block, fallback] = renderApplyStatus(input);
    for (const c of this.comments) {
      try {
        const current = await client.getIssueComment(c.id);
        const next = withApplyStatus(
          current.body,
          c.key,
          this.environment,
          input.state,
          block,
          fallback,
        );
        if (next !== undefined && next !== current.body)
          await client.updateIssueComment(c.id, next);
      } catch (error) {
        this.host.warning(
          `The plan comment ${c.url} could not be updated (${errorMessage(error)}).`,
        );
      }
    }
  }
}
