/**
 * The action: reads inputs, picks the mode from the event (or the `mode` input), runs it.
 */
import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWithNginxTest } from './check.js';
import { InputError } from './errors.js';
import { annotate, annotateNotices } from './github/annotations.js';
import { deployMarkdown, findingsMarkdown, statusMarkdown } from './github/summary.js';
import { DEFAULT_NGINX_IMAGE, NGINX_TEST_MODES, type NginxTestMode } from './nginx-test/index.js';
import { reportMarkdown, verdictLine } from './nginx-test/report.js';
import { readCommentFiles, writeCommentFiles } from './github/comment-artifact.js';
import { COMMENT_LIMIT, stickyMarker, upsertStickyComment } from './github/comment.js';
import { gitHub, splitRepo } from './github/octokit.js';
import { plan } from './plan/index.js';
import { planMarkdown } from './plan/render.js';
import { fetchRevision } from './plan/source.js';
import { runUrl } from './deploy/run-url.js';
import { parseBoolean } from './deploy/inputs.js';
import { checkAgreement, commentOutcome, createDeployment, deploymentHistory, setDeploymentStatus } from './github/deployments.js';
import type { NginxTestReport } from './nginx-test/index.js';
import type { DeployOptions } from './deploy/rollout.js';

export type Mode = 'check' | 'plan' | 'comment' | 'deploy' | 'rollback' | 'status';
const MODES: Mode[] = ['check', 'plan', 'comment', 'deploy', 'rollback', 'status'];

/**
 * The mode for an event when `mode` is `auto`: pull_request -> check, push -> deploy,
 * workflow_dispatch -> rollback, workflow_run -> comment.
 * @throws InputError for an event with no default mode
 */
export function modeForEvent(event: string | undefined): Mode {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target':
      return 'check';
    case 'push':
      return 'deploy';
    case 'workflow_dispatch':
      return 'rollback';
    case 'workflow_run':
      return 'comment';
    default:
      throw new InputError(`input "mode" is auto and event "${event ?? '(none)'}" has no default mode: set mode to one of ${MODES.join(', ')}`);
  }
}

/** Resolves the `mode` input. */
export function resolveMode(input: string, event: string | undefined): Mode {
  const m = (input || 'auto').trim();
  if (m === 'auto') return modeForEvent(event);
  if (!(MODES as string[]).includes(m)) throw new InputError(`input "mode" must be auto or one of ${MODES.join(', ')}, got "${m}"`);
  return m as Mode;
}

/** The action's entry. Never throws: failures go to core.setFailed. */
export async function run(): Promise<void> {
  try {
    const mode = resolveMode(core.getInput('mode'), process.env.GITHUB_EVENT_NAME);
    core.info(`nginx-gitops: mode ${mode}`);
    if (mode === 'comment') await runComment();
    else if (mode === 'deploy' || mode === 'rollback') await runFleet(mode);
    else if (mode === 'status') await runStatus();
    else await runCheck(mode);
  } catch (e) {
    if (e instanceof InputError) core.setFailed(e.message);
    else core.setFailed(`internal error: ${(e as Error)?.stack ?? e}`);
  }
}

/** A boolean input: true/false (any case), empty = `def`. @throws InputError otherwise */
export function booleanInput(name: string, def: boolean): boolean {
  const v = core.getInput(name);
  return v.trim() === '' ? def : parseBoolean(name, v);
}

/** The event payload the runner wrote (GITHUB_EVENT_PATH), or {} when there is none. */
export function readEvent(): Record<string, any> {
  const p = process.env.GITHUB_EVENT_PATH;
  if (!p || !existsSync(p)) return {};
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as Record<string, any>;
  } catch (e) {
    throw new InputError(`event payload ${p} is not JSON: ${(e as Error).message}`);
  }
}

