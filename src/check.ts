/**
 * `check`: find the main config under a path, parse it with its includes, and report findings.
 * The same engine serves the CLI (`nginx-gitops check`) and the action (`mode: check`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';
import { loadLintConfig, pathIgnored, type LintConfig } from './lint/config.js';
import { ALL_RULE_IDS, lint, NGINX_TEST_RULES } from './lint/engine.js';
import { RULES } from './lint/rules/index.js';
import { sortFindings, parserFindings, type Finding } from './lint/findings.js';
import { nginxTest, type NginxTestMode, type NginxTestReport } from './nginx-test/index.js';
import { climbsOut } from './parser/includes.js';
import { parseDetailed, type ParseResult } from './parser/parser.js';

export interface CheckOptions {
  /** A main config file, or a directory holding one (default `.`). */
  path?: string;
  /** Name of the main config relative to `path` (default `nginx.conf`). */
  config?: string;
  /** Absolute directory the servers hold the config directory at (e.g. `/etc/nginx`). */
  prefix?: string;
  /** Repository root: base for the file paths in findings, and where `.nginx-gitops.yml` is read
   * (default: the working directory). */
  root?: string;
  /** Lint configuration (default: read from `root`). */
  lintConfig?: LintConfig;
  /** Run the lint rules (default true); false gives the parser's findings only. */
  lint?: boolean;
}

/** How `check` runs `nginx -t` (see src/nginx-test/). */
export interface NginxTestSettings {
  mode: NginxTestMode;
  image?: string;
  container?: string;
  bin?: string;
  warningsAsErrors?: boolean;
  /** For tests: hostname resolution and the sandbox's base directory. */
  resolveHost?: (host: string) => Promise<string | undefined>;
  tmpDir?: string;
}

export interface ParsedTree {
  /** Path of the main config, or undefined when the tree holds fragments only. */
  main?: string;
  /** One parse per main config, or one per fragment. */
  results: ParseResult[];
  /** The directory no file was read from outside of (confinement()). */
  confine: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Number of config files read. */
  files: number;
  main?: string;
  tree: ParsedTree;
  /** The `nginx -t` report, when checkWithNginxTest() ran it (or said why it did not). */
  nginxTest?: NginxTestReport;
}

/** The file names nginx-gitops treats as config files when a directory has no main config. */
const CONFIG_FILE = /\.conf$/;

/**
 * Locates the main config: `path` itself when it is a file; else `path/<config>` (default
 * `nginx.conf`), which must exist when `config` is given.
 * @returns the main config, or undefined when the directory has none (check fragments then)
 * @throws InputError when `path` or the named `config` does not exist
 */
export function findMainConfig(path: string, config?: string): string | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`config path "${path}" does not exist`);
  }
  if (st.isFile()) return path;
  const candidate = join(path, config ?? 'nginx.conf');
  if (existsSync(candidate)) return candidate;
  if (config) throw new InputError(`main config "${config}" not found under "${path}"`);
  return undefined;
}

/** Every `*.conf` file under `dir`, sorted, skipping dot-directories and node_modules. */
export function listConfigFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && CONFIG_FILE.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Parses the tree under `opts.path`: the main config with its includes (strict: unknown directives
 * are errors), or, lacking one, each `*.conf` file as a fragment (includes not followed) whose
 * context comes from its pragma or from what it holds.
 */
export function parseTree(opts: CheckOptions): ParsedTree {
  const path = opts.path ?? '.';
  const main = findMainConfig(path, opts.config);
  const confine = confinement(path, opts.root);
  const parseOpts = { strict: true, prefix: opts.prefix, confine };
  if (main) return { main, results: [parseDetailed(main, parseOpts)], confine };
  const files = listConfigFiles(path);
  if (files.length === 0) throw new InputError(`no nginx.conf and no *.conf files under "${path}"`);
  // Without a main config nginx's conf prefix is unknown, so relative includes cannot be resolved:
  // each fragment is checked on its own, in the context its pragma names or its content implies.
  return { results: files.map((f) => parseDetailed(f, { ...parseOpts, single: true })), confine };
}

