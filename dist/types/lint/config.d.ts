import type { Severity } from './findings.js';
export interface LintConfig {
    /** Severity per rule id; `off` disables the rule. */
    rules: Record<string, Severity | 'off'>;
    /** Globs (`*` within a segment, `**` across segments) of paths whose findings are dropped. */
    ignorePaths: string[];
    /** Where it was read from, for messages. */
    source?: string;
}
export declare const CONFIG_FILE = ".nginx-gitops.yml";
/**
 * Reads `.nginx-gitops.yml` from `root` (an empty config when absent).
 * @param knownRules rule ids that may be configured
 * @throws InputError on YAML syntax errors and unknown keys, rules or severities
 */
export declare function loadLintConfig(root: string, knownRules: ReadonlySet<string>): LintConfig;
/** True when `path` matches one of the globs (`**` any depth, `*` within a segment, `?` one char). */
export declare function pathIgnored(path: string, globs: string[]): boolean;
