import type { Diagnosis } from '../aws/ecs-diagnose.js';
import type { EcsDeployment } from '../aws/ecs-model.js';
import { formatDuration } from '../util/duration.js';

export interface RolloutReport {
  cluster: string;
  service: string;
  deploymentId: string;
  imageUri?: string;
  verdict: string;
  detail: string;
  elapsedMs: number;
  express: boolean;
  /** Shown above the detail (a rollout that completed without running a task). */
  warning?: string;
  diagnosis?: Diagnosis;
}

const VERDICT_TITLE: Record<string, string> = {
  completed: 'Rollout completed',
  failed: 'Rollout failed',
  'rolled-back': 'Rollout rolled back',
  replaced: 'Rollout replaced by a newer deployment',
  'tasks-failing': 'Rollout failing: tasks keep stopping',
  'service-gone': 'Service not found',
  'timed-out': 'Rollout timed out',
  'access-denied': 'Wait stopped: credentials refused',
  'api-error': 'Wait stopped: ECS API error',
  cancelled: 'Wait cancelled',
};

/** Table cells must not break the table. */
function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function time(date: Date | undefined): string {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '';
}

function deploymentsTable(deployments: EcsDeployment[], ours: string): string[] {
  if (deployments.length === 0) return ['_No deployments listed._'];
  return [
    '| deployment | status | rollout | running | pending | desired | failed tasks | task definition |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...deployments.map(
      (d) =>
        `| ${cell(d.id)}${d.id === ours ? ' (ours)' : ''} | ${cell(d.status)} | ${cell(
          [d.rolloutState, d.rolloutStateReason].filter(Boolean).join(': '),
        )} | ${d.runningCount ?? 0} | ${d.pendingCount ?? 0} | ${d.desiredCount ?? 0} | ${
          d.failedTasks ?? 0
        } | ${cell(d.taskDefinition?.split('/').pop())} |`,
    ),
  ];
}

/** The step summary for a rollout: verdict, then on failure the diagnosis. */
export function renderRolloutSummary(report: RolloutReport): string {
  const ok = report.verdict === 'completed';
  const title = VERDICT_TITLE[report.verdict] ?? report.verdict;
  const lines = [
    `### ${ok ? (report.warning ? '⚠️' : '✅') : '❌'} ${title}: ${cell(report.service)}`,
    '',
    `Cluster \`${report.cluster}\`, deployment \`${report.deploymentId}\`${
      report.express ? ' (Express gateway service, canary rollout)' : ''
    }, ${formatDuration(report.elapsedMs)}.`,
    ...(report.imageUri ? [`Image \`${report.imageUri}\`.`] : []),
    ...(report.warning ? ['', `> [!WARNING]\n> ${cell(report.warning)}`] : []),
    '',
    report.detail,
  ];
  const d = report.diagnosis;
  if (!d) return `${lines.join('\n')}\n`;
  if (d.hints.length > 0) {
    lines.push('', '#### Why', '', ...d.hints.map((h) => `- **${h.id}**: ${h.text}`));
  }
  lines.push('', '#### Deployments', '', ...deploymentsTable(d.deployments, report.deploymentId));
  if (d.stoppedTasks.length > 0) {
    lines.push(
      '',
      '#### Stopped tasks of this deployment',
      '',
      '| task | stopped | stop code | reason | containers | hint |',
      '| --- | --- | --- | --- | --- | --- |',
      ...d.stoppedTasks.map(
        (t) =>
          `| ${cell(t.taskId)} | ${time(t.stoppedAt)} | ${cell(t.stopCode)} | ${cell(t.stoppedReason)} | ${cell(
            t.containers
              .map(
                (c) =>
                  `${c.name}${c.exitCode !== undefined ? ` exit ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`,
              )
              .join('; '),
          )} | ${cell(t.hints.map((h) => h.id).join(', '))} |`,
      ),
    );
  }
  if (d.events.length > 0) {
    lines.push(
      '',
      '<details><summary>Service events since the roll</summary>',
      '',
      ...d.events.map((e) => `- ${time(e.createdAt)} ${cell(e.message)}`),
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The same diagnosis as plain log lines. */
export function renderDiagnosisLog(d: Diagnosis): string[] {
  const out: string[] = [];
  for (const dep of d.deployments) {
    out.push(
      `deployment ${dep.id} ${dep.status} ${dep.rolloutState ?? ''} running ${dep.runningCount ?? 0}/${dep.desiredCount ?? 0}${
        dep.rolloutStateReason ? ` - ${dep.rolloutStateReason}` : ''
      }`,
    );
  }
  for (const e of d.events) out.push(`event ${time(e.createdAt)} ${e.message ?? ''}`);
  for (const t of d.stoppedTasks) {
    out.push(`stopped task ${t.taskId}: ${t.stopCode ?? ''} ${t.stoppedReason ?? ''}`.trim());
    for (const c of t.containers)
      out.push(
        `  container ${c.name}${c.exitCode !== undefined ? ` exit ${c.exitCode}` : ''}${c.reason ? `: ${c.reason}` : ''}`,
      );
  }
  for (const h of d.hints) out.push(`hint (${h.id}): ${h.text}`);
  return out;
}
