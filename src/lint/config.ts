/**
 * `.nginx-gitops.yml` at the repository root:
 *
 *   rules:
 *     hsts-header: error        # error | warning | info | off
 *     proxy-buffering-off: off
 *   ignore-paths:
 *     - nginx/legacy/**          # glob over finding paths (relative to the repository root)
 *
 * Parsed with the `yaml` library; an unknown key, rule id or severity is an InputError naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import type { Severity } from './findings.js';

export interface LintConfig {
  /** Severity per rule id; `off` disables the rule. */
  rules: Record<string, Severity | 'off'>;
  /** Globs (`*` within a segment, `**` across segments) of paths whose findings are dropped. */
  ignorePaths: string[];
  /** Where it was read from, for messages. */
  source?: string;
}

export const CONFIG_FILE = '.nginx-gitops.yml';

/**
 * Reads `.nginx-gitops.yml` from `root` (an empty config when absent).
 * @param knownRules rule ids that may be configured
 * @throws InputError on YAML syntax errors and unknown keys, rules or severities
 */
export function loadLintConfig(root: string, knownRules: ReadonlySet<string>): LintConfig {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) return { rules: {}, ignorePaths: [] };
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc == null) return { rules: {}, ignorePaths: [], source: path };
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new InputError(`${path}: expected a mapping with "rules" and "ignore-paths"`);
  const cfg: LintConfig = { rules: {}, ignorePaths: [], source: path };
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    if (k === 'rules') {
      if (v == null) continue;
      if (typeof v !== 'object' || Array.isArray(v)) throw new InputError(`${path}: "rules" must map rule ids to error, warning, info or off`);
      for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
        if (!knownRules.has(id)) throw new InputError(`${path}: unknown rule "${id}" in "rules"`);
        const s = sev === false ? 'off' : sev;
        if (s !== 'error' && s !== 'warning' && s !== 'info' && s !== 'off') throw new InputError(`${path}: rule "${id}" must be error, warning, info or off, got "${String(sev)}"`);
        cfg.rules[id] = s;
      }
    } else if (k === 'ignore-paths') {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new InputError(`${path}: "ignore-paths" must be a list of path globs`);
      cfg.ignorePaths = v as string[];
    } else throw new InputError(`${path}: unknown key "${k}" (expected "rules" or "ignore-paths")`);
  }
  return cfg;
}

/** True when `path` matches one of the globs (`**` any depth, `*` within a segment, `?` one char). */
export function pathIgnored(path: string, globs: string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(path));
}

function globToRegExp(g: string): RegExp {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      re += '.*';
      i++;
      if (g[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
