/**
 * GitHub's record of a deploy: a Deployment (REST "Create a deployment") with its own task name
 * (`deploy:nginx`, `rollback:nginx`), statuses as the rollout moves, and a comment with the outcome
 * on the merged pull request, or on the commit when no pull request merged it.
 */
import type { GitHub } from './octokit.js';
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';
/**
 * Creates the deployment for `sha`.
 * @returns its id
 * @throws the Octokit RequestError (e.g. 403 without `deployments: write`)
 */
export declare function createDeployment(gh: GitHub, o: {
    owner: string;
    repo: string;
    sha: string;
    task: string;
    environment: string;
    description: string;
    payload: Record<string, unknown>;
}): Promise<number>;
/** Adds a status to deployment `id`. */
export declare function setDeploymentStatus(gh: GitHub, o: {
    owner: string;
    repo: string;
    id: number;
    state: DeploymentState;
    description: string;
    logUrl?: string;
    environment: string;
}): Promise<void>;
/**
 * Comments `body` on the pull request that merged `sha`, else on the commit.
 * @returns the comment's URL
 */
export declare function commentOutcome(gh: GitHub, o: {
    owner: string;
    repo: string;
    sha: string;
    body: string;
}): Promise<string>;
