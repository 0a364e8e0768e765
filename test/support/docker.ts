/**
 * A real Docker engine for tests: `dockerd` from Debian's docker.io with its own data root, exec root
 * and socket, no bridge, no iptables (see ../shared/notes/test-lab.md), and an nginx image imported
 * from the host's own nginx (no registry is reachable). Started by the test file that needs it and
 * stopped after it.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { nginxBin } from './nginx.js';

export interface DockerLab {
  /** DOCKER_HOST for the engine. */
  host: string;
  /** Runs the docker CLI against the engine. */
  docker(args: string[]): { status: number; stdout: string; stderr: string };
  stop(): Promise<void>;
}

function which(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Starts dockerd. Returns a reason string instead when it cannot run here (not root, no dockerd,
 * the engine does not come up within 30 s), so the caller can skip with that reason.
 */
export async function startDocker(): Promise<DockerLab | string> {
  if (process.getuid?.() !== 0) return 'dockerd needs root and the tests are not running as root';
  const dockerd = which('dockerd');
  if (!dockerd) return 'dockerd is not installed (Debian package docker.io; scripts/test.sh installs it as root)';
  if (!which('docker')) return 'the docker CLI is not installed';
  const d = mkdtempSync(join(tmpdir(), 'ngg-docker-'));
  const host = `unix://${d}/docker.sock`;
  const log: Buffer[] = [];
  const proc: ChildProcess = spawn(dockerd, [
    '--data-root', join(d, 'data'), '--exec-root', join(d, 'exec'), '-H', host, '--pidfile', join(d, 'docker.pid'),
    '--bridge=none', '--iptables=false', '--ip6tables=false', '--ip-forward=false', '--ip-masq=false', '--userland-proxy=false',
    '--exec-opt', 'native.cgroupdriver=cgroupfs', '--default-ulimit', 'nofile=1024:1024', '--default-ulimit', 'nproc=1024:1024',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (b: Buffer) => log.push(b));
  proc.stderr!.on('data', (b: Buffer) => log.push(b));
  let exited = false;
  proc.on('exit', () => (exited = true));
  const docker = (args: string[]) => {
    const r = spawnSync('docker', ['-H', host, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: d } });
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  const stop = async () => {
    if (!exited) {
      proc.kill('SIGTERM');
      await new Promise<void>((r) => {
        const t = setTimeout(() => { proc.kill('SIGKILL'); r(); }, 15_000);
        proc.on('exit', () => { clearTimeout(t); r(); });
        if (exited) { clearTimeout(t); r(); }
      });
    }
    spawnSync('umount', [join(d, 'exec/netns/default')]);
    spawnSync('sh', ['-c', `grep -o " ${d}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l`]);
    rmSync(d, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    if (exited) break;
    if (docker(['version', '--format', '{{.Server.Version}}']).status === 0) return { host, docker, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  return `dockerd did not start: ${Buffer.concat(log).toString().trim().split('\n').slice(-3).join(' | ')}`;
}

/** Libraries `ldd` lists for the given binaries. */
function libraries(bins: string[]): string[] {
  const libs = new Set<string>();
  for (const b of bins) {
    const out = spawnSync('ldd', [b], { encoding: 'utf8' }).stdout ?? '';
    for (const m of out.matchAll(/(\/[^\s]+) \(0x/g)) libs.add(m[1]);
  }
  return [...libs];
}

/**
 * Builds an image named `name` from the host's nginx: the binary, /bin/sh, mkdir and rm (the service
 * runner uses them), their libraries, /etc/nginx without sites-enabled/default, the module
 * directories, and minimal /etc/passwd and /etc/group; then `docker import`.
 */
export function importNginxImage(lab: DockerLab, name: string): void {
  const rootfs = mkdtempSync(join(tmpdir(), 'ngg-rootfs-'));
  try {
    const nginx = nginxBin();
    const modules = existsSync('/usr/lib/nginx/modules') ? readdirSync('/usr/lib/nginx/modules').map((m) => join('/usr/lib/nginx/modules', m)) : [];
    const tools = ['/bin/dash', '/bin/mkdir', '/bin/rm'].filter(existsSync);
    const put = (src: string, dest = src) => {
      mkdirSync(join(rootfs, dirname(dest)), { recursive: true });
      copyFileSync(src, join(rootfs, dest));
    };
    put(nginx, '/usr/sbin/nginx');
    put('/bin/dash', '/bin/sh');
    for (const t of tools) put(t);
    for (const l of libraries([nginx, ...tools, ...modules])) put(l);
    for (const d of ['/usr/lib/nginx/modules', '/usr/share/nginx/modules', '/usr/share/nginx/modules-available', '/etc/nginx']) {
      if (existsSync(d)) cpSync(d, join(rootfs, d), { recursive: true, dereference: false, verbatimSymlinks: true });
    }
    rmSync(join(rootfs, 'etc/nginx/sites-enabled/default'), { force: true });
    writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nwww-data:x:33:33:www-data:/var/www:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n');
    writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nwww-data:x:33:\nnogroup:x:65534:\n');
    for (const d of ['tmp', 'run', 'var/log/nginx', 'var/lib/nginx']) mkdirSync(join(rootfs, d), { recursive: true, mode: 0o1777 });
    const tar = join(rootfs, '..', `${name.replace(/\W/g, '_')}.tar`);
    execFileSync('tar', ['-C', rootfs, '-cf', tar, '.']);
    const r = lab.docker(['import', tar, name]);
    rmSync(tar, { force: true });
    if (r.status !== 0) throw new Error(`docker import failed: ${r.stderr}`);
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}
