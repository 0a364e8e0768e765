/**
 * The lint engine: runs every rule over the include-resolved tree, applies suppressions and the
 * repository's `.nginx-gitops.yml`.
 */
import { type ParseResult } from '../parser/parser.js';
import { type Finding, type Severity } from './findings.js';
import type { LintConfig } from './config.js';
import type { ParserRule } from '../parser/types.js';
import type { Rule } from './rule.js';
/** Rule ids of the parser's own findings. */
export declare const PARSER_RULES: readonly ParserRule[];
/** Metadata of the built-in findings that are not rule modules (for SARIF and docs). */
export declare const BUILTIN_RULES: {
    id: string;
    severity: Severity;
    description: string;
    scope?: 'main';
}[];
/** Rule ids of `nginx -t`'s findings (src/nginx-test/results.ts). */
export declare const NGINX_TEST_RULES: readonly ["nginx-test", "nginx-test-warning"];
/** Every rule id a finding can carry. */
export declare const ALL_RULE_IDS: ReadonlySet<string>;
export interface LintOptions {
    /** The parse is of a main config (whole-configuration rules run). */
    isMain: boolean;
    /** Maps the parser's file names to finding paths. */
    rel: (f: string) => string;
    config?: LintConfig;
    /** Rules to run (default: all). */
    rules?: readonly Rule[];
    /** Rules whose findings could not arise this time (see applySuppressions). */
    notRun?: ReadonlySet<string>;
}
/**
 * Lints one parsed configuration.
 * @param parserFindings the parse's own findings, which suppressions and severities apply to too
 * @returns findings after suppressions and configured severities (rules set `off` dropped)
 */
export declare function lint(result: ParseResult, parserFindings: Finding[], opts: LintOptions): Finding[];
