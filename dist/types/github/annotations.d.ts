/**
 * Annotations for findings. GitHub shows at most 10 annotations of each level per step; the rest
 * are listed in the job summary (see summary.ts), never dropped.
 */
import * as core from '@actions/core';
import type { Finding } from '../lint/findings.js';
import type { Notice } from '../nginx-test/index.js';
/** Annotations GitHub displays per level and step (docs: "Workflow commands", annotation limits). */
export declare const ANNOTATION_LIMIT = 10;
/**
 * Emits up to ANNOTATION_LIMIT annotations per level at file and line.
 * @returns the findings that were not annotated (to be listed in the job summary)
 */
export declare function annotate(findings: Finding[], emit?: typeof core): Finding[];
/**
 * Emits `nginx -t`'s notices (stand-ins, rewritten addresses) as notice annotations, within what is
 * left of the notice level's ANNOTATION_LIMIT after `findings`' info annotations; the job summary
 * lists them all.
 */
export declare function annotateNotices(notices: Notice[], findings: Finding[], emit?: typeof core): void;
