/**
 * The `nginx -t` report for people and tools: which nginx ran, the verdict, and what the sandbox
 * stood in for (so users know what was not tested for real).
 */
import { escapeData, escapeProperty } from '../workflow-command.js';
import type { NginxTestReport } from './index.js';

/** One line: `nginx -t: passed (local runner, nginx 1.22.1, 9 notices ...)` or why it was not run. */
export function verdictLine(r: NginxTestReport): string {
  if (r.status === 'skipped') return `nginx -t: not run (${r.reason})`;
  const parts = [`${r.runner} runner`];
  if (r.build) parts.push(`nginx ${r.build.version}`);
  if (r.notices.length) parts.push(`${r.notices.length} notice${r.notices.length === 1 ? '' : 's'} of what was not tested for real`);
  return `nginx -t: ${r.status} (${parts.join(', ')})`;
}

/** Text: `file:line:col: notice: message` per notice, then the verdict line. */
export function reportText(r: NginxTestReport): string {
  const lines = r.notices.map((n) => `${n.file ? `${n.file}:${n.line}:${n.col}: ` : ''}notice: ${n.message} [nginx-test]`);
  lines.push(verdictLine(r));
  return lines.join('\n') + '\n';
}

/** Workflow commands: `::notice file=...::message` per notice, and the verdict as a notice. */
export function reportGithub(r: NginxTestReport): string {
  const lines = r.notices.map((n) => {
    const props = n.file ? `file=${escapeProperty(n.file)},line=${n.line},col=${n.col},` : '';
    return `::notice ${props}title=${escapeProperty('nginx-gitops nginx-test')}::${escapeData(n.message)}`;
  });
  lines.push(`::notice title=${escapeProperty('nginx-gitops nginx-test')}::${escapeData(verdictLine(r))}`);
  return lines.join('\n') + '\n';
}

/** The JSON form (findings are listed with the other findings, not here). */
export function reportJson(r: NginxTestReport): object {
  return {
    runner: r.runner,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.build ? { version: r.build.version, build: r.build.text } : {}),
    ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
    notices: r.notices,
  };
}

/** Markdown for the job summary: verdict, the nginx build, the stand-ins. */
export function reportMarkdown(r: NginxTestReport): string {
  const out = [`### ${verdictLine(r)}`, ''];
  if (r.build) out.push('<details><summary>nginx -V</summary>', '', '```', r.build.text, '```', '', '</details>', '');
  if (r.notices.length) {
    out.push('Not tested for real (stand-ins in the sandbox):', '');
    for (const n of r.notices) out.push(`- ${n.file ? `\`${n.file}:${n.line}\`: ` : ''}${n.message.replace(/[<>|]/g, (c) => `&#${c.charCodeAt(0)};`)}`);
    out.push('');
  }
  return out.join('\n');
}
