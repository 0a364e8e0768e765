/**
 * The lint engine: runs every rule over the include-resolved tree, applies suppressions and the
 * repository's `.nginx-gitops.yml`.
 */
import { argPosition, type ParseResult } from '../parser/parser.js';
import type { Finding, Severity } from './findings.js';
import type { LintConfig } from './config.js';
import { buildModel, type LNode } from './model.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { applySuppressions, collectSuppressions, SUPPRESSION_RULES } from './suppress.js';

/** Rule ids of the parser's own findings. */
export const PARSER_RULES = ['syntax', 'unknown-directive', 'directive-not-allowed', 'invalid-args'] as const;

/** Metadata of the built-in findings that are not rule modules (for SARIF and docs). */
export const BUILTIN_RULES: { id: string; severity: Severity; description: string; scope?: 'main' }[] = [
  { id: 'syntax', severity: 'error', description: 'The file is not valid nginx syntax, or an include cannot be read.' },
  { id: 'unknown-directive', severity: 'error', description: 'A directive no module in the directive table knows.' },
  { id: 'directive-not-allowed', severity: 'error', description: 'A directive used in a context where nginx does not accept it.' },
  { id: 'invalid-args', severity: 'error', description: 'Wrong number of arguments, or a block directive without a block (or the reverse).' },
  { id: 'invalid-suppression', severity: 'warning', description: 'A suppression that names an unknown rule, gives no reason, or is malformed.' },
  { id: 'unused-suppression', severity: 'warning', description: 'A suppression that suppresses nothing.' },
  { id: 'nginx-test', severity: 'error', description: 'nginx itself rejects the config: an [emerg], [alert] or [crit] line of `nginx -t` run in the sandbox, or a failed run.', scope: 'main' },
  { id: 'nginx-test-warning', severity: 'warning', description: 'A [warn] line of `nginx -t` run in the sandbox (an error with nginx-test-warnings-as-errors).', scope: 'main' },
];

/** Rule ids of `nginx -t`'s findings (src/nginx-test/results.ts). */
export const NGINX_TEST_RULES = ['nginx-test', 'nginx-test-warning'] as const;

/** Every rule id a finding can carry. */
export const ALL_RULE_IDS: ReadonlySet<string> = new Set([...PARSER_RULES, ...SUPPRESSION_RULES, ...NGINX_TEST_RULES, ...RULES.map((r) => r.id)]);

/** Findings not made by a rule module, whose configured severity lint() applies. */
const OWN_SEVERITY: ReadonlySet<string> = new Set([...PARSER_RULES, ...SUPPRESSION_RULES, ...NGINX_TEST_RULES]);

export interface LintOptions {
  /** The parse is of a main config (whole-configuration rules run). */
  isMain: boolean;
  /** Maps the parser's file names to finding paths. */
  rel: (f: string) => string;
  config?: LintConfig;
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  /** Rules whose findings could not arise this time (see applySuppressions). */
  notRun?: ReadonlySet<string>;
}

/**
 * Lints one parsed configuration.
 * @param parserFindings the parse's own findings, which suppressions and severities apply to too
 * @returns findings after suppressions and configured severities (rules set `off` dropped)
 */
export function lint(result: ParseResult, parserFindings: Finding[], opts: LintOptions): Finding[] {
  // parserFindings may also hold nginx -t's findings: suppressions and severities apply to them alike.
  const model = buildModel(result, opts.isMain);
  const relCache = new Map<string, string>();
  const rel = (f: string) => {
    let r = relCache.get(f);
    if (r === undefined) relCache.set(f, (r = opts.rel(f)));
    return r;
  };
  const findings: Finding[] = [...parserFindings];
  const configured = opts.config?.rules ?? {};
  for (const rule of opts.rules ?? RULES) {
    if (configured[rule.id] === 'off') continue;
    if (rule.scope === 'main' && !model.isMain) continue;
    const severity: Severity = (configured[rule.id] as Severity | undefined) ?? rule.severity;
    const docs = `docs/rules/${rule.id}.md`;
    rule.check({
      model,
      report(node: LNode, message: string, arg?: number) {
        const pos = arg !== undefined ? argPosition(node.d, arg) : undefined;
        findings.push({
          rule: rule.id,
          severity,
          file: rel(node.file),
          line: pos?.line ?? node.d.line,
          col: pos?.col ?? node.d.col ?? 1,
          endLine: pos?.endLine ?? node.d.endLine ?? node.d.line,
          endCol: pos?.endCol ?? node.d.endCol,
          message,
          docs,
        });
      },
    });
  }
  const { list, findings: bad } = collectSuppressions(model, ALL_RULE_IDS, rel);
  let out = applySuppressions(findings, list, rel, opts.notRun).concat(bad);
  out = out
    .filter((f) => configured[f.rule] !== 'off')
    .map((f) => OWN_SEVERITY.has(f.rule) && configured[f.rule] ? { ...f, severity: configured[f.rule] as Severity } : f);
  return out;
}
