/**
 * Findings: what `check` reports, from the parser, the lint rules and `nginx -t`.
 */
import type { ConfigError, ParserRule, Payload } from '../parser/types.js';

export type { Finding, Severity } from '../finding.js';
import type { Finding, Severity } from '../finding.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Default severity of each of the parser's findings: what nginx refuses is an error; an include
 * left unread (include-outside) is a gap in what was checked, not an error in the config.
 */
export const PARSER_SEVERITY: Readonly<Record<ParserRule, Severity>> = {
  syntax: 'error',
  'unknown-directive': 'error',
  'directive-not-allowed': 'error',
  'invalid-args': 'error',
  'include-outside': 'warning',
};

/** Findings in file, line, column order; errors first on the same spot. */
export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(
    (a, b) => byCodePoint(a.file, b.file) || a.line - b.line || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byCodePoint(a.rule, b.rule),
  );
}

/** Order of strings by UTF-16 code unit: the same on every machine and locale (and no ICU call per comparison). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parser's errors as findings (severity error), file paths passed through `rel`. */
export function parserFindings(p: Payload, rel: (f: string) => string): Finding[] {
  const out: Finding[] = [];
  for (const c of p.config) {
    for (const e of c.errors as ConfigError[]) {
      const rule = e.rule ?? 'syntax';
      out.push({
        rule,
        severity: PARSER_SEVERITY[rule],
        file: rel(c.file),
        line: e.line ?? 1,
        col: e.col ?? 1,
        endLine: e.line ?? 1,
        endCol: e.col ?? 1,
        message: e.message ?? e.error,
        docs: `docs/rules/${rule}.md`,
      });
    }
  }
  return out;
}

/** Counts by severity. */
export function countBySeverity(fs: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity]++;
  return c;
}
