/**
 * The lint engine: runs every rule over the include-resolved tree, applies suppressions and the
 * repository's `.nginx-gitops.yml`.
 */
import { argPosition, type ParseResult } from '../parser/parser.js';
import { PARSER_SEVERITY, type Finding, type Severity } from './findings.js';
import type { LintConfig } from './config.js';
import type { Directive, ParserRule } from '../parser/types.js';
import { buildTree, openBlock, type Block } from './model.js';
import type { Listener, Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { applySuppressions, collectSuppressions, SUPPRESSION_RULES } from './suppress.js';

/** Rule ids of the parser's own findings. */
export const PARSER_RULES = Object.keys(PARSER_SEVERITY) as readonly ParserRule[];

/** Metadata of the built-in findings that are not rule modules (for SARIF and docs). */
export const BUILTIN_RULES: { id: string; severity: Severity; description: string; scope?: 'main' }[] = [
  { id: 'syntax', severity: PARSER_SEVERITY['syntax'], description: 'The file is not valid nginx syntax, an include cannot be read, or a main config has no events block (nginx refuses all three).' },
  { id: 'unknown-directive', severity: PARSER_SEVERITY['unknown-directive'], description: 'A directive no module in the directive table knows.' },
  { id: 'directive-not-allowed', severity: PARSER_SEVERITY['directive-not-allowed'], description: 'A directive used in a context where nginx does not accept it.' },
  { id: 'invalid-args', severity: PARSER_SEVERITY['invalid-args'], description: 'Wrong number of arguments, or a block directive without a block (or the reverse).' },
  { id: 'include-outside', severity: PARSER_SEVERITY['include-outside'], description: 'An include (or the main config) that leads outside the repository, by its path or a symbolic link: not read, so neither the lint nor nginx -t checks it.' },
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
  const tree = buildTree(result, opts.isMain);
  // finding paths of the tree's files, by index (rules report by index) and by the parser's name
  const relFiles = tree.files.map((f) => opts.rel(f));
  const relByName = new Map(tree.files.map((f, i) => [f, relFiles[i]]));
  const relName = (f: string) => relByName.get(f) ?? opts.rel(f);
  const findings: Finding[] = [...parserFindings];
  const configured = opts.config?.rules ?? {};
  const selectors: Selector[] = [];
  const ends: (() => void)[] = [];
  for (const rule of opts.rules ?? RULES) {
    if (configured[rule.id] === 'off') continue;
    if (rule.scope === 'main' && !tree.isMain) continue;
    const severity: Severity = (configured[rule.id] as Severity | undefined) ?? rule.severity;
    const docs = `docs/rules/${rule.id}.md`;
    const { on, withVariables, end } = rule.create({
      tree,
      report(d: Directive, file: number, message: string, arg?: number) {
        const pos = arg !== undefined ? argPosition(d, arg) : undefined;
        findings.push({
          rule: rule.id,
          severity,
          file: relFiles[file],
          line: pos?.line ?? d.line,
          col: pos?.col ?? d.col ?? 1,
          endLine: pos?.endLine ?? d.endLine ?? d.line,
          endCol: pos?.endCol ?? d.endCol,
          message,
          docs,
        });
      },
    });
    if (on) for (const key of Object.keys(on)) selectors.push(selector(key, on[key], false));
    if (withVariables) for (const key of Object.keys(withVariables)) selectors.push(selector(key, withVariables[key], true));
    if (end) ends.push(end);
  }
  walk(tree.root, listenerTables(selectors));
  for (const end of ends) end();
  const { list, findings: bad } = collectSuppressions(tree, ALL_RULE_IDS, relName);
  let out = applySuppressions(findings, list, relName, opts.notRun).concat(bad);
  out = out
    .filter((f) => configured[f.rule] !== 'off')
    .map((f) => OWN_SEVERITY.has(f.rule) && configured[f.rule] ? { ...f, severity: configured[f.rule] as Severity } : f);
  return out;
}

/** A listener with the directive name and the contexts it is for (Listeners.on). */
interface Selector {
  name: string;
  /** Exact context, or a prefix when `prefix` is set; undefined: every context. */
  ctx: string | undefined;
  prefix: boolean;
  fn: Listener;
  /** Called only for a directive with a `$` in an argument (Listeners.withVariables). */
  variables: boolean;
}

/**
 * Reads a key of Listeners.on: `name`, `name@ctx` or `name@prefix*`.
 * @throws Error for an empty name or context (a rule's mistake, not the user's)
 */
function selector(key: string, fn: Listener, variables: boolean): Selector {
  const at = key.indexOf('@');
  if (at < 0) return { name: key, ctx: undefined, prefix: false, fn, variables };
  const name = key.slice(0, at);
  const prefix = key.endsWith('*');
  const ctx = key.slice(at + 1, prefix ? -1 : undefined);
  if (!name || !ctx) throw new Error(`lint: bad listener selector "${key}"`);
  return { name, ctx, prefix, fn, variables };
}

/**
 * The listeners of one directive name in one context, in rule order; `variables[k]` marks those
 * called only for a directive with a `$` in an argument (undefined when there are none).
 */
interface Listening {
  fns: Listener[];
  variables: boolean[] | undefined;
}

/**
 * The listeners of each context by directive name, in rule order, worked out on the first block of
 * that context (a configuration has a few dozen contexts and ~100k directives).
 */
function listenerTables(selectors: readonly Selector[]): (ctx: string) => Map<string, Listening> {
  const tables = new Map<string, Map<string, Listening>>();
  return (ctx) => {
    let table = tables.get(ctx);
    if (!table) {
      table = new Map();
      for (const s of selectors) {
        if (s.ctx !== undefined && (s.prefix ? !ctx.startsWith(s.ctx) : ctx !== s.ctx)) continue;
        let l = table.get(s.name);
        if (!l) table.set(s.name, (l = { fns: [], variables: undefined }));
        if (s.variables) (l.variables ??= l.fns.map(() => false))[l.fns.length] = true;
        else if (l.variables) l.variables[l.fns.length] = false;
        l.fns.push(s.fn);
      }
      tables.set(ctx, table);
    }
    return table;
  };
}

/** True when an argument of `d` holds a `$` (a variable or capture reference; unescaping adds none). */
function hasVariable(d: Directive): boolean {
  const a = d.args;
  for (let i = 0; i < a.length; i++) if (a[i].includes('$')) return true;
  return false;
}

/**
 * The one walk: every directive of the tree in document order (includes expanded), each handed to
 * the listeners of its name; a block directive's contents are walked right after it. One loop over
 * an explicit stack, not a recursive call per block: V8 optimizes a long-running loop early (on-stack
 * replacement), while a short recursive call runs unoptimized for most of a one-shot lint.
 */
function walk(root: Block, tableOf: (ctx: string) => Map<string, Listening>): void {
  const blocks: Block[] = [root];
  const tables: Map<string, Listening>[] = [tableOf(root.ctx)];
  const next: number[] = [0];
  let depth = 0;
  while (depth >= 0) {
    const b = blocks[depth];
    const i = next[depth];
    if (i >= b.kids.length) {
      depth--;
      continue;
    }
    next[depth] = i + 1;
    const d = b.kids[i];
    const self = d.block ? openBlock(b, i) : undefined;
    const l = tables[depth].get(d.directive);
    if (l) {
      const file = b.fileOf(i);
      const { fns, variables } = l;
      if (!variables) for (let k = 0; k < fns.length; k++) fns[k](d, b, file, self);
      else {
        const vars = hasVariable(d);
        for (let k = 0; k < fns.length; k++) if (vars || !variables[k]) fns[k](d, b, file, self);
      }
    }
    if (self) {
      depth++;
      blocks[depth] = self;
      tables[depth] = tableOf(self.ctx);
      next[depth] = 0;
    }
  }
}
