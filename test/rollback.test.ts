/**
 * Rollback, release history and drift against the lab of load balancers (test/support/fleet.ts):
 * releases come from commits of a real git repository; every scenario asserts what each host
 * serves and holds byte for byte afterwards.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { labUnavailable, snapshotDir, type Lab } from './support/lab.js';
import { lbConf, leaksKey, runCli, startFleet, type Fleet } from './support/fleet.js';
import { startGitHubApi } from './support/github-api.js';
import { actionAsync } from './support/run.js';
import type { DeployReport, StatusReport } from '../src/deploy/index.js';

const why = labUnavailable();
if (why) console.log(`# rollback lab tests skipped: ${why}`);
const skip = why ? `lab unavailable: ${why}` : false;

let fleet: Fleet;
let lab: Lab;
const work = mkdtempSync(join(tmpdir(), 'ngg-rollback-'));
const repo = join(work, 'repo');
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo }).toString().trim();
/** Commits nginx/conf.d/lb.conf answering `text` (and `o` as lbConf takes it); returns the sha. */
function commit(text: string, o: Parameters<typeof lbConf>[1] = {}): string {
  mkdirSync(join(repo, 'nginx/conf.d'), { recursive: true });
  writeFileSync(join(repo, 'nginx/conf.d/lb.conf'), lbConf(text, o));
  git('add', '-A');
  git('commit', '-q', '-m', text);
  return git('rev-parse', 'HEAD');
}
const sha: Record<string, string> = {};

before(async () => {
  if (why) return;
  fleet = await startFleet(3);
  lab = fleet.lab;
  writeFileSync(join(work, 'known_hosts'), lab.knownHosts);
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  for (const v of ['v1', 'v2', 'v3']) sha[v] = commit(v);
  sha.bad = commit('bad', { upstream: 'dead.conf' });
  git('checkout', '-q', sha.v1);
});

after(() => {
  fleet?.stop();
  rmSync(work, { recursive: true, force: true });
});

const fleetFlags = (hosts = lab.hosts) => ['--hosts', hosts.map((h) => `${h.address} ${h.name}`).join('\n'), '--ssh-private-key-file', lab.keyPath, '--known-hosts-file', join(work, 'known_hosts'), '--format', 'json'];
const probeFlags = ['--health-checks', 'GET http://{host}/health 200 body~"ok from backend"', '--health-check-interval', '100ms', '--health-check-attempts', '3', '--health-check-timeout', '700ms', '--lock-timeout', '1s'];

/** Deploys commit `v` (checked out, release id = its sha) with the CLI. */
async function deployCommit(v: string, extra: string[] = [], hosts = lab.hosts) {
  git('checkout', '-q', sha[v]);
  const r = await runCli<DeployReport>(['deploy', ...fleetFlags(hosts), '--config-dir', 'nginx', ...probeFlags, ...extra], repo);
  git('checkout', '-q', 'main');
  return r;
}
const rollback = (extra: string[]) => runCli<DeployReport>(['rollback', ...fleetFlags(), '--config-dir', 'nginx', ...probeFlags, ...extra], repo);
const states = () => lab.hosts.map((h) => snapshotDir(h.state));
const statuses = (r: DeployReport) => r.hosts.map((h) => `${h.name}:${h.status}`);

