/**
 * Where `nginx -t` runs: a fresh container (`docker`), a job's service container (`service`), or the
 * nginx installed on the runner (`local`). Each runner knows how to ask `nginx -V`, which isolation
 * the sandbox needs, and how to run nginx on it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { parseBuild, type NginxBuild } from './build.js';
import { childEnv, execFile, type ExecResult } from './exec.js';
import type { Isolation, Sandbox } from './sandbox.js';

/** Time limit of one `nginx -t` (ms): a config that resolves many names can be slow, never this slow. */
export const TEST_TIMEOUT_MS = 120_000;

export interface Runner {
  name: 'docker' | 'service' | 'local';
  /** How the sandbox keeps the test off the runner's network. */
  isolation: Isolation;
  /** With `rewrite`: nginx runs without root, so ports below 1024 must move. */
  unprivileged: boolean;
  /** `nginx -V` of the nginx that will run (asked once per runner). @throws InputError when it cannot be asked */
  build(): Promise<NginxBuild>;
  /** Runs `nginx -t` on the sandbox; stderr holds nginx's messages. */
  test(sb: Sandbox): Promise<ExecResult>;
}

/** `ask` run once; later calls share its answer (or its rejection). */
function once<T>(ask: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= ask());
}

function buildOrThrow(r: ExecResult, what: string): NginxBuild {
  const b = parseBuild(r.stderr + r.stdout);
  if (!b) throw new InputError(`${what}: "nginx -V" failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return b;
}

/** True when `unshare` can make a mount and network namespace here (root, and allowed). */
async function canUnshare(): Promise<boolean> {
  const r = await execFile('unshare', ['--mount', '--net', '--', 'true'], { timeoutMs: 10_000 });
  return r.code === 0;
}

/**
 * Inside a private mount and network namespace: the sandbox's hosts file over /etc/hosts, loopback
 * up, binding to addresses the namespace does not own allowed; then nginx. Arguments arrive as
 * positional parameters, never spliced into the script.
 */
const NAMESPACE_SCRIPT = [
  'hosts=$1; shift',
  'mount --bind "$hosts" /etc/hosts || exit 97',
  'ip link set lo up 2>/dev/null',
  'echo 1 > /proc/sys/net/ipv4/ip_nonlocal_bind || exit 97',
  'echo 1 > /proc/sys/net/ipv6/ip_nonlocal_bind 2>/dev/null',
  'exec "$@"',
].join('\n');

/**
 * The local runner: `bin` (default `nginx` on PATH, sbin directories included). As root it runs
 * nginx in a private mount and network namespace (isolation `namespace`); otherwise the sandbox
 * rewrites names and addresses (isolation `rewrite`).
 * @throws InputError when nginx cannot be run
 */
export async function localRunner(bin = 'nginx', forceIsolation?: Isolation): Promise<Runner> {
  const root = process.getuid?.() === 0;
  const isolation = forceIsolation ?? (root && (await canUnshare()) ? 'namespace' : 'rewrite');
  return {
    name: 'local',
    isolation,
    unprivileged: !root,
    build: once(async () => {
      const r = await execFile(bin, ['-V'], { timeoutMs: 30_000 });
      if (r.code === 127) throw new InputError(`nginx-test local: cannot run "${bin}" (${r.stderr.trim()}); install nginx or set nginx-bin`);
      return buildOrThrow(r, `nginx-test local (${bin})`);
    }),
    async test(sb) {
      if (isolation !== 'namespace') return execFile(bin, sb.nginxArgs, { timeoutMs: TEST_TIMEOUT_MS });
      const hostsFile = join(sb.dir, 'hosts');
      const lines = [...sb.hosts].map(([h, a]) => `${a} ${h}`);
      let base = '127.0.0.1 localhost\n::1 localhost\n';
      try {
        base = readFileSync('/etc/hosts', 'utf8');
      } catch {
        /* keep the minimal one */
      }
      writeFileSync(hostsFile, base.replace(/\n?$/, '\n') + lines.join('\n') + '\n');
      const r = await execFile('unshare', ['--mount', '--net', '--propagation', 'private', '--', 'sh', '-c', NAMESPACE_SCRIPT, 'sh', hostsFile, bin, ...sb.nginxArgs], { timeoutMs: TEST_TIMEOUT_MS });
      if (r.code === 97) throw new InputError(`nginx-test local: could not prepare the network namespace: ${r.stderr.trim()}`);
      return r;
    },
  };
}

/** True when a Docker engine answers the `docker` CLI (5 s limit). */
export async function dockerAnswers(docker = 'docker'): Promise<boolean> {
  const r = await execFile(docker, ['version', '--format', '{{.Server.Version}}'], { env: childEnv(true), timeoutMs: 5_000 });
  return r.code === 0 && r.stdout.trim() !== '';
}

/**
 * The docker runner: `docker run --rm --network none` of `image` with the sandbox mounted at its own
 * path, `--add-host` for each hostname, `ip_nonlocal_bind` and low ports allowed inside the
 * container's own network namespace, no capabilities beyond Docker's defaults and no new
 * privileges; as the runner's own user when that is not root (so the sandbox stays removable).
 * The container gets no environment from the runner.
 * @throws InputError when the engine does not answer or the image cannot run nginx
 */
export async function dockerRunner(image: string, docker = 'docker'): Promise<Runner> {
  if (!(await dockerAnswers(docker))) throw new InputError('nginx-test docker: no Docker engine answers (start one, or use nginx-test: local)');
  const env = childEnv(true);
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const isolated = ['run', '--rm', '--network', 'none', '--security-opt', 'no-new-privileges'];
  return {
    name: 'docker',
    isolation: 'container',
    unprivileged: false,
    build: once(async () => {
      // The first run may pull the image: a longer limit.
      const r = await execFile(docker, [...isolated, '--entrypoint', 'nginx', image, '-V'], { env, timeoutMs: 600_000 });
      return buildOrThrow(r, `nginx-test docker (image ${image})`);
    }),
    async test(sb) {
      const args = [...isolated];
      if (uid !== 0) args.push('--user', `${uid}:${gid}`, '--cap-drop', 'ALL');
      args.push('--sysctl', 'net.ipv4.ip_nonlocal_bind=1', '--sysctl', 'net.ipv4.ip_unprivileged_port_start=0');
      for (const [h, a] of sb.hosts) args.push('--add-host', `${h}:${a}`);
      args.push('-v', `${sb.dir}:${sb.dir}`, '--entrypoint', 'nginx', image, ...sb.nginxArgs);
      return execFile(docker, args, { env, timeoutMs: TEST_TIMEOUT_MS });
    },
  };
}

/**
 * The service runner: a container the job already runs (`nginx-container`, e.g.
 * `${{ job.services.nginx.id }}`). The sandbox is copied in with `docker cp` at its own path and
 * removed again; `docker exec ... nginx -t`. The container has its own network, so the sandbox
 * rewrites hostnames and foreign listen addresses (isolation `rewrite`).
 * @throws InputError when the container does not answer
 */
export async function serviceRunner(container: string, docker = 'docker'): Promise<Runner> {
  const env = childEnv(true);
  return {
    name: 'service',
    isolation: 'rewrite',
    unprivileged: false,
    build: once(async () => {
      const r = await execFile(docker, ['exec', container, 'nginx', '-V'], { env, timeoutMs: 60_000 });
      return buildOrThrow(r, `nginx-test service (container ${container})`);
    }),
    async test(sb) {
      const mk = await execFile(docker, ['exec', container, 'mkdir', '-p', dirname(sb.dir)], { env, timeoutMs: 60_000 });
      if (mk.code !== 0) throw new InputError(`nginx-test service: cannot prepare ${dirname(sb.dir)} in container ${container}: ${mk.stderr.trim()}`);
      const cp = await execFile(docker, ['cp', sb.dir, `${container}:${sb.dir}`], { env, timeoutMs: 120_000 });
      if (cp.code !== 0) throw new InputError(`nginx-test service: docker cp into container ${container} failed: ${cp.stderr.trim()}`);
      try {
        return await execFile(docker, ['exec', container, 'nginx', ...sb.nginxArgs], { env, timeoutMs: TEST_TIMEOUT_MS });
      } finally {
        await execFile(docker, ['exec', container, 'rm', '-rf', sb.dir], { env, timeoutMs: 60_000 });
      }
    },
  };
}
