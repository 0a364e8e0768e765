/**
 * The sticky PR comment: one per workflow and config path, found by a hidden marker and the bot's
 * own author, edited in place, written only when its body changed.
 * GitHub: "Create an issue comment" / "Update an issue comment" / "List issue comments"
 * (REST issues/comments); the 65,536-character body limit is GitHub's.
 */
import { type GitHub } from './octokit.js';
/** GitHub refuses issue comment bodies longer than this (characters). */
export declare const COMMENT_LIMIT = 65536;
/** The login comments made with the workflow's GITHUB_TOKEN carry. */
export declare const ACTIONS_BOT = "github-actions[bot]";
/**
 * The hidden marker of the comment for one workflow and config path:
 * `<!-- nginx-gitops:plan workflow=<w> config=<c> -->`, both URI-encoded so neither can end the
 * HTML comment early.
 */
export declare function stickyMarker(workflow: string, configPath: string): string;
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
export declare function stickyBody(marker: string, body: string): string;
/**
 * Creates or updates the sticky comment. Only a comment whose body holds `marker` AND whose
 * author is the bot is edited; another user's comment that quotes the marker is left alone.
 * A 403 (the read-only token of a fork PR) is not a failure: the result is `skipped` with the reason.
 * @param body Markdown without the marker; should already fit COMMENT_LIMIT minus the marker line
 * @throws the Octokit RequestError for any other failure
 */
export declare function upsertStickyComment(gh: GitHub, t: StickyTarget, body: string): Promise<StickyResult>;