test('rollback after a good deploy: the previous config is served again, byte for byte, from the releases the hosts keep', { skip }, async () => {
  const d1 = await deployCommit('v1');
  assert.equal(d1.report.status, 'deployed', d1.stdout + d1.stderr);
  const afterV1 = fleet.etcs();
  const d2 = await deployCommit('v2');
  assert.equal(d2.report.status, 'deployed', d2.stdout + d2.stderr);
  assert.deepEqual(await fleet.served(), ['v2', 'v2', 'v2']);
  const r = await rollback(['--reason', 'v2 breaks checkout (INC-7)']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.report.kind, 'rollback');
  assert.equal(r.report.status, 'deployed');
  assert.equal(r.report.release, sha.v1);
  assert.equal(r.report.target, 'previous');
  assert.match(r.report.resolved ?? '', /the previous release [0-9a-f]{40}, kept on every host/);
  assert.deepEqual(statuses(r.report), ['lb1:deployed', 'lb2:deployed', 'lb3:deployed']);
  for (const h of r.report.hosts) assert.deepEqual(h.phases.map((p) => p.phase).slice(3, 5), ['stage', 'preflight'], 'staged from the kept release, nothing uploaded');
  assert.deepEqual(await fleet.served(), ['v1', 'v1', 'v1']);
  assert.deepEqual(fleet.etcs(), afterV1, 'every host holds exactly the files it had after v1');
  for (const h of lab.hosts) {
    const m = JSON.parse(readFileSync(join(h.state, `releases/${sha.v1}/manifest.json`), 'utf8'));
    assert.equal(m.kind, 'rollback');
    assert.equal(m.reason, 'v2 breaks checkout (INC-7)');
    assert.equal(readFileSync(join(h.state, 'current'), 'utf8').trim(), sha.v1);
    assert.match(readFileSync(join(h.state, 'revisions.log'), 'utf8'), new RegExp(`\t${sha.v1}\trolled-back-to\t[^\t]*\t[^\t]*\tv2 breaks checkout \\(INC-7\\)\n$`));
  }
  // v1 was the first release: nothing is recorded before it
  const again = await rollback(['--reason', 'once more']);
  assert.equal(again.status, 1);
  assert.match(again.report.error ?? '', /target "previous": the hosts record no release before the live one/);
  assert.ok(!leaksKey(lab, r.stdout + r.stderr));
});

test('rollback to a commit no host keeps any more: shipped from git like a deploy', { skip }, async () => {
  for (const v of ['v2', 'v3']) assert.equal((await deployCommit(v, ['--keep-releases', '1'])).report.status, 'deployed');
  for (const h of lab.hosts) assert.ok(!existsSync(join(h.state, `releases/${sha.v2}`)), 'v2 was pruned (keep-releases 1)');
  const r = await rollback(['--reason', 'back to v2', '--target', sha.v2.slice(0, 10)]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.report.release, sha.v2);
  assert.match(r.report.resolved ?? '', /from git \(commit [0-9a-f]{12}\) for lb1, lb2, lb3/);
  for (const h of r.report.hosts) assert.ok(h.phases.some((p) => p.phase === 'upload' && p.status === 'ok'));
  assert.deepEqual(await fleet.served(), ['v2', 'v2', 'v2']);
  for (const h of lab.hosts) assert.equal(readFileSync(join(h.etc, 'conf.d/lb.conf'), 'utf8'), lbConf('v2'));
});

test('a dry run changes nothing and shows per host the plan from what is live to the target', { skip }, async () => {
  const etcs = fleet.etcs();
  const st = states();
  const r = await rollback(['--reason', 'what would v3 do', '--target', sha.v3, '--dry-run']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.report.dryRun, true);
  assert.equal(r.report.status, 'unchanged');
  for (const h of r.report.hosts) {
    assert.deepEqual(h.plan?.summary, { add: 0, change: 1, destroy: 0 });
    const c = h.plan!.changes[0];
    assert.equal(c.directive, 'return');
    assert.deepEqual(c.before, ['200', 'v2\\n']);
    assert.deepEqual(c.after, ['200', 'v3\\n']);
    assert.equal(c.file, 'conf.d/lb.conf');
    assert.equal(c.path[0], 'http');
    assert.equal(c.path[1], 'server _:80', 'a server without server_name, by its listen port');
    assert.equal(c.path[2], 'location /');
    assert.ok(!h.phases.some((p) => p.phase === 'lock' || p.phase === 'activate' || p.phase === 'upload'), 'no lock, no upload, no change');
  }
  assert.deepEqual(fleet.etcs(), etcs);
  assert.deepEqual(states(), st, 'the state directories are untouched too');
  assert.deepEqual(await fleet.served(), ['v2', 'v2', 'v2']);
  const text = await runCli(['rollback', ...fleetFlags().slice(0, -2), '--config-dir', 'nginx', '--reason', 'x', '--target', sha.v3, '--dry-run'], repo);
  assert.match(text.stdout, /rollback to [0-9a-f]{40} \(dry run\): nothing changed/);
  assert.match(text.stdout, /~ http > server .* > location \/: return 200 v3\\n \(was 200 v2\\n\)  \[conf\.d\/lb\.conf:11\]/);
});