/** Mode check (and plan): lint, nginx -t, and on a pull request the plan and the sticky comment. */
async function runCheck(modeName: Mode): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = core.getInput('config-path') || 'nginx';
  const config = core.getInput('config') || undefined;
  const prefix = core.getInput('prefix') || '/etc/nginx';
  const mode = (core.getInput('nginx-test') || 'auto').trim();
  if (!(NGINX_TEST_MODES as readonly string[]).includes(mode)) throw new InputError(`input "nginx-test" must be one of ${NGINX_TEST_MODES.join(', ')}, got "${mode}"`);
  const wantComment = booleanInput('comment', true);
  const event = readEvent();
  const pr = event.pull_request as Record<string, any> | undefined;
  const base = core.getInput('base').trim() || (pr?.base?.sha as string | undefined);
  if (modeName === 'plan' && !base) throw new InputError('mode "plan" needs a base: run it on a pull request or set input "base" to a commit');
  const r = await checkWithNginxTest(
    { path: join(workspace, path), config, prefix, root: workspace },
    {
      mode: mode as NginxTestMode,
      image: core.getInput('nginx-image') || DEFAULT_NGINX_IMAGE,
      container: core.getInput('nginx-container') || undefined,
      bin: core.getInput('nginx-bin') || undefined,
      warningsAsErrors: booleanInput('nginx-test-warnings-as-errors', false),
    },
  );
  const t = r.nginxTest!;
  const notAnnotated = annotate(r.findings);
  annotateNotices(t.notices, r.findings);
  core.info(verdictLine(t));
  if (t.status === 'skipped' && mode !== 'off') core.warning(verdictLine(t));
  core.summary.addRaw(findingsMarkdown(r.findings, r.files, notAnnotated.length)).addRaw(reportMarkdown(t));
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('findings', r.findings.length);
  core.setOutput('errors', errors);
  core.setOutput('nginx-test', t.status);
  if (base) await planAndComment({ workspace, path, config: config ?? 'nginx.conf', prefix, base, pr, wantComment, nginxTest: t });
  await core.summary.write();
  if (errors > 0) core.setFailed(`nginx-gitops check: ${errors} error${errors === 1 ? '' : 's'} in ${path}`);
}

interface PlanContext {
  workspace: string;
  path: string;
  config: string;
  prefix: string;
  base: string;
  pr: Record<string, any> | undefined;
  wantComment: boolean;
  nginxTest: NginxTestReport;
}

/**
 * The plan from the PR's base commit to the checked-out head, into the job summary (whole) and
 * the sticky comment (fit to GitHub's limit). Comments only where the token may write; the
 * rendered comment is also written to files (output `comment-dir`) for the fork flow.
 */
async function planAndComment(c: PlanContext): Promise<void> {
  fetchRevision(c.base, c.workspace);
  const p = plan({ base: c.base, head: core.getInput('head').trim() || 'HEAD', config: join(c.path, c.config), prefix: c.prefix, cwd: c.workspace });
  const destructive = p.changes.some((x) => x.destructive);
  core.setOutput('has-changes', String(p.changes.length > 0));
  core.setOutput('has-destructive-changes', String(destructive));
  core.info(`plan: ${p.summary.add} to add, ${p.summary.change} to change, ${p.summary.destroy} to destroy`);
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = process.env;
  const blobUrl = server && repo && p.head.sha ? `${server}/${repo}/blob/${p.head.sha}` : undefined;
  const extra = reportMarkdown(c.nginxTest);
  core.summary.addRaw('\n' + planMarkdown(p, { blobUrl, extra }));
  if (!c.pr || !c.wantComment) return;
  const workflow = process.env.GITHUB_WORKFLOW || 'nginx-gitops';
  const marker = stickyMarker(workflow, c.path);
  const url = runUrl();
  const body = planMarkdown(p, { blobUrl, extra, maxLength: COMMENT_LIMIT - marker.length - 1, fullPlanAt: url ? `the job summary of [this run](${url})` : 'the job summary of this run' });
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'nginx-gitops-comment');
  writeCommentFiles(dir, { pr: Number(c.pr.number), headSha: String(c.pr.head?.sha ?? ''), workflow, configPath: c.path }, body);
  core.setOutput('comment-dir', dir);
  const fork = c.pr.head?.repo?.full_name && c.pr.base?.repo?.full_name && c.pr.head.repo.full_name !== c.pr.base.repo.full_name;
  const token = core.getInput('github-token');
  if (!token) {
    core.warning('no github-token: the plan is in the job summary only');
    return;
  }
  const { owner, repo: name } = splitRepo(c.pr.base?.repo?.full_name ?? repo ?? '');
  const res = await upsertStickyComment(gitHub(token), { owner, repo: name, issueNumber: Number(c.pr.number), marker, author: core.getInput('comment-author') || undefined }, body);
  if (res.action === 'skipped') {
    const msg = `plan comment not posted: ${res.reason}. The rendered comment is in ${dir} (output comment-dir) for upload as an artifact.`;
    if (fork) core.notice(msg);
    else core.warning(msg);
    return;
  }
  core.info(`plan comment ${res.action}: ${res.url}`);
  core.setOutput('comment-url', res.url ?? '');
}

/**
 * Mode comment, from a workflow_run workflow: posts the comment a pull request run rendered
 * (downloaded artifact in `comment-dir`). The files are untrusted; the PR number they name must
 * be a pull request whose head is the commit the triggering run ran on.
 */
