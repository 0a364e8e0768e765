/**
 * The deploy bench: a lab of N real load balancers (test/support/lab.ts, default 20), the default
 * waves (1,25%,100%), health checks that pass on the first attempt. Measures the wall time of a
 * clean deploy and of a failed-then-rolled-back one (the last wave's last host fails its health
 * check), excluding the configured waits between health-check attempts, and the time from the
 * failure being detected to every changed host being rolled back. Targets: overhead under 2 s for
 * 20 hosts; rollback within 1 s of detection plus probe time.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deploy, deployOptions } from '../src/deploy/index.js';
import { labUnavailable, startLab } from '../test/support/lab.js';

export interface DeployBench {
  hosts: number;
  deployMs: number;
  deployOverheadMs: number;
  /** The same clean deploy with upload: sftp (one tar archive per host), for comparison. */
  sftpDeployOverheadMs: number;
  rollbackRunMs: number;
  rollbackOverheadMs: number;
  rollbackAfterDetectMs: number;
}

const conf = (text: string, upstream: string) =>
  `upstream backend { include /etc/nginx/host.d/${upstream}; }\nserver {\n    include /etc/nginx/host.d/listen.conf;\n    location /health { proxy_pass http://backend; }\n    location / { return 200 "${text}\\n"; }\n}\n`;

/** Runs the bench; undefined (with the reason printed) where the lab cannot start. */
export async function benchDeploy(n: number): Promise<DeployBench | undefined> {
  const why = labUnavailable();
  if (why) {
    console.log(`deploy bench skipped: ${why}`);
    return undefined;
  }
  const backend: Server = await new Promise((r) => {
    const s = createServer((_q, res) => res.end('ok\n'));
    s.listen(0, '127.0.0.1', () => r(s));
  });
  const port = (backend.address() as AddressInfo).port;
  const lab = await startLab(n, (etc, address, i) => {
    mkdirSync(join(etc, 'host.d'), { recursive: true });
    writeFileSync(join(etc, 'host.d/listen.conf'), `listen ${address}:80;\n`);
    writeFileSync(join(etc, 'host.d/good.conf'), `server 127.0.0.1:${port};\n`);
    // the last host's "new" backend is dead: the rollback run fails there, in the last wave
    writeFileSync(join(etc, 'host.d/new.conf'), `server 127.0.0.1:${i === n ? 1 : port};\n`);
  });
  const work = mkdtempSync(join(tmpdir(), 'ngg-bench-deploy-'));
  try {
    const run = async (text: string, upstream: string, id: string, upload = 'auto') => {
      const dir = join(work, id);
      mkdirSync(join(dir, 'conf.d'), { recursive: true });
      writeFileSync(join(dir, 'conf.d/lb.conf'), conf(text, upstream));
      const inputs: Record<string, string> = {
        hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
        'ssh-private-key': lab.key,
        'known-hosts': lab.knownHosts,
        'config-dir': dir,
        'release-id': id,
        'health-checks': 'GET http://{host}/health 200',
        'health-check-interval': '100ms',
        'health-check-attempts': '2',
        'health-check-successes': '1',
        parallel: String(n),
        upload,
      };
      return deploy(deployOptions((k) => inputs[k] ?? '', work));
    };
    await run('warm-up', 'good.conf', 'r0');
    const good = await run('v1', 'good.conf', 'r1');
    if (good.status !== 'deployed') throw new Error(`bench deploy: ${good.status}`);
    const sftp = await run('v1s', 'good.conf', 'r1s', 'sftp');
    if (sftp.status !== 'deployed') throw new Error(`bench deploy (sftp): ${sftp.status}`);
    const bad = await run('v2', 'new.conf', 'r2');
    if (bad.status !== 'rolled-back') throw new Error(`bench rollback run: ${bad.status} ${JSON.stringify(bad.hosts.find((h) => h.error))}`);
    const phases = new Map<string, number[]>();
    for (const h of good.hosts) for (const ph of h.phases) phases.set(ph.phase, [...(phases.get(ph.phase) ?? []), ph.ms]);
    const marks = good.transitions.filter((t) => t.state !== 'verifying').map((t) => `${t.state === 'progressing' ? (t.note ?? '').replace(/:.*/, '') : t.state} ${t.atMs}`);
    console.log(`  clean deploy, ms since the start: ${marks.join(', ')}`);
    console.log(`  clean deploy, median ms per host and phase: ${[...phases].map(([k, v]) => `${k} ${v.sort((a, b) => a - b)[v.length >> 1]}`).join(', ')}`);
    const rb = bad.transitions.find((t) => t.state === 'rolling-back')!;
    const done = bad.transitions.find((t) => t.state === 'done' && t.atMs >= rb.atMs)!;
    return {
      hosts: n,
      deployMs: good.timing.totalMs,
      deployOverheadMs: good.timing.totalMs - good.timing.probeWaitMs,
      sftpDeployOverheadMs: sftp.timing.totalMs - sftp.timing.probeWaitMs,
      rollbackRunMs: bad.timing.totalMs,
      rollbackOverheadMs: bad.timing.totalMs - bad.timing.probeWaitMs,
      rollbackAfterDetectMs: done.atMs - rb.atMs,
    };
  } finally {
    lab.stop();
    backend.close();
    rmSync(work, { recursive: true, force: true });
  }
}
