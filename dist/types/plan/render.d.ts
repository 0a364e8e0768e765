/**
 * The plan for people (Markdown, read like a terraform plan) and for tools (JSON).
 */
import type { Plan } from './index.js';
/** The JSON form: `{"summary":{...},"changes":[...]}` plus the lint comparison. */
export declare function planJson(p: Plan): string;
export interface MarkdownOptions {
    /** Base URL of files at the head, e.g. `https://github.com/o/r/blob/<sha>`; without it, `file:line`. */
    blobUrl?: string;
    /** Extra sections (the `nginx -t` verdict). */
    extra?: string;
    /**
     * Longest result in characters (UTF-16 code units, as GitHub counts a comment body: at most
     * 65,536). Over it, the summary, the banner, the lint findings and `extra` are kept, whole
     * change groups are left out, and a line says where the full plan is (`fullPlanAt`).
     */
    maxLength?: number;
    /** Where the full plan can be read when detail is cut, e.g. "the job summary of [run 42](url)". */
    fullPlanAt?: string;
}
/**
 * Markdown: the counts, a banner for destructive changes, the changes grouped by server and
 * upstream in `diff` fences (`+` add, `-` destroy, `~` change), each source linked, then lint
 * findings introduced and fixed, then `extra`. Details fold into `<details>`.
 */
export declare function planMarkdown(p: Plan, o?: MarkdownOptions): string;