test('drift: a file edited by hand on one host is reported by status (as a plan) and blocks the next deploy', { skip }, async () => {
  const clean = await runCli<StatusReport>(['status', ...fleetFlags()], repo);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.equal(clean.report.status, 'clean');
  assert.equal(clean.report.hosts[0].live?.release, sha.v2);
  assert.equal(clean.report.hosts[0].live?.kind, 'rollback');
  const lb2 = lab.hosts[1];
  const conf = join(lb2.etc, 'conf.d/lb.conf');
  const was = readFileSync(conf, 'utf8');
  writeFileSync(conf, was.replace('return 200 "v2\\n"', 'return 503 "maintenance\\n"'));
  writeFileSync(join(lab.hosts[2].etc, 'conf.d/hotfix.conf'), '# added during the incident\n');
  try {
    const s = await runCli<StatusReport>(['status', ...fleetFlags()], repo);
    assert.equal(s.status, 1);
    assert.equal(s.report.status, 'drift');
    assert.deepEqual(s.report.hosts[0].drift, { changed: [], missing: [], added: [], localChanged: [] });
    assert.deepEqual(s.report.hosts[1].drift.changed, ['conf.d/lb.conf']);
    assert.equal(s.report.hosts[1].plan?.summary.change, 1);
    assert.deepEqual(s.report.hosts[1].plan?.changes[0].after, ['503', 'maintenance\\n']);
    assert.deepEqual(s.report.hosts[2].drift.added, ['conf.d/hotfix.conf']);
    const text = await runCli(['status', ...fleetFlags().slice(0, -2)], repo);
    assert.match(text.stdout, /lb2 \(127\.0\.0\.12\)\n  live: [0-9a-f]{40} \(sha [0-9a-f]{40}, rollback .* by .*, reason: back to v2\)\n  kept: .*\n  drift: changed by hand: conf\.d\/lb\.conf\n  plan from the release to what is live: 0 to add, 1 to change, 0 to destroy\n    ~ .*return 503 maintenance\\n \(was 200 v2\\n\)/);
    assert.match(text.stdout, /lb3 .*\n(.*\n)*  drift: added by hand: conf\.d\/hotfix\.conf/);
    const before = fleet.etcs();
    const d = await deployCommit('v3');
    assert.equal(d.report.status, 'failed');
    assert.match(d.report.hosts[1].error ?? '', /inspect: drift: live files differ from release [0-9a-f]{40}: conf\.d\/lb\.conf \(changed\); set allow-drift: true to overwrite/);
    assert.deepEqual(fleet.etcs(), before, 'nothing changed anywhere');
    const rb = await rollback(['--reason', 'r', '--target', sha.v3]);
    assert.equal(rb.report.status, 'failed', 'a rollback onto a drifted host refuses too');
    assert.match(rb.report.hosts[1].error ?? '', /drift: .*conf\.d\/lb\.conf \(changed\)/);
  } finally {
    writeFileSync(conf, was);
    rmSync(join(lab.hosts[2].etc, 'conf.d/hotfix.conf'));
  }
});

test('a rollback without a reason is refused before anything connects', async () => {
  // a usable key, so that only the input check can keep the rollback from connecting
  const key = join(work, 'k');
  writeFileSync(key, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }));
  // the host is a loopback listener that counts connections: a refused rollback must not open one
  let connections = 0;
  const listener = createServer((c) => {
    connections++;
    c.destroy();
  });
  await new Promise<void>((res) => listener.listen(0, '127.0.0.1', res));
  const port = (listener.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  writeFileSync(join(work, 'kh'), `[127.0.0.1]:${port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHVpbGRpbmc=\n`);
  try {
    const r = await runCli(['rollback', '--hosts', `${host} lb-refused`, '--ssh-private-key-file', key, '--known-hosts-file', join(work, 'kh'), '--config-dir', work], work);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^nginx-gitops: input "reason" is required for a rollback/);
    assert.equal(r.stdout, '');
    const blank = await runCli(['rollback', '--reason', '  ', '--hosts', host, '--ssh-private-key-file', key, '--known-hosts-file', join(work, 'kh')], work);
    assert.equal(blank.status, 2);
    assert.match(blank.stderr, /input "reason" is required/);
    const filter = await runCli(['rollback', '--reason', 'x', '--host-filter', 'lb9', '--hosts', `${host} lb1`, '--ssh-private-key-file', key, '--known-hosts-file', join(work, 'kh')], work);
    assert.equal(filter.status, 2);
    assert.match(filter.stderr, /input "host-filter": "lb9" matches no host \(hosts: lb1\)/);
    assert.equal(connections, 0, 'no connection was opened to the host');
  } finally {
    await new Promise((res) => listener.close(res));
  }
});

