/**
 * The deploy against a lab of real load balancers (test/support/lab.ts): three hosts, each its
 * own sshd and Debian nginx in its own mount and pid namespace on 127.0.0.1x, a backend per host
 * in this process. Each scenario asserts the report and the invariants: every host either serves
 * the new release with all checks healthy, or holds exactly the files it had before (byte for
 * byte); secrets never appear in the output.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { labUnavailable, type Lab } from './support/lab.js';
import { lbConf, leaksKey, portOf, runCli, serve, startFleet, type Fleet } from './support/fleet.js';
import { actionAsync, ROOT } from './support/run.js';
import { startGitHubApi } from './support/github-api.js';
import { deploy, deployOptions, rollbackOptions, type DeployReport } from '../src/deploy/index.js';
import { sudoersLine } from '../src/deploy/ssh.js';
import { nginxPaths, shippedMainConf } from '../src/deploy/release.js';
import { mainConfig } from '../src/deploy/trees.js';

const why = labUnavailable();
if (why) console.log(`# deploy lab tests skipped: ${why}`);

let fleet: Fleet;
let lab: Lab;
let ports: number[] = [];
let deadPort = 0;
let hungPort = 0;
const work = mkdtempSync(join(tmpdir(), 'ngg-deploy-'));

before(async () => {
  if (why) return;
  fleet = await startFleet(3);
  ({ lab, ports, deadPort, hungPort } = fleet);
  writeFileSync(join(work, 'known_hosts'), lab.knownHosts);
});

after(() => {
  fleet?.stop();
  rmSync(work, { recursive: true, force: true });
});

let releaseNo = 0;
/** A config-dir with conf.d/lb.conf and any other files. */
function release(files: Record<string, string>): string {
  const dir = join(work, `release-${++releaseNo}`);
  for (const [f, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), c);
  }
  return dir;
}

type CliRun = Awaited<ReturnType<typeof runCli<DeployReport>>>;

