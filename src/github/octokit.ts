/**
 * The one place an Octokit is made. Nothing outside `src/github/` imports Octokit.
 */
import { Octokit } from '@octokit/rest';

export type GitHub = InstanceType<typeof Octokit>;

/**
 * An Octokit for the REST API at `baseUrl` (default: `GITHUB_API_URL`, which the runner sets, else
 * https://api.github.com). Its log stays quiet: request bodies and tokens never reach the job log.
 */
export function gitHub(token: string, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com'): GitHub {
  return new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'nginx-gitops',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** `owner/repo` split. @throws Error on anything else */
export function splitRepo(fullName: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  if (!m) throw new Error(`"${fullName}" is not owner/repo`);
  return { owner: m[1], repo: m[2] };
}
