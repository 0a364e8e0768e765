/**
 * `nginx-gitops plan`: what a config change does, terraform-style - added, changed and destroyed
 * objects matched by identity, with impact notes, blast radius, and the lint findings the change
 * introduces and fixes.
 */
import { posix } from 'node:path';
import { InputError } from '../errors.js';
import { loadLintConfig } from '../lint/config.js';
import { ALL_RULE_IDS, lint } from '../lint/engine.js';
import { parserFindings, type Finding } from '../lint/findings.js';
import { parseDetailed, type ParseResult } from '../parser/parser.js';
import { diffTrees, type Change } from './diff.js';
import { addImpact, groupByLine, redactChange } from './impact.js';
import { planTree, type PlanMemo } from './model.js';
import { openTree, type TreeSource } from './source.js';

export type { Change } from './diff.js';

export interface PlanOptions {
  /** A git revision of the repository around `cwd`, or a directory. */
  base: string;
  head: string;
  /** The main config relative to each tree (default `nginx.conf`). */
  config?: string;
  /** Absolute directory the load balancers hold the config at (absolute includes map into the tree). */
  prefix?: string;
  /** Where revisions and relative directories are looked up (default: the working directory). */
  cwd?: string;
  /** Compare lint findings of both sides (default true). */
  lint?: boolean;
}

export interface Plan {
  summary: { add: number; change: number; destroy: number };
  changes: Change[];
  base: { spec: string; sha?: string };
  head: { spec: string; sha?: string };
  /** Lint findings only the head has (introduced) and only the base has (fixed), lines of the side they are on. */
  lint: { introduced: Finding[]; fixed: Finding[] };
}

/**
 * Parses one side and builds its plan tree. The base keeps its files' bytes; the head reuses the
 * base's parse of every file that is byte-identical at the same place, and its plan nodes (`memo`),
 * so an unchanged file costs neither a parse nor a comparison.
 */
function side(src: TreeSource, config: string, prefix: string | undefined, memo: PlanMemo, base?: { result: ParseResult; root: string }) {
  const main = posix.join(src.root, config);
  if (!src.fs.isFile(main)) throw new InputError(`main config "${config}" not found in ${src.sha ? `revision ${src.spec}` : `directory ${src.spec}`}`);
  const reuse = base && { result: base.result, from: base.root, to: src.root };
  // confined to the source's tree (a directory; a git tree is confined by itself): see ParseOptions.confine
  const result = parseDetailed(main, { fs: src.fs, prefix, confine: src.root, strict: true, keepSource: !base, reuse });
  const rel = (f: string) => (f.startsWith(src.root + '/') ? f.slice(src.root.length + 1) : f);
  return { result, rel, tree: planTree(result, rel, memo, !!base) };
}

/** A line number in a finding's message (`line 14`, `lines 3-5`). */
const LINE_REF = /\blines? \d+(?:-\d+)?/g;

/**
 * Plans the change from `base` to `head`.
 * @throws InputError when a side is neither a directory nor a revision (the message says what to
 *   do in a shallow clone), or has no main config
 */
export function plan(o: PlanOptions): Plan {
  const cwd = o.cwd ?? process.cwd();
  const config = o.config ?? 'nginx.conf';
  const b = openTree(o.base, cwd);
  const h = openTree(o.head, cwd);
  const memo: PlanMemo = new Map();
  const base = side(b, config, o.prefix, memo);
  const head = side(h, config, o.prefix, memo, { result: base.result, root: b.root });
  let changes = diffTrees(base.tree, head.tree);
  addImpact(changes, base.tree, head.tree);
  changes = groupByLine(changes).map(redactChange);
  const summary = {
    add: changes.filter((c) => c.action === 'add').length,
    change: changes.filter((c) => c.action === 'change').length,
    destroy: changes.filter((c) => c.action === 'remove').length,
  };
  const base0 = { spec: b.spec, sha: b.sha };
  const head0 = { spec: h.spec, sha: h.sha };
  if (o.lint === false) return { summary, changes, base: base0, head: head0, lint: { introduced: [], fixed: [] } };
  const lintConfig = loadLintConfig(cwd, ALL_RULE_IDS);
  const findings = (s: typeof base) => lint(s.result, parserFindings(s.result.payload, s.rel), { isMain: true, rel: s.rel, config: lintConfig });
  const fb = findings(base);
  const fh = findings(head);
  // A finding is the same on both sides when rule, file and message agree: not its line, which moves
  // when lines are added above it, nor the lines its message names ("first at line 14").
  const key = (f: Finding) => `${f.rule}\u0000${f.file}\u0000${f.message.replace(LINE_REF, 'line')}`;
  const minus = (a: Finding[], bs: Finding[]) => {
    const pool = new Map<string, number>();
    for (const f of bs) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
    return a.filter((f) => {
      const n = pool.get(key(f)) ?? 0;
      if (n > 0) pool.set(key(f), n - 1);
      return n === 0;
    });
  };
  return { summary, changes, base: base0, head: head0, lint: { introduced: minus(fh, fb), fixed: minus(fb, fh) } };
}