async function cliDeploy(configDir: string, id: string, extra: string[] = [], hosts?: string): Promise<CliRun> {
  const args = [
    'deploy',
    '--hosts',
    hosts ?? lab.hosts.map((h) => `root@${h.address} ${h.name}`).join('\n'),
    '--ssh-private-key-file',
    lab.keyPath,
    '--known-hosts-file',
    join(work, 'known_hosts'),
    '--config-dir',
    configDir,
    '--release-id',
    id,
    '--health-checks',
    'GET http://{host}/health 200 body~"ok from backend"',
    '--health-check-interval',
    '100ms',
    '--health-check-attempts',
    '4',
    '--health-check-timeout',
    '700ms',
    '--health-check-successes',
    '2',
    '--lock-timeout',
    '1s',
    '--reload-timeout',
    '5s',
    '--format',
    'json',
    ...extra,
  ];
  const r = await runCli<DeployReport>(args, work);
  if (!r.report) throw new Error(`no JSON report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const etcs = () => fleet.etcs();
const served = () => fleet.served();
function assertNoSecrets(r: { stdout: string; stderr: string }) {
  assert.ok(!leaksKey(lab, r.stdout + r.stderr), 'the private key never appears in the output');
}
const statuses = (r: DeployReport) => r.hosts.map((h) => `${h.name}:${h.status}`);
const live = (h: Lab['hosts'][number]) => readFileSync(join(h.etc, 'conf.d/lb.conf'), 'utf8');

const skip = why ? `lab unavailable: ${why}` : false;

test('a clean deploy reaches every host in waves (canary first); manifests, revisions and the new config served', { skip }, async () => {
  const evil = "conf.d/x$(touch /tmp/pwned)'q.conf";
  const dir = release({ 'conf.d/lb.conf': lbConf('v1'), [evil]: '# a file name a shell would run\n' });
  const r = await cliDeploy(dir, 'rel-v1');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.report.status, 'deployed');
  assert.deepEqual(statuses(r.report), ['lb1:deployed', 'lb2:deployed', 'lb3:deployed']);
  assert.deepEqual(r.report.waves, [['lb1'], ['lb2', 'lb3']]);
  assert.deepEqual(r.report.hosts.map((h) => h.phases.map((p) => `${p.phase}:${p.status}`)), lab.hosts.map(() => ['connect:ok', 'lock:ok', 'inspect:ok', 'upload:ok', 'preflight:ok', 'activate:ok', 'reload:ok', 'health:ok', 'record:ok']));
  assert.deepEqual(await served(), ['v1', 'v1', 'v1']);
  for (const h of r.report.hosts) assert.match(h.phases.find((p) => p.phase === 'upload')!.detail!, /^rsync: 2 of 2 files sent \(\d+ bytes\), checksums verified$/, 'rsync on both ends: the upload took it');
  for (const h of lab.hosts) {
    assert.equal(live(h), lbConf('v1'));
    assert.ok(existsSync(join(h.etc, evil)), 'the odd file name arrived as a name');
    const m = JSON.parse(readFileSync(join(h.state, 'releases/rel-v1/manifest.json'), 'utf8'));
    assert.equal(m.release, 'rel-v1');
    assert.deepEqual(Object.keys(m.files).sort(), ['conf.d/lb.conf', evil].sort());
    assert.equal(readFileSync(join(h.state, 'current'), 'utf8').trim(), 'rel-v1');
    assert.match(readFileSync(join(h.state, 'revisions.log'), 'utf8'), /\trel-v1\tdeployed\t/);
    assert.ok(!existsSync(join(h.state, 'lock')), 'lock released');
    assert.ok(existsSync(join(h.etc, 'host.d/listen.conf')), 'host-local files are left alone');
  }
  assert.ok(!existsSync('/tmp/pwned'), 'no file name ran as a command');
  assertNoSecrets(r);
  const order = r.report.transitions.map((t) => t.state);
  assert.deepEqual(order, ['pending', 'preflight', 'progressing', 'verifying', 'progressing', 'verifying', 'verifying', 'done']);
  // the same release again: nothing to do
  const again = await cliDeploy(dir, 'rel-v1');
  assert.equal(again.report.status, 'unchanged', again.stdout);
});

test('a config that fails nginx -t on one host only (a host-local include is missing there): nothing changes anywhere', { skip }, async () => {
  rmSync(join(lab.hosts[2].etc, 'host.d/backend-new.conf'));
  try {
    const before = etcs();
    const r = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v2', { upstream: 'backend-new.conf' }) }), 'rel-v2');
    assert.equal(r.status, 1);
    assert.equal(r.report.status, 'failed');
    assert.deepEqual(statuses(r.report), ['lb1:unchanged', 'lb2:unchanged', 'lb3:failed']);
    assert.match(r.report.hosts[2].error!, /preflight: nginx -t of the staged release failed: .*open\(\) "\/etc\/nginx\/host\.d\/backend-new\.conf" failed \(2: No such file or directory\) in \/\S+\/release-\d+\/conf\.d\/lb\.conf:2/);
    assert.deepEqual(etcs(), before, 'every host byte for byte as before');
    assert.deepEqual(await served(), ['v1', 'v1', 'v1']);
    for (const h of lab.hosts) assert.ok(!r.report.hosts.find((x) => x.name === h.name)!.phases.some((p) => p.phase === 'activate'));
  } finally {
    writeFileSync(join(lab.hosts[2].etc, 'host.d/backend-new.conf'), `server 127.0.0.1:${ports[2]};\n`);
  }
});

test('a reload that fails after nginx -t passed (listen on a port in use): detected from the error log, rolled back', { skip }, async () => {
  const busy = await serve(() => {});
  try {
    const before = etcs();
    const extra = `server {\n    listen 127.0.0.1:${portOf(busy)};\n    return 204;\n}\n`;
    const r = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v3', { extra }) }), 'rel-v3');
    assert.equal(r.status, 1);
    assert.equal(r.report.status, 'rolled-back');
    assert.deepEqual(statuses(r.report), ['lb1:rolled-back', 'lb2:unchanged', 'lb3:unchanged']);
    assert.match(r.report.hosts[0].error!, /reload: the reload did not take effect; the error log says: .*\[emerg\].*bind\(\) to 127\.0\.0\.1:\d+ failed \(98: Address already in use\).*rolled back and healthy/s);
    assert.deepEqual(etcs(), before);
    assert.deepEqual(await served(), ['v1', 'v1', 'v1']);
  } finally {
    busy.close();
  }
});

test('health 502 (dead upstream) and health timeout (hung upstream): every changed host rolled back and healthy', { skip }, async () => {
  for (const [port, want] of [
    [deadPort, /HTTP 502, expected 200/],
    [hungPort, /no answer within 700 ms/],
  ] as const) {
    const before = etcs();
    const conf = lbConf('v4', { upstream: 'bad.conf' });
    for (const h of lab.hosts) writeFileSync(join(h.etc, 'host.d/bad.conf'), `server 127.0.0.1:${port};\n`);
    const beforeWithBad = etcs();
    const r = await cliDeploy(release({ 'conf.d/lb.conf': conf }), `rel-v4-${port}`);
    assert.equal(r.report.status, 'rolled-back', r.stdout);
    assert.deepEqual(statuses(r.report), ['lb1:rolled-back', 'lb2:unchanged', 'lb3:unchanged']);
    assert.match(r.report.hosts[0].error!, want);
    assert.match(r.report.hosts[0].error!, /rolled back and healthy/);
    assert.deepEqual(etcs(), beforeWithBad);
    assert.deepEqual(await served(), ['v1', 'v1', 'v1']);
    for (const h of lab.hosts) rmSync(join(h.etc, 'host.d/bad.conf'));
    assert.deepEqual(etcs(), before);
  }
});

test('the second wave fails after the first succeeded: the first wave is rolled back too', { skip }, async () => {
  writeFileSync(join(lab.hosts[2].etc, 'host.d/backend-new.conf'), `server 127.0.0.1:${deadPort};\n`);
  try {
    const before = etcs();
    const r = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v5', { upstream: 'backend-new.conf' }) }), 'rel-v5');
    assert.equal(r.report.status, 'rolled-back', r.stdout);
    assert.deepEqual(statuses(r.report), ['lb1:rolled-back', 'lb2:rolled-back', 'lb3:rolled-back']);
    assert.match(r.report.hosts[0].error!, /rolled back: another host failed; rolled back and healthy/);
    assert.match(r.report.hosts[2].error!, /health: .*HTTP 502/);
    assert.ok(r.report.hosts[0].phases.some((p) => p.phase === 'health' && p.status === 'ok'), 'the canary had passed its health checks');
    assert.deepEqual(etcs(), before);
    assert.deepEqual(await served(), ['v1', 'v1', 'v1']);
    const rb = r.report.transitions.find((t) => t.state === 'rolling-back');
    assert.match(rb?.note ?? '', /1 host failed \(max-failures 0\): rolling back every changed host/);
  } finally {
    writeFileSync(join(lab.hosts[2].etc, 'host.d/backend-new.conf'), `server 127.0.0.1:${ports[2]};\n`);
  }
});

test('an unreachable host, a wrong host key, an unknown host: fail closed before any change', { skip }, async () => {
  const before = etcs();
  const dir = release({ 'conf.d/lb.conf': lbConf('v6') });
  const hosts = lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n');
  const unreachable = await cliDeploy(dir, 'rel-v6', [], `${hosts}\n127.0.0.99 ghost`);
  assert.equal(unreachable.report.status, 'failed');
  assert.match(unreachable.report.hosts[3].error!, /^connect: ghost \(root@127\.0\.0\.99\): unreachable: ECONNREFUSED/);
  assert.deepEqual(etcs(), before);
  // lb2's known key replaced by a stranger's
  const wrong = lab.knownHosts.replace(new RegExp(`^${lab.hosts[1].address.replace(/\./g, '\\.')} .*$`, 'm'), `${lab.hosts[1].address} ${lab.strangerKey}`);
  writeFileSync(join(work, 'known_hosts'), wrong);
  const bad = await cliDeploy(dir, 'rel-v6');
  assert.equal(bad.report.status, 'failed');
  assert.match(bad.report.hosts[1].error!, /host key of 127\.0\.0\.12 changed: it presented SHA256:\S+, known-hosts pins SHA256:\S+/);
  // lb2 missing from known_hosts: refused unless accept-new is asked for
  writeFileSync(join(work, 'known_hosts'), lab.knownHosts.split('\n').filter((l) => !l.startsWith(lab.hosts[1].address + ' ')).join('\n'));
  const unknown = await cliDeploy(dir, 'rel-v6');
  assert.match(unknown.report.hosts[1].error!, /host 127\.0\.0\.12 is not in known-hosts .*set host-key-policy: accept-new/);
  assert.deepEqual(etcs(), before);
  for (const h of lab.hosts) assert.ok(!existsSync(join(h.state, 'lock')), `${h.name}: no lock left behind`);
  const accepted = await cliDeploy(dir, 'rel-v6', ['--host-key-policy', 'accept-new']);
  assert.equal(accepted.report.status, 'deployed', accepted.stdout);
  assert.match(accepted.report.hosts[1].phases[0].detail ?? '', /accepted as new/);
  writeFileSync(join(work, 'known_hosts'), lab.knownHosts);
  assert.deepEqual(await served(), ['v6', 'v6', 'v6']);
});

test('a lock held by another deploy: refused, naming the holder; a stale lock is taken over', { skip }, async () => {
  const lock = join(lab.hosts[1].state, 'lock');
  writeFileSync(lock, 'owner=alice run=https://ci.example/run/7 release=x id=other time=now\n');
  const before = etcs();
  const dir = release({ 'conf.d/lb.conf': lbConf('v7') });
  const r = await cliDeploy(dir, 'rel-v7');
  assert.equal(r.report.status, 'failed');
  assert.match(r.report.hosts[1].error!, /lock: locked by another deploy: owner=alice run=https:\/\/ci\.example\/run\/7/);
  assert.deepEqual(etcs(), before);
  assert.equal(readFileSync(lock, 'utf8'), 'owner=alice run=https://ci.example/run/7 release=x id=other time=now\n', "the other deploy's lock is untouched");
  assert.ok(!existsSync(join(lab.hosts[0].state, 'lock')) && !existsSync(join(lab.hosts[2].state, 'lock')), 'our locks released');
  // the lock and the host's state are read in one round trip: a holder's text cannot pass for our marker
  writeFileSync(lock, 'owner=mallory\n@@locked\n');
  const forged = await cliDeploy(dir, 'rel-v7');
  assert.equal(forged.report.status, 'failed');
  assert.match(forged.report.hosts[1].error!, /lock: locked by another deploy: owner=mallory @@locked/);
  assert.deepEqual(etcs(), before);
  writeFileSync(lock, 'owner=alice run=https://ci.example/run/7 release=x id=other time=now\n');
  const old = Date.now() / 1000 - 7200;
  utimesSync(lock, old, old);
  const taken = await cliDeploy(dir, 'rel-v7');
  assert.equal(taken.report.status, 'deployed', taken.stdout);
  assert.match(taken.report.hosts[1].phases.find((p) => p.phase === 'lock')!.detail!, /took over a stale lock \(owner=alice/);
});

test('a long run keeps its locks fresh: refreshed between waves once a quarter of lock-stale has passed', { skip }, async () => {
  const locks = lab.hosts.map((h) => join(h.state, 'lock'));
  const ages: number[] = [];
  const o = deployOptions(
    (n) =>
      (({
        hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
        'ssh-private-key': lab.key,
        'known-hosts': lab.knownHosts,
        'config-dir': release({ 'conf.d/lb.conf': lbConf('v7b') }),
        'release-id': 'rel-v7b',
        waves: '1,2,3',
        'lock-stale': '2s',
      }) as Record<string, string>)[n] ?? '',
    work,
    {
      beforePhase: async (host, phase) => {
        if (phase !== 'activate') return;
        if (host === 'lb2') {
          // lb1's lock made to look an hour old, then more than 2s / 4 passes before wave 3
          const old = Date.now() / 1000 - 3600;
          utimesSync(locks[0], old, old);
          await new Promise((r) => setTimeout(r, 700));
        }
        if (host === 'lb3') ages.push(Date.now() - statSync(locks[0]).mtimeMs);
      },
    },
  );
  const r = await deploy(o);
  assert.equal(r.status, 'deployed', JSON.stringify(r.hosts.map((h) => h.error)));
  assert.equal(ages.length, 1);
  assert.ok(ages[0] < 60_000, `lb1's lock was refreshed before wave 3 (its age there: ${ages[0]} ms)`);
  assert.ok(locks.every((l) => !existsSync(l)), 'every lock released');
  assert.deepEqual(await served(), ['v7b', 'v7b', 'v7b']);
});

