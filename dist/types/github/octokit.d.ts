/**
 * The one place an Octokit is made. Nothing outside `src/github/` imports Octokit.
 */
import { Octokit } from '@octokit/rest';
export type GitHub = InstanceType<typeof Octokit>;
/**
 * An Octokit for the REST API at `baseUrl` (default: `GITHUB_API_URL`, which the runner sets, else
 * https://api.github.com). Its log stays quiet: request bodies and tokens never reach the job log.
 */
export declare function gitHub(token: string, baseUrl?: string): GitHub;
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export declare function httpStatus(e: unknown): number | undefined;
/** `owner/repo` split. @throws Error on anything else */
export declare function splitRepo(fullName: string): {
    owner: string;
    repo: string;
};