async function runComment(): Promise<void> {
  const event = readEvent();
  const wr = event.workflow_run as Record<string, any> | undefined;
  if (!wr) throw new InputError('mode "comment" runs on a workflow_run event (the event payload has no workflow_run)');
  const dir = core.getInput('comment-dir').trim();
  if (!dir) throw new InputError('mode "comment" needs input "comment-dir": the directory the pull request run\'s comment artifact was downloaded into');
  const { meta, body } = readCommentFiles(dir);
  if (meta.headSha !== wr.head_sha) throw new InputError(`comment artifact is for commit ${meta.headSha}, but the workflow run ran on ${wr.head_sha}: not posted`);
  const token = core.getInput('github-token');
  if (!token) throw new InputError('mode "comment" needs input "github-token" with pull-requests: write');
  const { owner, repo } = splitRepo(event.repository?.full_name ?? process.env.GITHUB_REPOSITORY ?? '');
  const gh = gitHub(token);
  const pull = (await gh.rest.pulls.get({ owner, repo, pull_number: meta.pr })).data;
  if (pull.head.sha !== wr.head_sha) throw new InputError(`pull request #${meta.pr} has head ${pull.head.sha}, not ${wr.head_sha} which the workflow run ran on: not posted`);
  const marker = stickyMarker(meta.workflow, meta.configPath);
  const res = await upsertStickyComment(gh, { owner, repo, issueNumber: meta.pr, marker, author: core.getInput('comment-author') || undefined }, body);
  if (res.action === 'skipped') throw new InputError(`plan comment not posted: ${res.reason}`);
  core.info(`plan comment ${res.action}: ${res.url}`);
  core.setOutput('comment-url', res.url ?? '');
}

/** Masks every secret input's value (each line) in the log. */
function maskSecrets(names: Record<string, { secret?: boolean }>): void {
  for (const [name, spec] of Object.entries(names)) {
    if (!spec.secret) continue;
    for (const line of core.getInput(name).split(/\r?\n/)) if (line.trim().length > 8 && !line.startsWith('-----')) core.setSecret(line.trim());
  }
}

/**
 * Modes deploy and rollback: the release in `config-dir` (deploy), or the rollback target (src/deploy/rollback.ts),
 * to every host; recorded as a GitHub Deployment (task deploy:nginx or rollback:nginx, the
 * rollback's reason and target in its description and payload) with statuses, a comment on the
 * merged pull request or the commit (deploy), the job summary, and outputs. A rollback to
 * `previous` first checks that GitHub's deployments agree with the hosts, and stops if not. GitHub
 * API failures are otherwise warnings: they never change what the fleet runs.
 */
