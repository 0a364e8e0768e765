/**
 * Renders findings for people and tools: `text` (file:line:col), `json`, and `github` (workflow
 * commands, which the runner turns into annotations).
 */
import type { Finding } from './findings.js';
/** `file:line:col: severity: message [rule]`, one per line, then a count line. */
export declare function formatText(findings: Finding[], files: number): string;
/** `::error file=F,line=L,col=C,title=RULE::MESSAGE` lines, for any CI that reads GitHub's commands. */
export declare function formatGithub(findings: Finding[]): string;
