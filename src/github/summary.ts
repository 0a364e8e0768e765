/**
 * Job summary text (Markdown). GitHub keeps up to 1 MiB of summary per step.
 */
import type { DeployReport } from '../deploy/rollout.js';
import { STATUS_TEXT } from '../deploy/status.js';
import { countBySeverity, type Finding } from '../lint/findings.js';

/** Escapes text for a Markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

const ICON = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

/**
 * The findings section: counts, then a table of every finding (file:line:col, severity, rule,
 * message), noting how many were not shown as annotations.
 */
export function findingsMarkdown(findings: Finding[], files: number, notAnnotated = 0): string {
  const c = countBySeverity(findings);
  const lines = [`### nginx-gitops check`, ``, `${files} file${files === 1 ? '' : 's'} checked: **${c.error} error${c.error === 1 ? '' : 's'}**, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info.`, ``];
  if (findings.length === 0) {
    lines.push('No findings.');
    return lines.join('\n') + '\n';
  }
  if (notAnnotated > 0) lines.push(`${notAnnotated} finding${notAnnotated === 1 ? ' is' : 's are'} beyond GitHub's 10 annotations per level and listed here only.`, '');
  lines.push('| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |');
  for (const f of findings) lines.push(`| \`${cell(f.file)}:${f.line}:${f.col}\` | ${ICON[f.severity]} | \`${f.rule}\` | ${cell(f.message)} |`);
  return lines.join('\n') + '\n';
}

/** The deploy's outcome for the job summary and the PR/commit comment: a verdict and a table of hosts. */
export function deployMarkdown(r: DeployReport): string {
  const head = r.status === 'deployed' || r.status === 'unchanged' ? `✅ **${r.status}**` : r.status === 'rolled-back' ? '↩️ **rolled back**: the fleet is back on what it had' : '❌ **failed**';
  const out = [`### nginx-gitops deploy \`${r.release}\`: ${head}`, ''];
  out.push('| Host | Address | Wave | Outcome | Detail |', '| --- | --- | --- | --- | --- |');
  for (const h of r.hosts) out.push(`| ${cell(h.name)} | ${cell(h.address)} | ${h.wave ?? ''} | ${STATUS_TEXT[h.status]} | ${cell(h.error ?? '')} |`);
  out.push('', `Waves: ${r.waves.map((w, i) => `${i + 1}: ${w.join(', ')}`).join('; ')}. Took ${(r.timing.totalMs / 1000).toFixed(1)} s.`, '');
  return out.join('\n');
}
