export declare const COMMENT_FILE = "comment.md";
export declare const META_FILE = "comment.json";
export interface CommentMeta {
    /** Pull request number. */
    pr: number;
    /** The PR head commit the plan was made for. */
    headSha: string;
    /** Workflow name and config path, which make the marker. */
    workflow: string;
    configPath: string;
}
/** Writes `comment.md` and `comment.json` into `dir` (created). */
export declare function writeCommentFiles(dir: string, meta: CommentMeta, body: string): void;
/**
 * Reads and validates the files (untrusted). The body loses every HTML comment (no hidden text,
 * no forged marker) and is cut to the comment limit at a line.
 * @throws InputError naming the file and what is wrong with it
 */
export declare function readCommentFiles(dir: string): {
    meta: CommentMeta;
    body: string;
};