test('rsync sends only what differs from the live release; a host without rsync gets the archive over SFTP; upload: rsync insists', { skip }, async (t) => {
  const base = { 'conf.d/lb.conf': lbConf('v20'), 'conf.d/a.conf': '# a\n', 'conf.d/b.conf': '# b\n' };
  const first = await cliDeploy(release(base), 'rel-v20');
  assert.equal(first.report.status, 'deployed', first.stdout + first.stderr);
  // lb3 loses rsync (a host without the package)
  const hide = lab.hosts[2].exec('mount --bind /dev/null /usr/bin/rsync');
  assert.equal(hide.status, 0, hide.stderr);
  t.after(() => lab.hosts[2].exec('umount /usr/bin/rsync'));
  const before = etcs();
  const insisted = await cliDeploy(release({ ...base, 'conf.d/lb.conf': lbConf('v21') }), 'rel-v21', ['--upload', 'rsync']);
  assert.equal(insisted.report.status, 'failed');
  assert.match(insisted.report.hosts[2].error!, /upload: rsync was asked for, but the host has no rsync/);
  assert.deepEqual(etcs(), before, 'nothing changed anywhere');
  const r = await cliDeploy(release({ ...base, 'conf.d/lb.conf': lbConf('v21') }), 'rel-v21');
  assert.equal(r.report.status, 'deployed', r.stdout + r.stderr);
  const details = r.report.hosts.map((h) => h.phases.find((p) => p.phase === 'upload')!.detail!);
  assert.match(details[0], /^rsync: 1 of 3 files sent \(\d+ bytes, the rest from release rel-v20\), checksums verified$/);
  assert.match(details[1], /^rsync: 1 of 3 files sent/);
  assert.equal(details[2], 'sftp: 3 files in one archive, checksums verified');
  assert.deepEqual(await served(), ['v21', 'v21', 'v21']);
  for (const h of lab.hosts) assert.equal(readFileSync(join(h.etc, 'conf.d/a.conf'), 'utf8'), '# a\n');
  // a file the release no longer ships is gone from the rsync'd staging too (the manifest holds exactly the release)
  const fewer = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v22'), 'conf.d/a.conf': '# a\n' }), 'rel-v22');
  assert.equal(fewer.report.status, 'deployed', fewer.stdout + fewer.stderr);
  for (const h of lab.hosts) {
    assert.ok(!existsSync(join(h.etc, 'conf.d/b.conf')));
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(h.state, 'releases/rel-v22/manifest.json'), 'utf8')).files).sort(), ['conf.d/a.conf', 'conf.d/lb.conf']);
  }
  assertNoSecrets(r);
});