test('hosts that disagree on the previous release: said, and nothing changes', { skip }, async () => {
  assert.equal((await deployCommit('v3', [], [lab.hosts[0]])).report.status, 'deployed');
  const before = fleet.etcs();
  const r = await rollback(['--reason', 'x']);
  assert.equal(r.status, 1);
  assert.match(r.report.error ?? '', /the hosts disagree on the previous release - lb1: [0-9a-f]{40} \(live [0-9a-f]{40}\); lb2, lb3: .*Nothing was changed/);
  assert.deepEqual(fleet.etcs(), before);
  // the host filter narrows the rollback to the canary, whose previous release is clear
  const one = await rollback(['--reason', 'undo the canary', '--host-filter', 'lb1']);
  assert.equal(one.report.status, 'deployed', one.stdout);
  assert.deepEqual(one.report.hosts.map((h) => h.name), ['lb1']);
  assert.equal(one.report.release, sha.v2);
  assert.deepEqual(await fleet.served(), ['v2', 'v2', 'v2']);
});

test('a rollback target that fails health leaves every host on what it had before, and says so loudly', { skip }, async () => {
  for (const h of lab.hosts) writeFileSync(join(h.etc, 'host.d/dead.conf'), `server 127.0.0.1:${fleet.deadPort};\n`);
  try {
    const before = fleet.etcs();
    const st = lab.hosts.map((h) => readFileSync(join(h.state, 'current'), 'utf8'));
    const r = await rollback(['--reason', 'try the bad one', '--target', sha.bad]);
    assert.equal(r.status, 1);
    assert.equal(r.report.status, 'rolled-back');
    assert.deepEqual(statuses(r.report), ['lb1:rolled-back', 'lb2:unchanged', 'lb3:unchanged']);
    assert.match(r.report.hosts[0].error ?? '', /health: .*HTTP 502.*rolled back and healthy/);
    assert.deepEqual(fleet.etcs(), before);
    assert.deepEqual(await fleet.served(), ['v2', 'v2', 'v2']);
    assert.deepEqual(lab.hosts.map((h) => readFileSync(join(h.state, 'current'), 'utf8')), st);
    assert.match(readFileSync(join(lab.hosts[0].state, 'revisions.log'), 'utf8'), /\trollback-reverted\t.*\ttry the bad one\n$/);
    const text = await runCli(['rollback', ...fleetFlags().slice(0, -2), '--config-dir', 'nginx', ...probeFlags, '--reason', 'again', '--target', sha.bad], repo);
    assert.match(text.stdout, /^ROLLBACK FAILED: rollback to [0-9a-f]{40} did not pass on every host, so every host it changed was returned to what it had before the rollback .* the fleet is NOT on the target/);
  } finally {
    for (const h of lab.hosts) rmSync(join(h.etc, 'host.d/dead.conf'));
  }
});