/**
 * The directory no config file is read from outside of (ParseOptions.confine): the repository root
 * when the config lies under it, else the config's own directory. The config is pull-request content:
 * its includes must not pull the runner's files (`/proc/self/environ`) into findings.
 */
export function confinement(path: string, root = process.cwd()): string {
  const abs = resolve(path);
  const r = relative(resolve(root), abs);
  if (!climbsOut(r)) return resolve(root);
  return statSync(abs).isDirectory() ? abs : dirname(abs);
}

/** Makes a path relative to `root` when it lies under it. */
export function relativeTo(root: string): (f: string) => string {
  return (f) => {
    const abs = isAbsolute(f) ? f : join(process.cwd(), f);
    const r = relative(root, abs);
    return climbsOut(r) ? f : r.split(sep).join('/');
  };
}

/**
 * Runs the check: the parser's findings (`syntax`, `unknown-directive`, `directive-not-allowed`,
 * `invalid-args`) and the lint rules' for every file reached, after suppressions, the repository's
 * `.nginx-gitops.yml` (severities, disabled rules, ignored paths). A file that could not be read or
 * parsed is always a finding: the check never says "no issues" about what it could not read.
 * @throws InputError for a missing path or main config, or an invalid `.nginx-gitops.yml`
 */
export function check(opts: CheckOptions = {}): CheckResult {
  return evaluate(opts, parseTree(opts), [], new Set(NGINX_TEST_RULES)).result;
}

/**
 * Lints each parse, with `extra` findings (nginx -t's, on the main config) joining the parser's.
 * @returns the result, and whether an error of `extra` was dropped as a repeat of a parser finding
 */
function evaluate(opts: CheckOptions, tree: ParsedTree, extra: Finding[], notRun: ReadonlySet<string>, warningsAsErrors = false): { result: CheckResult; repeatedError: boolean } {
  const root = opts.root ?? process.cwd();
  const config = opts.lintConfig ?? loadLintConfig(root, ALL_RULE_IDS);
  const rel = relativeTo(root);
  const findings: Finding[] = [];
  const files = new Set<string>();
  let repeatedError = false;
  for (const [i, r] of tree.results.entries()) {
    const own = parserFindings(r.payload, rel);
    if (i === 0) {
      const kept = withoutRepeats(extra, own);
      repeatedError = extra.some((f) => f.severity === 'error' && !kept.includes(f));
      own.push(...kept);
    }
    let linted = opts.lint === false ? own : lint(r, own, { isMain: tree.main !== undefined, rel, config, notRun });
    if (i === 0 && extra.length) {
      // nginx -t's error on a line where a rule finds what nginx refuses says the same thing once more
      const kept = withoutRuleRepeats(linted, warningsAsErrors);
      repeatedError ||= linted.some((f) => f.rule === 'nginx-test' && f.severity === 'error' && !kept.includes(f));
      linted = kept;
    }
    findings.push(...linted);
    for (const c of r.payload.config) files.add(join(c.file));
  }
  const kept = config.ignorePaths.length ? findings.filter((f) => !pathIgnored(f.file, config.ignorePaths)) : findings;
  return { result: { findings: dedupeSorted(sortFindings(kept)), files: files.size, main: tree.main, tree }, repeatedError };
}

/** Rules whose findings the parser gives itself: nginx's message on the same line would repeat one. */
const PARSER_FINDING_RULES = new Set(['syntax', 'unknown-directive', 'directive-not-allowed', 'invalid-args']);

/** Rules whose findings nginx itself refuses (Rule.refusal). */
const REFUSAL_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.refusal).map((r) => r.id));
/** Rules whose findings nginx -t warns about (Rule.nginxWarns). */
const WARNED_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.nginxWarns).map((r) => r.id));

/**
 * Drops nginx -t's errors on a line where a refusal rule's error stands, and - unless its warnings
 * are errors - its warnings on a line where a rule nginx warns about reports at warning or error
 * (after suppressions and severities: a suppressed, disabled or `info` rule leaves nginx's message).
 */
