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
export declare function deploymentHistory(gh: GitHub, o: {
    owner: string;
    repo: string;
    environment: string;
    tasks: string[];
    limit?: number;
}): Promise<DeploymentRecord[]>;
/**
 * Whether GitHub's record agrees with the hosts on a rollback to `previous`: the newest successful
 * deployment must be what the hosts run, and the target must have succeeded before.
 * @returns undefined when they agree, else what disagrees; `none` when GitHub has no record
 */
export declare function checkAgreement(history: DeploymentRecord[], liveShas: string[], targetSha: string): string | undefined | 'none';
