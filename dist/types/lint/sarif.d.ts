import type { Finding, Severity } from './findings.js';
import type { Rule } from './rule.js';
export interface SarifRuleInfo {
    id: string;
    severity: Severity;
    description: string;
}
/**
 * Builds the SARIF log.
 * @param findings findings with paths relative to the repository root
 * @param rules every rule that findings may name (rules without findings are listed too)
 */
export declare function toSarif(findings: Finding[], rules: readonly (Rule | SarifRuleInfo)[]): object;
