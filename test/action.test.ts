/** The action entry (dist/index.js) run as the runner runs it, under this Node and Node 24. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { action, nodeBinaries, ROOT } from './support/run.js';
import { tree } from './support/tmp.js';

const nodes = nodeBinaries();
if (!nodes.some((n) => n.name.includes('24'))) console.log('# note: Node 24 not installed (.tools/node24); action tests run under this Node only. scripts/test.sh installs it.');

test('action.yml runs dist/index.js with node24', () => {
  const yml = readFileSync(`${ROOT}/action.yml`, 'utf8');
  assert.match(yml, /runs:\n  using: node24\n  main: dist\/index\.js/);
});

for (const { name, bin } of nodes) {
  test(`${name}: pull_request -> check on a clean config: outputs, summary, success`, () => {
    const r = action({ 'config-path': 'fixtures/lb/nginx' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.outputs, { findings: '0', errors: '0' });
    assert.match(r.summary, /### nginx-gitops check/);
    assert.match(r.summary, /9 files checked: \*\*0 errors\*\*/);
  });

  test(`${name}: findings become annotations at file and line; more than 10 go to the summary; the step fails`, (t) => {
    const bad = Array.from({ length: 12 }, (_, i) => `  server { bogus_${i} on; }`).join('\n');
    const dir = tree(t, { 'nginx/nginx.conf': `worker_processes 1;\nevents {}\nhttp {\nserver_tokens off;\n${bad}\n}\n` });
    const r = action({}, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin, cwd: dir });
    assert.equal(r.status, 1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(annotations.length, 11, 'ten findings and the failure message');
    assert.equal(annotations[0], '::error title=nginx-gitops unknown-directive,file=nginx/nginx.conf,line=5,col=12,endColumn=12::unknown directive "bogus_0"');
    assert.deepEqual(r.outputs, { findings: '12', errors: '12' });
    assert.match(r.summary, /2 findings are beyond GitHub's 10 annotations per level and listed here only/);
    for (let i = 0; i < 12; i++) assert.ok(r.summary.includes(`unknown directive "bogus_${i}"`), `bogus_${i} in the summary`);
    assert.match(r.stdout, /::error::nginx-gitops check: 12 errors in nginx/);
  });

  test(`${name}: bad inputs fail with one message naming the input`, () => {
    const r = action({ mode: 'frobnicate' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.equal(r.status, 1);
    assert.match(r.stdout, /::error::input "mode" must be auto or one of check, plan, comment, deploy, rollback, status, got "frobnicate"/);
    const e = action({}, { GITHUB_EVENT_NAME: 'issues' }, { node: bin });
    assert.match(e.stdout, /::error::input "mode" is auto and event "issues" has no default mode/);
    const missing = action({ 'config-path': 'does/not/exist' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.match(missing.stdout, /::error::config path ".*does\/not\/exist" does not exist/);
    assert.doesNotMatch(missing.stdout + missing.stderr, /\n\s+at /);
  });
}
