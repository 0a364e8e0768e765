/**
 * GitHub's record of a deploy: a Deployment (REST "Create a deployment") with its own task name
 * (`deploy:nginx`, `rollback:nginx`), statuses as the rollout moves, and a comment with the outcome
 * on the merged pull request, or on the commit when no pull request merged it.
 */
import type { GitHub } from './octokit.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** GitHub truncates nothing: it refuses descriptions over 140 characters. */
const short = (s: string) => (s.length > 140 ? s.slice(0, 139) + '…' : s);

/**
 * Creates the deployment for `sha`.
 * @returns its id
 * @throws the Octokit RequestError (e.g. 403 without `deployments: write`)
 */
export async function createDeployment(gh: GitHub, o: { owner: string; repo: string; sha: string; task: string; environment: string; description: string; payload: Record<string, unknown> }): Promise<number> {
  const r = await gh.rest.repos.createDeployment({
    owner: o.owner,
    repo: o.repo,
    ref: o.sha,
    task: o.task,
    environment: o.environment,
    description: short(o.description),
    payload: o.payload as never,
    auto_merge: false,
    required_contexts: [],
    production_environment: true,
  });
  if (r.status !== 201 || !('id' in r.data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(r.data)}`);
  return r.data.id;
}

/** Adds a status to deployment `id`. */
export async function setDeploymentStatus(gh: GitHub, o: { owner: string; repo: string; id: number; state: DeploymentState; description: string; logUrl?: string; environment: string }): Promise<void> {
  await gh.rest.repos.createDeploymentStatus({
    owner: o.owner,
    repo: o.repo,
    deployment_id: o.id,
    state: o.state,
    description: short(o.description),
    environment: o.environment,
    ...(o.logUrl ? { log_url: o.logUrl } : {}),
    auto_inactive: o.state === 'success',
  });
}

/**
 * Comments `body` on the pull request that merged `sha`, else on the commit.
 * @returns the comment's URL
 */
export async function commentOutcome(gh: GitHub, o: { owner: string; repo: string; sha: string; body: string }): Promise<string> {
  const pulls = (await gh.rest.repos.listPullRequestsAssociatedWithCommit({ owner: o.owner, repo: o.repo, commit_sha: o.sha })).data;
  const pr = pulls.find((p) => p.merge_commit_sha === o.sha) ?? pulls[0];
  if (pr) return (await gh.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: pr.number, body: o.body })).data.html_url;
  return (await gh.rest.repos.createCommitComment({ owner: o.owner, repo: o.repo, commit_sha: o.sha, body: o.body })).data.html_url;
}

/** A deployment GitHub recorded for an environment, with whether any of its statuses was `success`. */
export interface DeploymentRecord {
  id: number;
  sha: string;
  task: string;
  createdAt: string;
  succeeded: boolean;
}

/**
 * The environment's most recent deployments of `tasks` (newest first, at most `limit`), each with
 * whether it ever succeeded: a later deployment's success marks it `inactive` (auto_inactive), so
 * success is any `success` among its statuses, not the latest one.
 */
export async function deploymentHistory(gh: GitHub, o: { owner: string; repo: string; environment: string; tasks: string[]; limit?: number }): Promise<DeploymentRecord[]> {
  const list = (await gh.rest.repos.listDeployments({ owner: o.owner, repo: o.repo, environment: o.environment, per_page: 100 })).data
    .filter((d) => o.tasks.includes(d.task))
    .slice(0, o.limit ?? 30);
  const out: DeploymentRecord[] = [];
  for (const d of list) {
    const statuses = (await gh.rest.repos.listDeploymentStatuses({ owner: o.owner, repo: o.repo, deployment_id: d.id, per_page: 100 })).data;
    out.push({ id: d.id, sha: d.sha, task: d.task, createdAt: d.created_at, succeeded: statuses.some((s) => s.state === 'success') });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
}

/**
 * Whether GitHub's record agrees with the hosts on a rollback to `previous`: the newest successful
 * deployment must be what the hosts run, and the target must have succeeded before.
 * @returns undefined when they agree, else what disagrees; `none` when GitHub has no record
 */
export function checkAgreement(history: DeploymentRecord[], liveShas: string[], targetSha: string): string | undefined | 'none' {
  const ok = history.filter((d) => d.succeeded);
  if (!ok.length) return 'none';
  const live = [...new Set(liveShas)];
  if (live.length !== 1 || live[0] !== ok[0].sha) return `GitHub's last successful deployment is ${ok[0].sha.slice(0, 12)} (${ok[0].task}, ${ok[0].createdAt}) but the hosts run ${live.map((s) => s.slice(0, 12) || '(unknown)').join(', ')}`;
  if (!ok.some((d) => d.sha === targetSha)) return `the hosts' previous release ${targetSha.slice(0, 12) || '(unknown commit)'} has no successful deployment among GitHub's last ${history.length}`;
  return undefined;
}
