/**
 * Annotations for findings. GitHub shows at most 10 annotations of each level per step; the rest
 * are listed in the job summary (see summary.ts), never dropped.
 */
import * as core from '@actions/core';
import type { Finding } from '../lint/findings.js';
import type { Notice } from '../nginx-test/index.js';

/** Annotations GitHub displays per level and step (docs: "Workflow commands", annotation limits). */
export const ANNOTATION_LIMIT = 10;

/**
 * Emits up to ANNOTATION_LIMIT annotations per level at file and line.
 * @returns the findings that were not annotated (to be listed in the job summary)
 */
export function annotate(findings: Finding[], emit: typeof core = core): Finding[] {
  const used = { error: 0, warning: 0, info: 0 };
  const rest: Finding[] = [];
  for (const f of findings) {
    if (used[f.severity] >= ANNOTATION_LIMIT) {
      rest.push(f);
      continue;
    }
    used[f.severity]++;
    const props: core.AnnotationProperties = {
      title: `nginx-gitops ${f.rule}`,
      file: f.file,
      startLine: f.line,
      startColumn: f.col,
    };
    if (f.endLine && f.endLine !== f.line) props.endLine = f.endLine;
    else if (f.endCol) props.endColumn = f.endCol;
    const fn = f.severity === 'error' ? emit.error : f.severity === 'warning' ? emit.warning : emit.notice;
    fn(f.message, props);
  }
  return rest;
}

/**
 * Emits `nginx -t`'s notices (stand-ins, rewritten addresses) as notice annotations, within what is
 * left of the notice level's ANNOTATION_LIMIT after `findings`' info annotations; the job summary
 * lists them all.
 */
export function annotateNotices(notices: Notice[], findings: Finding[], emit: typeof core = core): void {
  const left = ANNOTATION_LIMIT - Math.min(ANNOTATION_LIMIT, findings.filter((f) => f.severity === 'info').length);
  for (const n of notices.slice(0, left)) {
    emit.notice(n.message, n.file ? { title: 'nginx-gitops nginx-test', file: n.file, startLine: n.line, startColumn: n.col } : { title: 'nginx-gitops nginx-test' });
  }
}
