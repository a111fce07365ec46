import { concurrencyDeadlocks, type LoadWorkflow } from './concurrency.js';
import {
  calledWorkflow,
  commandsOf,
  isThisAction,
  triggers,
  workflowCall,
  type Job,
  type WorkflowFile,
} from './workflow-files.js';

/**
 * The safety rules every workflow and example must follow, as a function from a parsed file
 * to its problems (one line each), so that tests can also prove each rule catches a breakage.
 */

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+\.\d+\.\d+\b/;

function permissionsOf(job: Job): Record<string, string> {
  return typeof job.permissions === 'object' ? job.permissions : {};
}

/** Jobs calling these reusable workflows need the caller to grant what the callee's jobs use. */
const CALLEE_NEEDS: Record<string, { idToken: boolean; pullRequests: boolean }> = {
  '.github/workflows/tofu-plan.yml': { idToken: true, pullRequests: true },
  '.github/workflows/tofu-apply.yml': { idToken: true, pullRequests: true },
  '.github/workflows/deploy-image.yml': { idToken: true, pullRequests: false },
};

function assumesRole(job: Job): boolean {
  if (commandsOf(job).some((c) => c.command === 'assume-role')) return true;
  const callee = calledWorkflow(job.uses);
  return !!callee && !!CALLEE_NEEDS[callee]?.idToken;
}

function writesComment(job: Job): boolean {
  for (const { command, step } of commandsOf(job)) {
    if (command === 'comment' || command === 'apply') return true;
    if (command === 'plan' && String(step.with?.comment ?? 'true') !== 'false') return true;
  }
  const callee = calledWorkflow(job.uses);
  return !!callee && !!CALLEE_NEEDS[callee]?.pullRequests;
}

function usesLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*(-\s*)?uses:\s*\S/.test(l));
}

function isOwnReference(uses: string): boolean {
  return uses.startsWith('./') || isThisAction(uses) || calledWorkflow(uses) !== undefined;
}

/** Applies and deploys of one environment share one group, so that they never overlap. */
const ENV_GROUP = /^\$\{\{\s*(matrix|inputs)\.environment\s*\}\}-apply-and-deploy$/;

/** Commands that run packages' install scripts or other third-party code. */
const RUNS_PACKAGES = /\b(npm|npx|yarn|pnpm)\b/;

export function safetyProblems(file: WorkflowFile, load?: LoadWorkflow): string[] {
  const { doc, path } = file;
  const problems: string[] = concurrencyDeadlocks(file, load);
  const say = (where: string, what: string) => problems.push(`${path}: ${where}: ${what}`);

  if (triggers(doc).includes('pull_request_target'))
    say('on', 'pull_request_target is not allowed');

  if (doc.permissions === undefined) say('permissions', 'missing at the top');
  else if (typeof doc.permissions === 'string') {
    say('permissions', `${doc.permissions} at the top; list each permission`);
  } else {
    for (const [scope, level] of Object.entries(doc.permissions)) {
      if (level === 'write') say('permissions', `${scope}: write at the top; grant it per job`);
    }
  }

  const call = workflowCall(doc);
  if (call) {
    for (const [name, input] of Object.entries(call.inputs ?? {})) {
      if (!input.type) say(`inputs.${name}`, 'has no type');
      if (!input.description) say(`inputs.${name}`, 'has no description');
    }
    for (const [name, secret] of Object.entries(call.secrets ?? {})) {
      if (!secret?.description) say(`secrets.${name}`, 'has no description');
    }
  }

  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    const where = `jobs.${id}`;
    if (job.permissions === undefined) say(where, 'declares no permissions');
    else if (typeof job.permissions === 'string') say(where, `permissions: ${job.permissions}`);
    const perms = permissionsOf(job);
    if (perms['id-token'] === 'write' && !assumesRole(job)) {
      say(where, 'has id-token: write but assumes no role');
    }
    if (assumesRole(job) && perms['id-token'] !== 'write') {
      say(where, 'assumes a role without id-token: write');
    }
    if (perms['pull-requests'] === 'write' && !writesComment(job)) {
      say(where, 'has pull-requests: write but writes no comment');
    }
    for (const [scope, level] of Object.entries(perms)) {
      if (level === 'write' && !['id-token', 'pull-requests', 'contents'].includes(scope)) {
        say(where, `${scope}: write is not needed by anything here`);
      }
      if (scope === 'contents' && level === 'write' && !/release/.test(path)) {
        say(where, 'contents: write outside the release workflow');
      }
    }

    const commands = commandsOf(job).map((c) => c.command);
    const deploys = commands.includes('apply') || commands.includes('image');
    if (deploys) {
      const env = typeof job.environment === 'object' ? job.environment.name : job.environment;
      if (!env) say(where, 'applies or deploys without a job-level environment');
      const concurrency = typeof job.concurrency === 'object' ? job.concurrency : undefined;
      const group = typeof job.concurrency === 'string' ? job.concurrency : concurrency?.group;
      const m = group ? ENV_GROUP.exec(group) : null;
      if (!group || !m) say(where, `concurrency group must be <env>-apply-and-deploy, is ${group}`);
      else if (env && !env.includes(`${m[1]}.environment`)) {
        say(where, `concurrency group ${group} is not for the job's environment ${env}`);
      }
      const cancel = concurrency?.['cancel-in-progress'];
      if (cancel !== undefined && cancel !== false) say(where, 'cancels an apply in progress');
    }

    for (const [i, step] of (job.steps ?? []).entries()) {
      if (typeof step.run === 'string' && step.run.includes('${{')) {
        say(`${where}.steps[${i}]`, 'uses ${{ }} inside run: (pass it through env:)');
      }
      if (
        perms.contents === 'write' &&
        typeof step.run === 'string' &&
        RUNS_PACKAGES.test(step.run)
      ) {
        say(`${where}.steps[${i}]`, 'runs packages (install scripts) with contents: write');
      }
    }
  }

  for (const line of usesLines(file.text)) {
    const uses = line
      .replace(/^\s*(-\s*)?uses:\s*/, '')
      .replace(/\s+#.*$/, '')
      .trim();
    if (isOwnReference(uses) || uses.startsWith('docker://')) continue;
    if (!PINNED.test(uses)) say('uses', `${uses} is not pinned by a 40-hex commit SHA`);
    else if (!VERSION_COMMENT.test(line)) say('uses', `${uses} has no # vX.Y.Z comment`);
  }
  return problems;
}
