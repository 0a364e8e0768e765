import type { Finding } from './findings.js';
import type { Tree } from './model.js';
export interface Suppression {
    rules: string[];
    reason: string;
    file: string;
    /** Where the pragma stands. */
    line: number;
    col: number;
    /** Lines covered (inclusive). */
    from: number;
    to: number;
    used: boolean;
}
/** Rule ids of findings about suppressions themselves. */
export declare const SUPPRESSION_RULES: readonly ["invalid-suppression", "unused-suppression"];
/**
 * Collects the ignores of every file of the model and the findings about malformed ones.
 * @param knownRules every rule id findings can carry
 */
export declare function collectSuppressions(tree: Tree, knownRules: ReadonlySet<string>, rel: (f: string) => string): {
    list: Suppression[];
    findings: Finding[];
};
/**
 * Drops the findings a suppression covers (same file, a covered line, a named rule), marking the
 * suppression used; returns what is left plus `unused-suppression` findings.
 * @param rel maps the parser's file names to findings' paths
 * @param notRun rules that did not run this time (`nginx-test` when it was off): a suppression of
 *   only those is not called unused
 */
export declare function applySuppressions(findings: Finding[], list: Suppression[], rel: (f: string) => string, notRun?: ReadonlySet<string>): Finding[];