test('a host behind its own bastion (via= on its line): reached through it, the bastion\'s key pinned too', { skip }, async () => {
  const [b1, b2, b3] = lab.hosts;
  const hosts = (via: string) => [`root@${b1.address} lb1`, `root@${b2.address} lb2 via=${via}`, `root@${b3.address} lb3`].join('\n');
  // the bastion's key is checked like any host's: one known_hosts without lb1's line fails lb2 only, naming the bastion
  const noBastionKey = join(work, 'known_hosts_no_lb1');
  writeFileSync(noBastionKey, lab.knownHosts.split('\n').filter((l) => !l.startsWith(`${b1.address} `)).join('\n'));
  const before = etcs();
  const refused = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v23') }), 'rel-v23', ['--known-hosts-file', noBastionKey], [`root@${b2.address} lb2 via=root@${b1.address}`, `root@${b3.address} lb3`].join('\n'));
  assert.equal(refused.report.status, 'failed');
  assert.match(refused.report.hosts[0].error!, new RegExp(`connect: lb2: bastion ${b1.address} \\(root@${b1.address.replace(/\./g, '\\.')}\\): host ${b1.address.replace(/\./g, '\\.')} is not in known-hosts`));
  assert.deepEqual(etcs(), before, 'nothing changed anywhere');
  const r = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v23') }), 'rel-v23', [], hosts(`root@${b1.address}`));
  assert.equal(r.report.status, 'deployed', r.stdout + r.stderr);
  assert.deepEqual(await served(), ['v23', 'v23', 'v23']);
  assert.match(r.report.hosts[1].phases.find((p) => p.phase === 'upload')!.detail!, /^rsync: /, 'rsync runs over the connection through the bastion');
  assertNoSecrets(r);
});

