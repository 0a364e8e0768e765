/**
 * The sticky PR comment: one per workflow and config path, found by a hidden marker and the bot's
 * own author, edited in place, written only when its body changed.
 * GitHub: "Create an issue comment" / "Update an issue comment" / "List issue comments"
 * (REST issues/comments); the 65,536-character body limit is GitHub's.
 */
import { httpStatus, type GitHub } from './octokit.js';

/** GitHub refuses issue comment bodies longer than this (characters). */
export const COMMENT_LIMIT = 65536;

/** The login comments made with the workflow's GITHUB_TOKEN carry. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The hidden marker of the comment for one workflow and config path:
 * `<!-- nginx-gitops:plan workflow=<w> config=<c> -->`, both URI-encoded so neither can end the
 * HTML comment early.
 */
export function stickyMarker(workflow: string, configPath: string): string {
  return `<!-- nginx-gitops:plan workflow=${encodeURIComponent(workflow)} config=${encodeURIComponent(configPath)} -->`;
}

export interface StickyTarget {
  owner: string;
  repo: string;
  /** The pull request (an issue number). */
  issueNumber: number;
  marker: string;
  /** Login of the comment's author to look for; default: the token's own login, else github-actions[bot]. */
  author?: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** html_url of the comment (absent when skipped). */
  url?: string;
  /** Why nothing was written (skipped): e.g. a read-only token on a fork PR. */
  reason?: string;
}

/** The full comment body: the marker on its own first line, then `body`, cut to the limit. */
export function stickyBody(marker: string, body: string): string {
  const text = `${marker}\n${body}`;
  return text.length <= COMMENT_LIMIT ? text : text.slice(0, COMMENT_LIMIT);
}

async function whoAmI(gh: GitHub): Promise<string> {
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch {
    // An installation token (GITHUB_TOKEN) may not read /user; its comments are github-actions[bot]'s.
    return ACTIONS_BOT;
  }
}

/**
 * Creates or updates the sticky comment. Only a comment whose body holds `marker` AND whose
 * author is the bot is edited; another user's comment that quotes the marker is left alone.
 * A 403 (the read-only token of a fork PR) is not a failure: the result is `skipped` with the reason.
 * @param body Markdown without the marker; should already fit COMMENT_LIMIT minus the marker line
 * @throws the Octokit RequestError for any other failure
 */
export async function upsertStickyComment(gh: GitHub, t: StickyTarget, body: string): Promise<StickyResult> {
  const full = stickyBody(t.marker, body);
  try {
    const author = t.author ?? (await whoAmI(gh));
    const comments = await gh.paginate(gh.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 });
    const mine = comments.find((c) => c.user?.login === author && (c.body ?? '').includes(t.marker));
    if (mine) {
      if (mine.body === full) return { action: 'unchanged', url: mine.html_url };
      const r = await gh.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: mine.id, body: full });
      return { action: 'updated', url: r.data.html_url };
    }
    const r = await gh.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body: full });
    return { action: 'created', url: r.data.html_url };
  } catch (e) {
    if (httpStatus(e) === 403) {
      return { action: 'skipped', reason: `the token may not write comments on ${t.owner}/${t.repo}#${t.issueNumber} (403: ${(e as Error).message}); a pull request from a fork gets a read-only GITHUB_TOKEN: post the plan with mode "comment" from a workflow_run workflow` };
    }
    throw e;
  }
}
