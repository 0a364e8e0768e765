/**
 * Renders findings for people and tools: `text` (file:line:col), `json`, and `github` (workflow
 * commands, which the runner turns into annotations).
 */
import type { Finding } from './findings.js';
import { countBySeverity } from './findings.js';
import { escapeData, escapeProperty } from '../workflow-command.js';

/** `file:line:col: severity: message [rule]`, one per line, then a count line. */
export function formatText(findings: Finding[], files: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.col}: ${f.severity}: ${f.message} [${f.rule}]`);
  const c = countBySeverity(findings);
  lines.push(`${files} file${files === 1 ? '' : 's'} checked: ${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info`);
  return lines.join('\n') + '\n';
}

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** `::error file=F,line=L,col=C,title=RULE::MESSAGE` lines, for any CI that reads GitHub's commands. */
export function formatGithub(findings: Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.col}`];
      if (f.endLine) props.push(`endLine=${f.endLine}`);
      if (f.endCol && (!f.endLine || f.endLine === f.line)) props.push(`endColumn=${f.endCol}`);
      props.push(`title=${escapeProperty(`nginx-gitops ${f.rule}`)}`);
      return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
    })
    .join('\n') + (findings.length ? '\n' : '');
}
