/**
 * Job summary text (Markdown). GitHub keeps up to 1 MiB of summary per step.
 */
import type { DeployReport } from '../deploy/rollout.js';
import { changeLine, driftText, STATUS_TEXT, type StatusReport } from '../deploy/status.js';
import type { Change } from '../plan/diff.js';
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

/** The deploy's or rollback's outcome for the job summary and the PR/commit comment: a verdict and a table of hosts; a dry run's plan per host. */
export function deployMarkdown(r: DeployReport): string {
  const ok = r.status === 'deployed' || r.status === 'unchanged';
  const out: string[] = [];
  if (r.kind === 'rollback') {
    const head = r.dryRun ? (ok ? '🔍 **dry run**: nothing was changed' : '❌ **dry run failed**') : r.status === 'rolled-back' ? '🚨 **ROLLBACK FAILED**: the target did not pass, every host it changed is back on what it had before the rollback - the fleet is NOT on the target' : ok ? '↩️ **rolled back**' : '🚨 **ROLLBACK FAILED**';
    out.push(`### nginx-gitops rollback to \`${r.release || r.target}\`: ${head}`, '');
    out.push(`- Reason: ${cell(r.reason ?? '')}`, `- Target: \`${cell(r.target ?? '')}\`${r.resolved ? ` - ${cell(r.resolved)}` : ''}`);
    if (r.previous) out.push(`- Live before: \`${r.previous}\``);
    if (r.error) out.push(`- Stopped: ${cell(r.error)}`);
    out.push('');
  } else {
    const head = ok ? `✅ **${r.status}**` : r.status === 'rolled-back' ? '↩️ **rolled back**: the fleet is back on what it had' : '❌ **failed**';
    out.push(`### nginx-gitops deploy \`${r.release}\`: ${head}`, '');
    if (r.error) out.push(`Stopped: ${cell(r.error)}`, '');
  }
  out.push('| Host | Address | Wave | Outcome | Detail |', '| --- | --- | --- | --- | --- |');
  for (const h of r.hosts) out.push(`| ${cell(h.name)} | ${cell(h.address)} | ${h.wave ?? ''} | ${r.dryRun ? (h.plan ? `${h.plan.summary.add} to add, ${h.plan.summary.change} to change, ${h.plan.summary.destroy} to destroy` : 'not planned') : STATUS_TEXT[h.status]} | ${cell(h.error ?? '')} |`);
  for (const h of r.hosts) {
    if (!h.plan?.changes.length) continue;
    out.push('', ...planDetails(`${cell(h.name)}: plan from what is live to the target`, h.plan.changes, false));
  }
  if (!r.dryRun) out.push('', `Waves: ${r.waves.map((w, i) => `${i + 1}: ${w.join(', ')}`).join('; ')}. Took ${(r.timing.totalMs / 1000).toFixed(1)} s.`);
  out.push('');
  return out.join('\n');
}

/** The status report for the job summary: per host the live release, kept releases and drift, with its plan. */
export function statusMarkdown(r: StatusReport): string {
  const head = r.status === 'clean' ? '✅ **clean**: every host holds its release' : r.status === 'drift' ? '⚠️ **drift**: live files differ from the release on some host' : '❌ **failed**: some host could not be read';
  const out = [`### nginx-gitops status: ${head}`, '', '| Host | Live release | Commit | Since | By | Kept | Drift |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const h of r.hosts) {
    const l = h.live;
    out.push(`| ${cell(h.name)} | ${l ? `\`${cell(l.release)}\`${l.kind === 'rollback' ? ' (rollback)' : ''}` : cell(h.error ?? 'none recorded')} | ${l ? `\`${l.sha.slice(0, 12)}\`` : ''} | ${l ? cell(l.time) : ''} | ${l ? cell(l.actor) : ''} | ${h.kept.length} | ${cell(driftText(h.drift) || 'none')} |`);
  }
  for (const h of r.hosts) {
    if (!h.plan?.changes.length) continue;
    out.push('', ...planDetails(`${cell(h.name)}: from the release to what is live`, h.plan.changes, true));
  }
  out.push('');
  return out.join('\n');
}

/** A host's plan changes as a folded `diff` fence under `summary` (Markdown lines). */
function planDetails(summary: string, changes: Change[], open: boolean): string[] {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', '```diff', ...changes.map(changeLine), '```', '</details>'];
}
