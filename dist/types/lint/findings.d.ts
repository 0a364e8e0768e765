/**
 * Findings: what `check` reports, from the parser, the lint rules and `nginx -t`.
 */
import type { ParserRule, Payload } from '../parser/types.js';
export type { Finding, Severity } from '../finding.js';
import type { Finding, Severity } from '../finding.js';
/**
 * Default severity of each of the parser's findings: what nginx refuses is an error; an include
 * left unread (include-outside) is a gap in what was checked, not an error in the config.
 */
export declare const PARSER_SEVERITY: Readonly<Record<ParserRule, Severity>>;
/** Findings in file, line, column order; errors first on the same spot. */
export declare function sortFindings(fs: Finding[]): Finding[];
/** The parser's errors as findings (severity error), file paths passed through `rel`. */
export declare function parserFindings(p: Payload, rel: (f: string) => string): Finding[];
/** Counts by severity. */
export declare function countBySeverity(fs: Finding[]): Record<Severity, number>;