test('the action on workflow_dispatch: rollback to previous as GitHub and the hosts agree, a rollback:nginx Deployment with the reason; a disagreement stops it', { skip }, async (t) => {
  const api = await startGitHubApi({ tokens: { 'ghs-ops': { login: 'github-actions[bot]', type: 'Bot', write: true, noUserEndpoint: true } } });
  t.after(() => api.close());
  const inputs = {
    hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
    'ssh-private-key': lab.key,
    'known-hosts': lab.knownHosts,
    'config-dir': 'nginx',
    'health-checks': 'GET http://{host}/health 200',
    'health-check-interval': '100ms',
    'github-token': 'ghs-ops',
  };
  const env = (s: string, event: string) => ({ GITHUB_EVENT_NAME: event, GITHUB_SHA: s, GITHUB_REPOSITORY: 'acme/lb-config', GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '91', GITHUB_ACTOR: 'oncall' });
  for (const v of ['v1', 'v3']) {
    git('checkout', '-q', sha[v]);
    const d = await actionAsync(inputs, env(sha[v], 'push'), { cwd: repo, event: { ref: 'refs/heads/main', after: sha[v] } });
    assert.equal(d.outputs.status, 'deployed', d.stdout);
  }
  git('checkout', '-q', 'main');
  assert.deepEqual(await fleet.served(), ['v3', 'v3', 'v3']);
  const dispatch = { inputs: { target: 'previous', reason: 'v3 500s on /cart', 'dry-run': 'false' }, ref: 'refs/heads/main' };
  const r = await actionAsync({ ...inputs, reason: 'v3 500s on /cart' }, env(git('rev-parse', 'HEAD'), 'workflow_dispatch'), { cwd: repo, event: dispatch });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /nginx-gitops: mode rollback/);
  assert.equal(r.outputs.status, 'deployed');
  assert.equal(r.outputs['deployed-sha'], sha.v1);
  assert.equal(r.outputs['previous-sha'], sha.v3);
  assert.equal(r.outputs['rolled-back'], 'false');
  assert.deepEqual(await fleet.served(), ['v1', 'v1', 'v1']);
  assert.deepEqual(api.invalid, []);
  const rb = api.deployments.at(-1)!;
  assert.equal(rb.task, 'rollback:nginx');
  assert.equal(rb.sha, sha.v1);
  assert.match(rb.description ?? '', /^rollback to [0-9a-f]{40}: v3 500s on \/cart$/);
  assert.deepEqual({ target: rb.payload.target, reason: rb.payload.reason, release: rb.payload.release }, { target: 'previous', reason: 'v3 500s on /cart', release: sha.v1 });
  assert.deepEqual(rb.statuses.map((s) => s.state), ['in_progress', 'success']);
  assert.equal(api.deployments.at(-2)!.statuses.at(-1)!.state, 'inactive', "GitHub marks the deploy it replaced inactive");
  assert.match(r.summary, /### nginx-gitops rollback to `[0-9a-f]{40}`: ↩️ \*\*rolled back\*\*/);
  assert.match(r.summary, /- Reason: v3 500s on \/cart/);
  assert.ok(!leaksKey(lab, r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr));

  // someone deployed v2 outside this bot: GitHub's last success is v2, the hosts run v1
  api.deployments.push({ id: 99_999, sha: sha.v2, ref: sha.v2, task: 'deploy:nginx', environment: 'production', description: null, payload: {}, creator: 'someone', created_at: new Date(Date.now() + 60_000).toISOString(), statuses: [{ id: 99_998, state: 'success', description: '', created_at: new Date().toISOString() }] });
  const before = fleet.etcs();
  const n = api.deployments.length;
  const stop = await actionAsync({ ...inputs, reason: 'again' }, env(git('rev-parse', 'HEAD'), 'workflow_dispatch'), { cwd: repo, event: dispatch });
  assert.equal(stop.status, 1);
  assert.match(stop.stdout, /::error title=nginx-gitops%3A ROLLBACK FAILED::ROLLBACK FAILED: rollback to .*GitHub's deployments and the hosts' release manifests disagree - GitHub's last successful deployment is [0-9a-f]{12} .* but the hosts run [0-9a-f]{12}\. Nothing was changed/);
  assert.equal(api.deployments.length, n, 'no Deployment opened');
  assert.deepEqual(fleet.etcs(), before);
  const noReason = await actionAsync(inputs, env(git('rev-parse', 'HEAD'), 'workflow_dispatch'), { cwd: repo, event: dispatch });
  assert.match(noReason.stdout, /::error::input "reason" is required for a rollback/);
});
