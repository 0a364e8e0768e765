import type { ConfigFs } from '../parser/types.js';
export interface TreeSource {
    /** What the user gave (`main`, `HEAD~1`, `./old`). */
    spec: string;
    /** The commit, for a git revision. */
    sha?: string;
    /** Absolute directory the tree stands at (for a revision, a path that exists only in `fs`). */
    root: string;
    fs: ConfigFs;
}
/**
 * Opens `spec`: an existing directory as is, else a git revision of the repository around `cwd`.
 * @throws InputError when `spec` is neither; for a revision missing from a shallow clone the message
 *   says to fetch it or set `fetch-depth: 0` on actions/checkout
 */
export declare function openTree(spec: string, cwd?: string): TreeSource;
/**
 * Makes sure commit `sha` is in the repository around `cwd`: when it is missing (actions/checkout
 * fetches one commit by default), fetches it from `origin` (one commit deep in a shallow clone).
 * @throws InputError naming the commit, git's own message and the fix (`fetch-depth: 0`)
 */
export declare function fetchRevision(sha: string, cwd: string, what?: string): void;
/**
 * A ConfigFs over the tree of commit `sha`: `git ls-tree -r` for the names, one
 * `git cat-file --batch` for every blob. Symbolic links are followed inside the tree.
 */
export declare function gitFs(repo: string, sha: string): ConfigFs;
