/**
 * The deploy and rollback tests' fleet: a lab (test/support/lab.ts) whose hosts each serve one
 * managed file, conf.d/lb.conf, with a host-local listen include and /health proxied to a backend
 * in this process; plus the CLI run the way an operator runs it, and what each host serves.
 */
import { spawn } from 'node:child_process';
import { createServer, get, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { snapshotDir, startLab, type Lab } from './lab.js';
import { ROOT } from './run.js';

export function serve(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  return new Promise((r) => {
    const s = createServer(handler);
    s.listen(0, '127.0.0.1', () => r(s));
  });
}
export const portOf = (s: Server) => (s.address() as AddressInfo).port;

/** The release's one managed file: a server on the host-local listen, /health proxied to the host's backend, / answering `text`. */
export function lbConf(text: string, o: { upstream?: string; extra?: string; readTimeout?: string } = {}): string {
  return `upstream backend {
    include /etc/nginx/host.d/${o.upstream ?? 'backend.conf'};
}
server {
    include /etc/nginx/host.d/listen.conf;
    location /health {
        proxy_pass http://backend;
        proxy_read_timeout ${o.readTimeout ?? '5s'};
    }
    location / {
        return 200 "${text}\\n";
    }
}
${o.extra ?? ''}`;
}

export interface Fleet {
  lab: Lab;
  /** Backend ports per host (answering "ok from backend N"), a port nothing listens on, one that never answers. */
  ports: number[];
  deadPort: number;
  hungPort: number;
  /** Every host's /etc/nginx, file by file (for byte-for-byte comparisons). */
  etcs(): Record<string, string>[];
  /** The body each host serves at /. */
  served(): Promise<string[]>;
  stop(): void;
}

/** What a host serves at `path` (status and body). */
export function fetchFrom(address: string, path = '/'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: address, port: 80, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

/**
 * `n` backends on 127.0.0.1 answering "ok from backend N", a port nothing listens on, and one
 * that accepts and never answers; `servers` to close.
 */
export async function startBackends(n: number): Promise<{ servers: Server[]; ports: number[]; deadPort: number; hungPort: number }> {
  const servers: Server[] = [];
  const ports: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = await serve((_req, res) => res.end(`ok from backend ${i + 1}\n`));
    servers.push(s);
    ports.push(portOf(s));
  }
  const dead = await serve(() => {});
  const deadPort = portOf(dead);
  await new Promise((r) => dead.close(r));
  const hung = await serve(() => {
    /* never answers */
  });
  servers.push(hung);
  return { servers, ports, deadPort, hungPort: portOf(hung) };
}

/** Starts `n` hosts serving lbConf('v0'), each with host.d/{listen,backend,backend-new}.conf. */
export async function startFleet(n = 3): Promise<Fleet> {
  const { servers: backends, ports, deadPort, hungPort } = await startBackends(n);
  const lab = await startLab(n, (etc, address, i) => {
    mkdirSync(join(etc, 'host.d'), { recursive: true });
    writeFileSync(join(etc, 'host.d/listen.conf'), `listen ${address}:80;\n`);
    writeFileSync(join(etc, 'host.d/backend.conf'), `server 127.0.0.1:${ports[i - 1]};\n`);
    writeFileSync(join(etc, 'host.d/backend-new.conf'), `server 127.0.0.1:${ports[i - 1]};\n`);
    writeFileSync(join(etc, 'conf.d/lb.conf'), lbConf('v0'));
  });
  return {
    lab,
    ports,
    deadPort,
    hungPort,
    etcs: () => lab.hosts.map((h) => snapshotDir(h.etc)),
    served: () => Promise.all(lab.hosts.map(async (h) => (await fetchFrom(h.address)).body.trim())),
    stop() {
      lab.stop();
      for (const s of backends) s.closeAllConnections?.(), s.close();
    },
  };
}

export interface CliRun<R> {
  status: number;
  stdout: string;
  stderr: string;
  /** The JSON report (--format json), when stdout held one. */
  report: R;
}

/** Runs dist/cli.js `args` in `cwd` without the runner's INPUT_* and GITHUB_* variables. */
export function runCli<R>(args: string[], cwd: string): Promise<CliRun<R>> {
  return new Promise((resolve, reject) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')));
    const c = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('error', reject);
    c.on('close', (code) => {
      let report: R;
      try {
        report = JSON.parse(stdout) as R;
      } catch {
        report = undefined as R;
      }
      resolve({ status: code ?? -1, stdout, stderr, report });
    });
  });
}

/** Asserts-friendly check that the lab's private key never appears in `text`. */
export function leaksKey(lab: Lab, text: string): boolean {
  const keyBody = lab.key.split('\n').filter((l) => l && !l.startsWith('-----'))[1];
  return text.includes(keyBody);
}
