/**
 * Findings: what `check` reports, from the parser, the lint rules and `nginx -t`.
 */
import type { Payload } from '../parser/types.js';
export type Severity = 'error' | 'warning' | 'info';
export interface Finding {
    /** Rule id: `syntax`, `unknown-directive`, `directive-not-allowed`, `invalid-args`, or a lint rule's id. */
    rule: string;
    severity: Severity;
    /** Path of the file, relative to the working directory when under it. */
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based, in UTF-16 code units. */
    col: number;
    endLine?: number;
    endCol?: number;
    message: string;
    /** Path of the rule's documentation page, e.g. `docs/rules/syntax.md`. */
    docs?: string;
}
/** Findings in file, line, column order; errors first on the same spot. */
export declare function sortFindings(fs: Finding[]): Finding[];
/** The parser's errors as findings (severity error), file paths passed through `rel`. */
export declare function parserFindings(p: Payload, rel: (f: string) => string): Finding[];
/** Counts by severity. */
export declare function countBySeverity(fs: Finding[]): Record<Severity, number>;
