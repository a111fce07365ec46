import type { Host } from '../github/host.js';
import { renderDiagnosisLog, renderRolloutSummary } from '../render/rollout-summary.js';
import { formatDuration } from '../util/duration.js';
import { ConfigurationError } from '../util/errors.js';
import { diagnoseRollout, type Hint } from './ecs-diagnose.js';
import type { WatchedRollout } from './ecs-watch-rollout.js';

export interface RolloutReportOptions {
  host: Pick<Host, 'appendSummary' | 'info' | 'warning'>;
  cluster: string;
  service: string;
  imageUri?: string;
  watched: WatchedRollout;
}

/**
 * The job summary of the rollout. A rollout that did not complete is diagnosed (events,
 * stopped tasks, hints) in the log and the summary, and fails the step.
 */
export async function reportRollout(options: RolloutReportOptions): Promise<void> {
  const { host, cluster, service, imageUri } = options;
  const { deploymentId, express, since, result } = options.watched;
  const report = {
    cluster,
    service,
    deploymentId,
    ...(imageUri ? { imageUri } : {}),
    verdict: result.verdict,
    detail: result.detail,
    elapsedMs: result.elapsedMs,
    express,
    ...(result.warning ? { warning: result.warning } : {}),
  };
  if (result.warning) host.warning(result.warning);
  if (result.verdict === 'completed') {
    await host.appendSummary(renderRolloutSummary(report));
    host.info(`Rollout of ${service} completed in ${formatDuration(result.elapsedMs)}.`);
    return;
  }
  const diagnosis = diagnoseRollout({
    ...(result.last?.service ? { service: result.last.service } : {}),
    deploymentId,
    stoppedTasks: result.last?.stoppedTasks ?? [],
    since,
  });
  for (const line of renderDiagnosisLog(diagnosis)) host.info(line);
  await host.appendSummary(renderRolloutSummary({ ...report, diagnosis }));
  throw new ConfigurationError(
    rolloutFailureMessage(service, result.verdict, result.detail, diagnosis.hints[0]),
  );
}

/** The one-line error of a rollout that did not complete, with the first hint. */
export function rolloutFailureMessage(
  service: string,
  verdict: string,
  detail: string,
  hint: Hint | undefined,
): string {
  return `Rollout of ECS service ${service} ${verdict}: ${detail.replace(/\.$/, '')}${hint ? `. Hint (${hint.id}): ${hint.text}` : ''}`;
}