async function runFleet(mode: 'deploy' | 'rollback'): Promise<void> {
  // loaded here, not at start-up: the SSH stack is most of the bundle and only these modes need it
  const { deploy, deployOptions, rollbackOptions, DEPLOY_INPUTS, reportText: deployText, verdict } = await import('./deploy/index.js');
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  maskSecrets(DEPLOY_INPUTS);
  const log = (host: string | undefined, m: string) => core.info(`${host ? `[${host}] ` : ''}${m}`);
  const token = core.getInput('github-token');
  const environment = core.getInput('environment') || 'production';
  const { owner, repo } = process.env.GITHUB_REPOSITORY ? splitRepo(process.env.GITHUB_REPOSITORY) : { owner: '', repo: '' };
  const gh = token && owner ? gitHub(token) : undefined;
  const warn = (what: string) => (e: unknown) => core.warning(`${what}: ${(e as Error).message}`);
  let deploymentId: number | undefined;
  const open = async (sha: string, task: string, description: string, payload: Record<string, unknown>, logUrl: string) => {
    if (!gh || !sha) return;
    deploymentId = await createDeployment(gh, { owner, repo, sha, task, environment, description, payload }).catch((e) => {
      warn('GitHub deployment not created')(e);
      return undefined;
    });
    if (deploymentId) await setDeploymentStatus(gh, { owner, repo, id: deploymentId, state: 'in_progress', description: mode === 'rollback' ? 'rolling back' : 'rolling out', logUrl: logUrl || undefined, environment }).catch(warn('deployment status'));
  };
  let o: DeployOptions;
  if (mode === 'rollback') {
    o = rollbackOptions((n) => core.getInput(n), workspace, {
      log,
      onResolved: async (rel, hosts) => {
        if (o.target === 'previous' && gh) {
          const history = await deploymentHistory(gh, { owner, repo, environment, tasks: ['deploy:nginx', 'rollback:nginx'] }).catch((e) => {
            warn('GitHub deployments not read')(e);
            return [];
          });
          const why = checkAgreement(history, hosts.map((h) => h.info.manifest?.sha ?? ''), rel.sha);
          if (why === 'none') core.warning(`GitHub has no successful deployment in environment "${environment}": "previous" comes from the hosts' release manifests alone`);
          else if (why) throw new InputError(`target "previous": GitHub's deployments and the hosts' release manifests disagree - ${why}. Nothing was changed; name the target (a release id or a commit sha)`);
        }
        if (o.dryRun) return;
        const from = [...new Set(hosts.map((h) => h.info.current ?? '(none)'))].join(', ');
        await open(rel.sha, 'rollback:nginx', `rollback to ${rel.release}: ${o.reason}`, { target: o.target, release: rel.release, reason: o.reason, from, hosts: hosts.map((h) => h.name) }, o.runUrl);
      },
    });
  } else {
    o = deployOptions((n) => core.getInput(n), workspace, { log });
    await open(o.sha, 'deploy:nginx', `nginx release ${o.release} to ${o.hosts.length} host${o.hosts.length === 1 ? '' : 's'}`, { release: o.release, hosts: o.hosts.map((h) => h.name), waves: o.waves.length }, o.runUrl);
  }
  const r = await deploy(o);
  for (const h of r.hosts) {
    core.startGroup(`${h.name} (${h.address}): ${h.status}`);
    for (const p of h.phases) core.info(`${p.phase}: ${p.status} (${p.ms} ms)${p.detail ? ` - ${p.detail}` : ''}`);
    core.endGroup();
  }
  core.info(deployText(r));
  const md = deployMarkdown(r);
  const ok = r.status === 'deployed' || r.status === 'unchanged';
  if (gh && deploymentId) await setDeploymentStatus(gh, { owner, repo, id: deploymentId, state: ok ? 'success' : 'failure', description: `${r.status}: ${r.hosts.filter((h) => h.status === 'failed').map((h) => h.name).join(', ') || 'all hosts'}`, logUrl: o.runUrl || undefined, environment }).catch(warn('deployment status'));
  if (gh && mode === 'deploy' && o.sha) await commentOutcome(gh, { owner, repo, sha: o.sha, body: md + (o.runUrl ? `\n[Run log](${o.runUrl})\n` : '') }).then((url) => core.info(`outcome comment: ${url}`), warn('outcome comment not posted'));
  await core.summary.addRaw(md).write();
  const failed = r.hosts.filter((h) => h.status === 'failed' || h.status === 'rolled-back').map((h) => h.name);
  core.setOutput('deployed-sha', ok && !r.dryRun ? r.sha : '');
  core.setOutput('previous-sha', r.previousSha ?? '');
  core.setOutput('rolled-back', String(r.status === 'rolled-back' || r.hosts.some((h) => h.status === 'rolled-back')));
  core.setOutput('failed-hosts', r.hosts.filter((h) => h.status === 'failed').map((h) => h.name).join(','));
  core.setOutput('status', r.status);
  if (ok) return;
  if (mode === 'rollback') {
    core.error(verdict(r), { title: 'nginx-gitops: ROLLBACK FAILED' });
    core.setFailed(verdict(r));
  } else core.setFailed(`nginx-gitops deploy ${r.release}: ${r.status === 'rolled-back' ? 'failed and rolled back' : 'failed'}${failed.length ? ` (${failed.join(', ')})` : r.error ? `: ${r.error}` : ''}`);
}

/** Mode status: live release, kept releases and drift per host, into the job summary; fails on drift or an unreadable host. */
async function runStatus(): Promise<void> {
  const { fleetOptions, fleetStatus, hasDrift, statusText, DEPLOY_INPUTS } = await import('./deploy/index.js');
  maskSecrets(DEPLOY_INPUTS);
  const r = await fleetStatus(fleetOptions((n) => core.getInput(n)));
  core.info(statusText(r));
  await core.summary.addRaw(statusMarkdown(r)).write();
  const drifted = r.hosts.filter((h) => hasDrift(h.drift)).map((h) => h.name);
  core.setOutput('status', r.status);
  core.setOutput('drifted-hosts', drifted.join(','));
  for (const h of r.hosts) if (h.error) core.error(`${h.name}: ${h.error}`);
  if (r.status === 'drift') core.setFailed(`nginx-gitops status: drift on ${drifted.join(', ')}: live files differ from the release (see the job summary)`);
  else if (r.status === 'failed') core.setFailed(`nginx-gitops status: ${r.hosts.filter((h) => h.error).map((h) => h.name).join(', ')} could not be read`);
}
