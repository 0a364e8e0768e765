/**
 * `check`: find the main config under a path, parse it with its includes, and report findings.
 * The same engine serves the CLI (`nginx-gitops check`) and the action (`mode: check`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from './errors.js';
import { loadLintConfig, pathIgnored, type LintConfig } from './lint/config.js';
import { ALL_RULE_IDS, lint } from './lint/engine.js';
import { sortFindings, parserFindings, type Finding } from './lint/findings.js';
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

export interface ParsedTree {
  /** Path of the main config, or undefined when the tree holds fragments only. */
  main?: string;
  /** One parse per main config, or one per fragment. */
  results: ParseResult[];
}

export interface CheckResult {
  findings: Finding[];
  /** Number of config files read. */
  files: number;
  main?: string;
  tree: ParsedTree;
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
  const parseOpts = { strict: true, prefix: opts.prefix };
  if (main) return { main, results: [parseDetailed(main, parseOpts)] };
  const files = listConfigFiles(path);
  if (files.length === 0) throw new InputError(`no nginx.conf and no *.conf files under "${path}"`);
  // Without a main config nginx's conf prefix is unknown, so relative includes cannot be resolved:
  // each fragment is checked on its own, in the context its pragma names or its content implies.
  return { results: files.map((f) => parseDetailed(f, { ...parseOpts, single: true })) };
}

/** Makes a path relative to `root` when it lies under it. */
export function relativeTo(root: string): (f: string) => string {
  return (f) => {
    const abs = isAbsolute(f) ? f : join(process.cwd(), f);
    const r = relative(root, abs);
    return r.startsWith('..' + sep) || r === '..' || isAbsolute(r) ? f : r.split(sep).join('/');
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
  const root = opts.root ?? process.cwd();
  const config = opts.lintConfig ?? loadLintConfig(root, ALL_RULE_IDS);
  const tree = parseTree(opts);
  const rel = relativeTo(root);
  const findings: Finding[] = [];
  const files = new Set<string>();
  for (const r of tree.results) {
    const own = parserFindings(r.payload, rel);
    findings.push(...(opts.lint === false ? own : lint(r, own, { isMain: tree.main !== undefined, rel, config })));
    for (const c of r.payload.config) files.add(join(c.file));
  }
  const kept = findings.filter((f) => !pathIgnored(f.file, config.ignorePaths));
  return { findings: sortFindings(dedupe(kept)), files: files.size, main: tree.main, tree };
}

function dedupe(fs: Finding[]): Finding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = `${f.file}:${f.line}:${f.col}:${f.rule}:${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
