/**
 * Suppressions: `# nginx-gitops: ignore <rule-id> -- <reason>` on the line before a directive or at
 * the end of its line; on a block directive it covers the whole block. A reason is required; an
 * ignore that names an unknown rule, or suppresses nothing, is itself reported.
 */
import type { Pragma } from '../parser/lexer.js';
import type { Finding } from './findings.js';
import type { Directive } from '../parser/types.js';
import type { Tree } from './model.js';

export interface Suppression {
  rules: string[];
  reason: string;
  file: string;
  /** Where the pragma stands. */
  line: number;
  col: number;
  /** Lines covered (inclusive). */
  from: number;
  to: number;
  used: boolean;
}

/** Rule ids of findings about suppressions themselves. */
export const SUPPRESSION_RULES = ['invalid-suppression', 'unused-suppression'] as const;

const IGNORE = /^ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:--\s*(.*))?$/;

/**
 * Collects the ignores of every file of the model and the findings about malformed ones.
 * @param knownRules every rule id findings can carry
 */
export function collectSuppressions(tree: Tree, knownRules: ReadonlySet<string>, rel: (f: string) => string): { list: Suppression[]; findings: Finding[] } {
  const list: Suppression[] = [];
  const findings: Finding[] = [];
  if (!tree.pragmas.some((f) => f.pragmas.some((p) => p.text.startsWith('ignore')))) return { list, findings };
  // every directive written in each file (blocks' contents too; includes and comments left out)
  const byFile = new Map<string, Directive[]>();
  const collect = (ds: Directive[], out: Directive[]): Directive[] => {
    for (const d of ds) {
      if (d.directive === '#' || d.includes) continue;
      out.push(d);
      if (d.block) collect(d.block, out);
    }
    return out;
  };
  for (const c of tree.configs) byFile.set(c.file, collect(c.parsed, []));
  // per file: the first directive (in document order) ending on each line, built when asked
  const ends = new Map<string, Map<number, Directive>>();
  const endingOn = (file: string, nodes: Directive[]) => {
    let m = ends.get(file);
    if (!m) {
      ends.set(file, (m = new Map()));
      for (const n of nodes) if (n.endLine !== undefined && !m.has(n.endLine)) m.set(n.endLine, n);
    }
    return m;
  };
  const bad = (file: string, p: Pragma, message: string) =>
    findings.push({ rule: 'invalid-suppression', severity: 'warning', file: rel(file), line: p.line, col: p.col, message, docs: 'docs/rules/invalid-suppression.md' });
  for (const f of tree.pragmas) {
    for (const p of f.pragmas) {
      if (!p.text.startsWith('ignore')) continue;
      const m = IGNORE.exec(p.text);
      if (!m) {
        bad(f.file, p, `malformed suppression "${p.text}": write "# nginx-gitops: ignore <rule-id> -- <reason>"`);
        continue;
      }
      const rules = m[1].split(/\s*,\s*/);
      const reason = (m[2] ?? '').trim();
      const unknown = rules.filter((r) => !knownRules.has(r));
      if (unknown.length) {
        bad(f.file, p, `suppression names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => `"${r}"`).join(', ')}`);
        continue;
      }
      if (!reason) {
        bad(f.file, p, `suppression of ${rules.join(', ')} has no reason: add "-- <why>"`);
        continue;
      }
      const nodes = byFile.get(f.file) ?? [];
      // nodes are in document order, which within one file is (line, col) order: binary searches
      const onLine = nodes[firstFrom(nodes, p.line)];
      const target = p.trailing ? (onLine?.line === p.line ? onLine : endingOn(f.file, nodes).get(p.line)) : nodes[firstFrom(nodes, p.line + 1)];
      const from = target ? target.line : p.line;
      const to = target ? target.endLine ?? target.line : p.line;
      list.push({ rules, reason, file: f.file, line: p.line, col: p.col, from, to, used: false });
    }
  }
  return { list, findings };
}

/**
 * Drops the findings a suppression covers (same file, a covered line, a named rule), marking the
 * suppression used; returns what is left plus `unused-suppression` findings.
 * @param rel maps the parser's file names to findings' paths
 * @param notRun rules that did not run this time (`nginx-test` when it was off): a suppression of
 *   only those is not called unused
 */
export function applySuppressions(findings: Finding[], list: Suppression[], rel: (f: string) => string, notRun: ReadonlySet<string> = new Set()): Finding[] {
  // suppressions by finding path: each finding is matched against its own file's only
  const byFile = new Map<string, Suppression[]>();
  for (const x of list) {
    const f = rel(x.file);
    const l = byFile.get(f);
    if (l) l.push(x);
    else byFile.set(f, [x]);
  }
  const kept = list.length === 0 ? findings.slice() : findings.filter((f) => {
    const s = byFile.get(f.file)?.find((x) => f.line >= x.from && f.line <= x.to && x.rules.includes(f.rule));
    if (s) s.used = true;
    return !s;
  });
  for (const s of list) {
    if (!s.used && !s.rules.every((r) => notRun.has(r))) {
      kept.push({
        rule: 'unused-suppression',
        severity: 'warning',
        file: rel(s.file),
        line: s.line,
        col: s.col,
        message: `suppression of ${s.rules.join(', ')} suppresses nothing: remove it`,
        docs: 'docs/rules/unused-suppression.md',
      });
    }
  }
  return kept;
}

/** Index of the first of `nodes` (sorted by line) on line `line` or after; nodes.length when none. */
function firstFrom(nodes: Directive[], line: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
