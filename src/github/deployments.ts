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