function withoutRuleRepeats(fs: Finding[], warningsAsErrors: boolean): Finding[] {
  const errors = linesOf(fs.filter((f) => f.severity === 'error' && REFUSAL_RULES.has(f.rule)));
  // not with nginx-test-warnings-as-errors: nginx's warning is an error then, and stays to fail the check
  const warned = warningsAsErrors ? new Set<string>() : linesOf(fs.filter((f) => f.severity !== 'info' && WARNED_RULES.has(f.rule)));
  if (!errors.size && !warned.size) return fs;
  return fs.filter((f) => !(f.rule === 'nginx-test' && f.severity === 'error' && errors.has(lineOf(f))) && !(f.rule === 'nginx-test-warning' && warned.has(lineOf(f))));
}

/** nginx -t's findings (`extra`) but those on a line where the parser reports (PARSER_FINDING_RULES). */
function withoutRepeats(extra: Finding[], own: Finding[]): Finding[] {
  const lines = linesOf(own.filter((f) => PARSER_FINDING_RULES.has(f.rule)));
  return extra.filter((f) => !lines.has(lineOf(f)));
}

/** A finding's file and line as one key. */
const lineOf = (f: Finding) => `${f.file}:${f.line}`;
const linesOf = (fs: Finding[]): ReadonlySet<string> => new Set(fs.map(lineOf));

/**
 * check() with `nginx -t` on the main config in a sandbox (src/nginx-test/). nginx's messages join
 * the findings as `nginx-test` / `nginx-test-warning`, under the same suppressions and
 * `.nginx-gitops.yml` severities as the rest (`warningsAsErrors` wins over a configured severity);
 * one on a line the parser already reported is dropped as a repeat. Without a main config nginx -t
 * cannot run: the report says so (status `skipped`).
 * @throws InputError as check(), and when the chosen runner cannot run
 */
export async function checkWithNginxTest(opts: CheckOptions, t: NginxTestSettings): Promise<CheckResult> {
  const tree = parseTree(opts);
  const skipped = (reason: string): NginxTestReport => ({ runner: 'off', status: 'skipped', reason, findings: [], notices: [] });
  let report: NginxTestReport;
  if (t.mode === 'off') report = skipped('nginx-test is off');
  else if (!tree.main) report = skipped('no main config: nginx -t needs one (fragments are checked by the parser and lint only)');
  else report = await nginxTest({ ...t, result: tree.results[0], main: tree.main, confine: tree.confine, prefix: opts.prefix, rel: relativeTo(opts.root ?? process.cwd()) });
  const { result: r, repeatedError } = evaluate(opts, tree, report.findings, new Set(report.status === 'skipped' ? NGINX_TEST_RULES : []), t.warningsAsErrors);
  if (t.warningsAsErrors) r.findings = r.findings.map((f) => (f.rule === 'nginx-test-warning' ? { ...f, severity: 'error' } : f));
  const mine = r.findings.filter((f) => (NGINX_TEST_RULES as readonly string[]).includes(f.rule));
  // Failed stays failed when nginx's error repeats a parser finding (that one fails the check).
  const failed = report.status === 'failed' && (repeatedError || mine.some((f) => f.severity === 'error'));
  r.nginxTest = { ...report, findings: mine, status: report.status === 'skipped' ? 'skipped' : failed ? 'failed' : 'passed' };
  return r;
}

/**
 * Drops repeats (same file, line, column, rule and message: a file included twice gives its findings
 * twice) from findings in sortFindings() order, where repeats stand in one run of the same spot: no
 * key string per finding.
 */
function dedupeSorted(fs: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of fs) {
    let repeat = false;
    for (let j = out.length - 1; j >= 0 && !repeat; j--) {
      const g = out[j];
      if (g.file !== f.file || g.line !== f.line || g.col !== f.col) break;
      repeat = g.rule === f.rule && g.message === f.message;
    }
    if (!repeat) out.push(f);
  }
  return out;
}