test('the connection dropped mid-upload (rsync and SFTP): nothing changes anywhere', { skip }, async () => {
  for (const upload of ['rsync', 'sftp']) {
    const before = etcs();
    const was = await served();
    const o = deployOptions(
      (n) =>
        (({
          hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
          'ssh-private-key': lab.key,
          'known-hosts': lab.knownHosts,
          'config-dir': release({ 'conf.d/lb.conf': lbConf('v8'), 'conf.d/big.bin': '#'.repeat(8 << 20) }),
          'release-id': 'rel-v8',
          'health-checks': 'GET http://{host}/health 200',
          upload,
        }) as Record<string, string>)[n] ?? '',
      work,
      {
        beforePhase: (host, phase) => {
          if (host === 'lb2' && phase === 'upload') {
            // drop lb2's SSH session a moment into the upload
            setTimeout(() => lab.hosts[1].exec("pkill -KILL -f 'sshd: root'"), 30);
          }
        },
      },
    );
    const r = await deploy(o);
    assert.equal(r.status, 'failed');
    assert.equal(r.hosts[1].status, 'failed');
    assert.match(r.hosts[1].error!, /upload: lb2: connection lost/, upload);
    assert.match(r.hosts[0].phases.find((p) => p.phase === 'upload')!.detail!, new RegExp(`^${upload}: `), 'the other hosts uploaded the asked way');
    assert.deepEqual(etcs(), before);
    assert.deepEqual(await served(), was);
    assert.ok(!existsSync(join(lab.hosts[0].state, 'lock')) && !existsSync(join(lab.hosts[2].state, 'lock')), 'the reachable hosts are unlocked');
    // lb2's lock stays behind (its connection is gone): the next run sees it, and can take it over once stale
    const lock = join(lab.hosts[1].state, 'lock');
    if (existsSync(lock)) rmSync(lock);
  }
});

