/**
 * A lab of load balancers on this machine (../shared/notes/test-lab.md): each host its own mount
 * and pid namespace with the stock Debian /etc/nginx (a per-host copy), its own sshd and nginx on
 * its own loopback address 127.0.0.(10+i), a private /run, /tmp and state directory. Started and
 * torn down by the test file that uses it (the death signal is per thread).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LabHost {
  name: string;
  address: string;
  root: string;
  /** The host's /etc/nginx, /var/lib/nginx-gitops and /var/log/nginx as seen from outside. */
  etc: string;
  state: string;
  log: string;
  proc: ChildProcess;
  /** Runs a shell command inside the host's namespaces (as root). */
  exec(cmd: string): { status: number; stdout: string; stderr: string };
  /** SIGKILL the host (sshd and nginx go with it). */
  kill(): void;
}

export interface Lab {
  dir: string;
  hosts: LabHost[];
  /** The deploy key (OpenSSH private key text) and its path. */
  key: string;
  keyPath: string;
  /** known_hosts lines for every host. */
  knownHosts: string;
  /** A host key that belongs to no host (for wrong-key tests), as a known_hosts key part. */
  strangerKey: string;
  stop(): void;
}

/** Why the lab cannot run here, or undefined when it can. */
export function labUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'not root: the lab needs mount and pid namespaces';
  for (const [p, pkg] of [['/usr/sbin/sshd', 'openssh-server'], ['/usr/sbin/nginx', 'nginx'], ['/usr/bin/unshare', 'util-linux'], ['/usr/bin/setpriv', 'util-linux'], ['/usr/bin/ssh-keygen', 'openssh-client']]) {
    if (!existsSync(p)) return `${p} missing (Debian package ${pkg}; scripts/test.sh installs it)`;
  }
  const probe = spawnSync('unshare', ['--mount', '--pid', '--fork', 'true']);
  if (probe.status !== 0) return `unshare --mount --pid fails here: ${probe.stderr.toString().trim()}`;
  return undefined;
}

const HOSTINIT = `set -e
ROOT=$1; ADDR=$2
mount -t tmpfs -o mode=755 tmpfs /run && mkdir -m 755 /run/sshd
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount --bind "$ROOT/etc/nginx" /etc/nginx
mount --bind "$ROOT/var/log/nginx" /var/log/nginx
mount --bind "$ROOT/var/lib/nginx" /var/lib/nginx
mkdir -p /var/lib/nginx-gitops && mount --bind "$ROOT/state" /var/lib/nginx-gitops
mount --bind "$ROOT/root" /root
ip link set lo up 2>/dev/null || true
/usr/sbin/nginx
exec /usr/sbin/sshd -D -e -f "$ROOT/sshd_config"
`;

function keygen(path: string, comment: string): void {
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', path]);
  if (r.status !== 0) throw new Error(`ssh-keygen: ${r.stderr}`);
}

async function waitPort(host: string, port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((res) => {
      const s = connect({ host, port });
      s.once('connect', () => (s.destroy(), res(true)));
      s.once('error', () => res(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`${host}:${port} did not come up within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Files under `dir`, relative path -> content (for byte-for-byte comparisons). */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else if (e.isFile()) out[r] = readFileSync(join(d, e.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/**
 * Starts `n` hosts. `prepare(host root /etc/nginx, i)` may add files before nginx starts (the
 * host-local listen include, the live release).
 */
export async function startLab(n: number, prepare: (etc: string, address: string, i: number) => void, o: { firstOctet?: number } = {}): Promise<Lab> {
  // not under /tmp: each host mounts a private /tmp
  const dir = mkdtempSync(join(existsSync('/var/tmp') ? '/var/tmp' : tmpdir(), 'ngg-lab-'));
  const keyPath = join(dir, 'deploy_key');
  keygen(keyPath, 'nginx-gitops-deploy');
  keygen(join(dir, 'stranger'), 'stranger');
  const pub = readFileSync(`${keyPath}.pub`, 'utf8');
  writeFileSync(join(dir, 'hostinit.sh'), HOSTINIT);
  const hosts: LabHost[] = [];
  const known: string[] = [];
  const base = o.firstOctet ?? 10;
  for (let i = 1; i <= n; i++) {
    const address = `127.0.0.${base + i}`;
    const root = join(dir, `host${i}`);
    const etc = join(root, 'etc/nginx');
    cpSync('/etc/nginx', etc, { recursive: true, dereference: false });
    rmSync(join(etc, 'sites-enabled/default'), { force: true });
    for (const d of ['var/log/nginx', 'var/lib/nginx', 'state', 'root/.ssh']) mkdirSync(join(root, d), { recursive: true });
    chmodSync(join(root, 'root'), 0o700);
    chmodSync(join(root, 'root/.ssh'), 0o700);
    writeFileSync(join(root, 'root/.ssh/authorized_keys'), pub, { mode: 0o600 });
    keygen(join(root, 'ssh_host_ed25519_key'), `host${i}`);
    writeFileSync(
      join(root, 'sshd_config'),
      [
        'Port 22',
        `ListenAddress ${address}`,
        `HostKey ${root}/ssh_host_ed25519_key`,
        'PidFile /run/sshd.pid',
        'PermitRootLogin prohibit-password',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'StrictModes yes',
        'Subsystem sftp internal-sftp',
        'MaxStartups 100',
        '',
      ].join('\n'),
    );
    prepare(etc, address, i);
    const hostKey = readFileSync(join(root, 'ssh_host_ed25519_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
    known.push(`${address} ${hostKey}`);
    const proc = spawn('setpriv', ['--pdeathsig', 'KILL', '--', 'unshare', '--mount', '--pid', '--fork', '--kill-child', '--mount-proc', '--propagation', 'private', '/bin/sh', join(dir, 'hostinit.sh'), root, address], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += d));
    const childPid = () => {
      const kids = readFileSync(`/proc/${proc.pid}/task/${proc.pid}/children`, 'utf8').trim().split(/\s+/);
      return kids[0];
    };
    hosts.push({
      name: `lb${i}`,
      address,
      root,
      etc,
      state: join(root, 'state'),
      log: join(root, 'var/log/nginx'),
      proc,
      exec(cmd) {
        const r = spawnSync('nsenter', ['-t', childPid(), '-m', '-p', 'sh', '-c', cmd], { encoding: 'utf8' });
        return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
      },
      kill() {
        proc.kill('SIGKILL');
      },
    });
    proc.on('exit', (code) => {
      if (code && code !== 0 && stderr) process.stderr.write(`# lab host${i} exited ${code}: ${stderr}\n`);
    });
  }
  const lab: Lab = {
    dir,
    hosts,
    key: readFileSync(keyPath, 'utf8'),
    keyPath,
    knownHosts: known.join('\n') + '\n',
    strangerKey: readFileSync(join(dir, 'stranger.pub'), 'utf8').split(' ').slice(0, 2).join(' '),
    stop() {
      for (const h of hosts) h.proc.kill('SIGKILL');
      // give the kernel a moment to tear the namespaces down before the files go
      spawnSync('sleep', ['0.1']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await Promise.all(hosts.map((h) => waitPort(h.address, 22, 5000)));
  } catch (e) {
    lab.stop();
    throw e;
  }
  return lab;
}
