/** The action entry (dist/index.js) run as the runner runs it, under this Node and Node 24. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { action, actionDefaults, nodeBinaries, ROOT } from './support/run.js';
import { DEPLOY_INPUTS, ROLLBACK_INPUTS } from '../src/deploy/index.js';
import { tree } from './support/tmp.js';

const nodes = nodeBinaries();
if (!nodes.some((n) => n.name.includes('24'))) console.log('# note: Node 24 not installed (.tools/node24); action tests run under this Node only. scripts/test.sh installs it.');

test('action.yml runs dist/index.js with node24', () => {
  const yml = readFileSync(`${ROOT}/action.yml`, 'utf8');
  assert.match(yml, /runs:\n  using: node24\n  main: dist\/index\.js/);
});

test('every deploy and rollback input (CLI flag) is an action input with the same default', () => {
  const defaults = actionDefaults();
  // nginx-bin is shared with the check's local runner, whose default is "nginx on PATH" (empty)
  for (const [name, spec] of Object.entries({ ...DEPLOY_INPUTS, ...ROLLBACK_INPUTS })) assert.equal(defaults[name], name === 'nginx-bin' ? '' : spec.default, `action.yml input ${name}`);
});

for (const { name, bin } of nodes) {
  test(`${name}: pull_request -> check on a clean config: outputs, summary, nginx -t with stand-ins, success`, () => {
    const r = action({ 'config-path': 'fixtures/lb/nginx', 'nginx-test': 'local' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.outputs, { findings: '0', errors: '0', 'nginx-test': 'passed' });
    assert.match(r.summary, /### nginx-gitops check/);
    assert.match(r.summary, /10 files checked: \*\*0 errors\*\*/);
    assert.match(r.summary, /### nginx -t: passed \(local runner, nginx \d+\.\d+\.\d+, 10 notices/);
    assert.match(r.summary, /`fixtures\/lb\/nginx\/sites-enabled\/api\.example\.com\.conf:8`: certificate \/etc\/letsencrypt\/live\/api\.example\.com\/fullchain\.pem was not in the repo: tested with a stand-in/);
    const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice'));
    assert.equal(notices.length, 10, 'one notice annotation per stand-in, within the limit of 10');
    assert.ok(notices.includes('::notice title=nginx-gitops nginx-test,file=fixtures/lb/nginx/conf.d/upstreams.conf,line=6,col=12::host api1.internal does not resolve on this runner: tested as 127.0.0.1'), notices.join('\n'));
  });

  test(`${name}: nginx-test off: the verdict says nginx -t did not run`, () => {
    const r = action({ 'config-path': 'fixtures/lb/nginx', 'nginx-test': 'off' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.outputs, { findings: '0', errors: '0', 'nginx-test': 'skipped' });
    assert.match(r.summary, /### nginx -t: not run \(nginx-test is off\)/);
    const bad = action({ 'config-path': 'fixtures/lb/nginx', 'nginx-test': 'sometimes' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin });
    assert.match(bad.stdout, /::error::input "nginx-test" must be one of auto, docker, service, local, off, got "sometimes"/);
  });

  test(`${name}: findings become annotations at file and line; more than 10 go to the summary; the step fails`, (t) => {
    const bad = Array.from({ length: 12 }, (_, i) => `  server { bogus_${i} on; }`).join('\n');
    const dir = tree(t, { 'nginx/nginx.conf': `worker_processes 1;\nevents {}\nhttp {\nserver_tokens off;\n${bad}\n}\n` });
    const r = action({ 'nginx-test': 'local' }, { GITHUB_EVENT_NAME: 'pull_request' }, { node: bin, cwd: dir });
    assert.equal(r.status, 1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(annotations.length, 11, 'ten findings and the failure message');
    assert.equal(annotations[0], '::error title=nginx-gitops unknown-directive,file=nginx/nginx.conf,line=5,col=12,endColumn=12::unknown directive "bogus_0"');
    // nginx -t fails on the same lines: its messages repeat the parser's and are not counted twice.
    // The one finding more is a warning: the 12 servers have no listen, so all listen on *:80 and none is default_server.
    assert.deepEqual(r.outputs, { findings: '13', errors: '12', 'nginx-test': 'failed' });
    assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::warning title=nginx-gitops default-server-flag')).length, 1);
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
