/**
 * SARIF 2.1.0 output (OASIS Static Analysis Results Interchange Format), ready for
 * github/codeql-action/upload-sarif: one run, the tool's rules with their default levels, one result
 * per finding with its file region relative to the repository root (%SRCROOT%).
 */
import { VERSION } from '../version.js';
import type { Finding, Severity } from './findings.js';
import type { Rule } from './rule.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

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
export function toSarif(findings: Finding[], rules: readonly (Rule | SarifRuleInfo)[]): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nginx-gitops',
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              help: { text: `${r.description} See docs/rules/${r.id}.md.`, markdown: `${r.description} See [docs/rules/${r.id}.md](docs/rules/${r.id}.md).` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['nginx'], ...('source' in r ? { source: r.source } : {}) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: findings.map((f) => {
          const region: Record<string, number> = { startLine: f.line, startColumn: f.col };
          if (f.endLine) region.endLine = f.endLine;
          if (f.endCol && (!f.endLine || f.endLine === f.line ? f.endCol >= f.col : true)) region.endColumn = f.endCol + 1;
          const result: Record<string, unknown> = {
            ruleId: f.rule,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' }, region } }],
            partialFingerprints: { 'nginxGitops/v1': `${f.rule}:${f.file}:${f.message}` },
          };
          const i = index.get(f.rule);
          if (i !== undefined) result.ruleIndex = i;
          return result;
        }),
      },
    ],
  };
}
