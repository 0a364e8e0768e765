/**
 * Job summary text (Markdown). GitHub keeps up to 1 MiB of summary per step.
 */
import type { DeployReport } from '../deploy/rollout.js';
import { type StatusReport } from '../deploy/status.js';
import { type Finding } from '../lint/findings.js';
/** Escapes text for a Markdown table cell. */
export declare function cell(s: string): string;
/**
 * The findings section: counts, then a table of every finding (file:line:col, severity, rule,
 * message), noting how many were not shown as annotations.
 */
export declare function findingsMarkdown(findings: Finding[], files: number, notAnnotated?: number): string;
/** The deploy's or rollback's outcome for the job summary and the PR/commit comment: a verdict and a table of hosts; a dry run's plan per host. */
export declare function deployMarkdown(r: DeployReport): string;
/** The status report for the job summary: per host the live release, kept releases and drift, with its plan. */
export declare function statusMarkdown(r: StatusReport): string;
