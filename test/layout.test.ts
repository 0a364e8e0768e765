/**
 * The design's layout, checked on the sources: one folder per stage, data flowing one way
 * (parser -> lint, nginx-test, plan -> github, deploy), Octokit only in github/, SSH only in deploy/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './support/run.js';

const SRC = join(ROOT, 'src');

/** Modules at the top of src/ every stage may use: no stage's logic in them. */
const SHARED = ['errors', 'finding', 'workflow-command', 'version'];

/** Which stages each stage may import (besides itself and SHARED). */
const MAY_IMPORT: Record<string, string[]> = {
  parser: [],
  lint: ['parser'],
  'nginx-test': ['parser'],
  // the plan shows which lint findings a change introduces and fixes
  plan: ['parser', 'lint'],
  deploy: ['parser', 'nginx-test', 'plan'],
  // github renders what the stages before it report, deploy's included
  github: ['parser', 'lint', 'nginx-test', 'plan', 'deploy'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every import and re-export specifier of a source file. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]);
}

/** The stage (src/ folder) or top-level module a relative import from `file` lands in. */
function target(file: string, spec: string): string {
  const r = relative(SRC, join(file, '..', spec)).split('/');
  return r.length > 1 ? r[0] : r[0].replace(/\.js$/, '');
}

test('each stage imports only the stages before it (and the shared top-level modules)', () => {
  const bad: string[] = [];
  for (const [stage, allowed] of Object.entries(MAY_IMPORT)) {
    for (const f of files(join(SRC, stage))) {
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue;
        const t = target(f, spec);
        if (t !== stage && !allowed.includes(t) && !SHARED.includes(t)) bad.push(`${relative(ROOT, f)} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('only src/github/ imports Octokit; only src/deploy/ opens SSH connections', () => {
  const bad: string[] = [];
  for (const f of files(SRC)) {
    const where = relative(SRC, f).split('/')[0];
    for (const spec of imports(f)) {
      if (spec.startsWith('@octokit/') && where !== 'github') bad.push(`${relative(ROOT, f)} imports ${spec}`);
      if ((spec === 'node-ssh' || spec === 'ssh2') && where !== 'deploy') bad.push(`${relative(ROOT, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
  // the check has something to find: the allowed imports are there
  assert.ok(files(join(SRC, 'github')).some((f) => imports(f).some((s) => s.startsWith('@octokit/'))));
  assert.ok(files(join(SRC, 'deploy')).some((f) => imports(f).includes('node-ssh')));
});