test('a file that changes after the release was read: the staged checksums catch it (rsync and SFTP), nothing changes anywhere', { skip }, async () => {
  for (const upload of ['rsync', 'sftp']) {
    const before = etcs();
    const was = await served();
    const dir = release({ 'conf.d/lb.conf': lbConf('v8b'), 'conf.d/extra.conf': '# extra\n' });
    let edited = false;
    const o = deployOptions(
      (n) =>
        (({
          hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
          'ssh-private-key': lab.key,
          'known-hosts': lab.knownHosts,
          'config-dir': dir,
          'release-id': `rel-v8b-${upload}`,
          upload,
        }) as Record<string, string>)[n] ?? '',
      work,
      {
        beforePhase: (_host, phase) => {
          // the release's sums are taken before any host connects; the file changes under the run
          if (phase === 'lock' && !edited) writeFileSync(join(dir, 'conf.d/lb.conf'), lbConf('v8b-edited'));
          if (phase === 'lock') edited = true;
        },
      },
    );
    const r = await deploy(o);
    assert.equal(r.status, 'failed', upload);
    for (const h of r.hosts) {
      assert.equal(h.status, 'failed', `${upload} ${h.name}`);
      assert.match(h.error ?? '', /^upload: checksums: the staged files differ from the release: conf\.d\/lb\.conf \(sha256 [0-9a-f]{12}, expected [0-9a-f]{12}\)$/, `${upload} ${h.name}`);
    }
    assert.deepEqual(etcs(), before);
    assert.deepEqual(await served(), was);
    assert.ok(lab.hosts.every((h) => !existsSync(join(h.state, 'lock'))), 'every lock released');
  }
});

test('a non-root deploy user with sudo', { skip }, async (t) => {
  const user = 'nggdeploy';
  const sh = (c: string) => spawn('sh', ['-c', c], { stdio: 'ignore' });
  // the README's sudoers line: only the bot's command prefix, checked by visudo
  writeFileSync(`/etc/sudoers.d/${user}`, sudoersLine(user) + '\n', { mode: 0o440 });
  assert.equal(spawnSync('visudo', ['-c', '-f', `/etc/sudoers.d/${user}`]).status, 0, 'visudo accepts the line');
  await new Promise((r) => sh(`id ${user} >/dev/null 2>&1 || useradd -m -s /bin/sh ${user}; usermod -p '*' ${user}; mkdir -p /home/${user}/.ssh && cp ${lab.keyPath}.pub /home/${user}/.ssh/authorized_keys && chown -R ${user} /home/${user}/.ssh && chmod 700 /home/${user}/.ssh && chmod 600 /home/${user}/.ssh/authorized_keys; chmod 440 /etc/sudoers.d/${user}`).on('close', r));
  t.after(() => {
    rmSync(`/etc/sudoers.d/${user}`, { force: true });
    spawn('userdel', ['-r', user], { stdio: 'ignore' });
  });
  const hosts = lab.hosts.map((h) => `${user}@${h.address} ${h.name}`).join('\n');
  const withoutSudo = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v9') }), 'rel-v9', [], hosts);
  assert.equal(withoutSudo.report.status, 'failed', 'without sudo the deploy user cannot take the lock');
  const r = await cliDeploy(release({ 'conf.d/lb.conf': lbConf('v9') }), 'rel-v9', ['--sudo'], hosts);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.report.status, 'deployed');
  assert.deepEqual(await served(), ['v9', 'v9', 'v9']);
});

test('the action on push: mode deploy, a GitHub Deployment with statuses, the outcome on the merged PR, outputs, no secret in the log', { skip }, async (t) => {
  const api = await startGitHubApi({ tokens: { 'ghs-deploy': { login: 'github-actions[bot]', type: 'Bot', write: true, noUserEndpoint: true } } });
  t.after(() => api.close());
  const sha = 'a'.repeat(40);
  api.pulls.set(42, { headSha: 'b'.repeat(40), mergeSha: sha });
  const dir = release({ 'conf.d/lb.conf': lbConf('v10') });
  const run = await actionAsync(
    {
      hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
      'ssh-private-key': lab.key,
      'known-hosts': lab.knownHosts,
      'config-dir': dir,
      'health-checks': 'GET http://{host}/health 200',
      'health-check-interval': '100ms',
      'github-token': 'ghs-deploy',
    },
    { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/lb-config', GITHUB_API_URL: api.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '77', GITHUB_ACTOR: 'octocat' },
    { cwd: work, event: { ref: 'refs/heads/main', after: sha } },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['deployed-sha'], sha);
  assert.equal(run.outputs['rolled-back'], 'false');
  assert.equal(run.outputs['failed-hosts'], '');
  assert.equal(run.outputs.status, 'deployed');
  assert.deepEqual(await served(), ['v10', 'v10', 'v10']);
  assert.deepEqual(api.invalid, []);
  assert.equal(api.deployments.length, 1);
  assert.equal(api.deployments[0].task, 'deploy:nginx');
  assert.equal(api.deployments[0].sha, sha);
  assert.deepEqual(api.deployments[0].statuses.map((x) => x.state), ['in_progress', 'success']);
  const c = api.comments.find((x) => x.issue === 42);
  assert.match(c?.body ?? '', new RegExp(`### nginx-gitops deploy \`${sha}\`: ✅ \\*\\*deployed\\*\\*`));
  assert.match(run.summary, /\| lb1 \| 127\.0\.0\.11 \| 1 \| deployed \|/);
  for (const h of lab.hosts) assert.match(readFileSync(join(h.state, 'revisions.log'), 'utf8'), new RegExp(`\t${sha}\tdeployed\toctocat\thttps://github\.com/acme/lb-config/actions/runs/77`));
  const log = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  assertNoSecrets({ stdout: log, stderr: '' });
  assert.match(run.stdout, /::group::lb1 \(127\.0\.0\.11\): deployed/);
});

test('bad inputs are refused before anything connects, naming the input', () => {
  const get = (over: Record<string, string>) => (n: string) => ({ hosts: '127.0.0.1', 'ssh-private-key': '-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----\n', 'known-hosts': '127.0.0.1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHVpbGRpbmc=', 'config-dir': ROOT, 'release-id': 'r1', ...over })[n] ?? '';
  assert.throws(() => deployOptions(get({ hosts: 'root@bad host;rm -rf /' }), ROOT), /input "hosts" line 1: "root@bad host;rm -rf \/" is not \[user@\]host\[:port\] \[name\]/);
  assert.throws(() => deployOptions(get({ 'known-hosts': '' }), ROOT), /input "known-hosts" is required/);
  assert.throws(() => deployOptions(get({ waves: '1,0%' }), ROOT), /input "waves": "0%" is not a host count/);
  assert.throws(() => deployOptions(get({ 'health-checks': 'GET http://{host}/ 2000' }), ROOT), /input "health-checks" line 1: .*expected a status code/);
  assert.throws(() => deployOptions(get({ 'release-id': '../x' }), ROOT), /input "release-id"/);
  assert.throws(() => deployOptions(get({ 'remote-dir': 'etc/nginx' }), ROOT), /input "remote-dir" must be an absolute path/);
  assert.throws(() => deployOptions(get({ 'host-key-policy': 'yolo' }), ROOT), /input "host-key-policy" must be strict or accept-new/);
  assert.throws(() => deployOptions(get({ upload: 'scp' }), ROOT), /input "upload" must be auto, rsync or sftp, got "scp"/);
  assert.throws(() => deployOptions(get({ hosts: '10.0.0.2 lb2 via=bad;host' }), ROOT), /input "hosts" line 1: .* \[via=\[user@\]bastion\[:port\]\]/);
  // via= gives one host its own jump host; the bastion input covers the rest
  const o = deployOptions(get({ hosts: '10.0.0.1 lb1\ndeploy@10.0.0.2:2222 lb2 via=jump@192.0.2.9:2200', bastion: 'ops@192.0.2.1' }), ROOT);
  assert.deepEqual(o.hosts.map((h) => [h.name, h.user, h.port, h.bastion && `${h.bastion.user}@${h.bastion.address}:${h.bastion.port}`]), [['lb1', 'root', 22, undefined], ['lb2', 'deploy', 2222, 'jump@192.0.2.9:2200']]);
  assert.equal(o.ssh.bastion?.address, '192.0.2.1');
  assert.equal(o.upload, 'auto');
  // a rollback (host-filter or not) reaches each host the way a deploy does: its own via= kept
  const fleet = '10.0.0.1 lb1\ndeploy@[2001:db8::2]:2222 lb2 via=jump@192.0.2.9:2200\n10.0.0.3 lb3';
  for (const filter of ['', 'lb2,lb3']) {
    const rb = rollbackOptions(get({ hosts: fleet, reason: 'bad release', 'host-filter': filter }), ROOT);
    const want = [['lb2', 'deploy', '2001:db8::2', 2222, 'jump@192.0.2.9:2200'], ['lb3', 'root', '10.0.0.3', 22, undefined]];
    assert.deepEqual(rb.hosts.map((h) => [h.name, h.user, h.address, h.port, h.bastion && `${h.bastion.user}@${h.bastion.address}:${h.bastion.port}`]), filter ? want : [['lb1', 'root', '10.0.0.1', 22, undefined], ...want]);
    assert.equal(rb.waves.flat().length, rb.hosts.length, 'waves are made for the hosts the rollback works on');
    assert.equal(rb.release, 'rollback');
  }
});

test('where a host keeps its main config, pid and error log, from its nginx -V (the build) and the main config', () => {
  // Debian's build: --conf-path under remote-dir, pid and error log set by configure
  const debian = 'nginx version: nginx/1.22.1\nbuilt with OpenSSL 3.0.9\nconfigure arguments: --with-cc-opt=-O2 --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --error-log-path=stderr --pid-path=/run/nginx.pid --modules-path=/usr/lib/nginx/modules\n';
  assert.equal(shippedMainConf({ 'nginx.conf': 'h1', 'conf.d/a.conf': 'h2' }, '/etc/nginx', debian), 'nginx.conf');
  assert.equal(shippedMainConf({ 'conf.d/a.conf': 'h2' }, '/etc/nginx', debian), undefined, 'the release does not ship the main config');
  assert.equal(shippedMainConf({ 'nginx.conf': 'h1' }, '/srv/nginx', debian), undefined, 'the main config is outside remote-dir');
  assert.equal(mainConfig(debian, '/etc/nginx'), 'nginx.conf');
  assert.deepEqual(nginxPaths(debian, 'events {}\n'), { pid: '/run/nginx.pid', errorLog: undefined }, 'error log on stderr is not a file');
  assert.deepEqual(nginxPaths(debian, 'pid /run/lb.pid;\nerror_log logs/lb.log warn;\nevents {}\n'), { pid: '/run/lb.pid', errorLog: '/usr/share/nginx/logs/lb.log' }, 'the main config wins; relative paths under --prefix');
  // a build that states neither: nginx's defaults under --prefix
  const plain = 'nginx version: nginx/1.27.0\nconfigure arguments: --prefix=/opt/nginx/\n';
  assert.equal(shippedMainConf({ 'conf/nginx.conf': 'h' }, '/opt/nginx', plain), 'conf/nginx.conf');
  assert.deepEqual(nginxPaths(plain, ''), { pid: '/opt/nginx/logs/nginx.pid', errorLog: '/opt/nginx/logs/error.log' });
  assert.equal(mainConfig(plain, '/opt/nginx'), 'nginx.conf', 'without --conf-path the plan looks for nginx.conf');
});
