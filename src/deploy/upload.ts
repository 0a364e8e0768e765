/**
 * Upload into `<state-dir>/staging/<release>` on the host, checked file by file against the
 * runner's SHA-256 sums. Two ways:
 *  - rsync, when both ends have it: the staging directory is seeded with the host's current release
 *    and rsync sends only what differs. rsync's transport is the SSH connection already open to the
 *    host (its pinned key verified, through its bastion, under the same sudo prefix): the local
 *    rsync's remote shell is a small bridge that hands the `rsync --server` command line and the
 *    byte stream to this process, which runs it over that connection. No second SSH client, no key
 *    on disk, no second host-key check to keep in step.
 *  - else one tar archive over SFTP, unpacked remotely.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { PassThrough, type Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from '../nginx-test/exec.js';
import { SshError, type Remote } from './ssh.js';

/** Every staging script starts here: the host's staging directory of release $2 under state-dir $1. */
const STAGING = `S=$1; R=$2
D="$S/staging/$R"`;

/** Every staging script ends here: the files checked against the sums on stdin, then counted. */
const VERIFY = `cd "$D" && sha256sum -c --quiet --strict - 2>&1 || exit 12
n=$(find . -type f | wc -l); echo "staged $n"`;

const STAGE = `${STAGING}; U=$3
rm -rf "$D" && mkdir -p "$D" || { rm -f "$U"; echo "cannot create $D"; exit 10; }
tar -C "$D" --no-same-owner -xf "$U"; rc=$?; rm -f "$U"
[ $rc = 0 ] || { echo "tar -x failed ($rc)"; exit 11; }
${VERIFY}`;

const STAGE_KEPT = `${STAGING}
rm -rf "$D" && mkdir -p "$D" && cp -a "$S/releases/$R/files/." "$D/" || { echo "cannot copy $S/releases/$R/files to $D"; exit 10; }
${VERIFY}`;

const CHECK = `${STAGING}
${VERIFY}`;

/** Seeds the staging directory with the current release's files (rsync then sends the difference). */
const SEED = `${STAGING}; C=$3
rm -rf "$D" && mkdir -p "$D" || { echo "cannot create $D"; exit 10; }
if [ -n "$C" ] && [ "$C" != "$R" ] && [ -d "$S/releases/$C/files" ]; then cp -a "$S/releases/$C/files/." "$D/" || exit 10; echo seeded; fi`;

function staged(res: { code: number; stdout: string; stderr: string }, fileCount: number): string | undefined {
  if (res.code !== 0) return `staging failed: ${(res.stdout + res.stderr).trim()}`;
  if (res.stdout.trim() !== `staged ${fileCount}`) return `staging holds a different set of files than the release (${res.stdout.trim()}, expected ${fileCount})`;
  return undefined;
}

/**
 * Stages a release the host keeps (`<state-dir>/releases/<release>/files`), checked against the
 * release's SHA-256 sums like an upload: nothing crosses the network.
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function stageKept(r: Remote, stateDir: string, release: string, checksums: string, fileCount: number): Promise<string | undefined> {
  return staged(await r.sh(STAGE_KEPT, [stateDir, release], checksums), fileCount);
}

/**
 * Uploads `tarPath` and stages it.
 * @param checksums `sha256sum -c` text for the release
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function upload(r: Remote, stateDir: string, release: string, tarPath: string, checksums: string, fileCount: number): Promise<string | undefined> {
  const remoteTar = `/tmp/nginx-gitops-upload-${randomBytes(16).toString('hex')}.tar`;
  await r.put(tarPath, remoteTar);
  return staged(await r.sh(STAGE, [stateDir, release, remoteTar], checksums), fileCount);
}

/**
 * The bridge rsync runs as its remote shell (`rsync -e`): it sends rsync's remote command line, one
 * JSON line, to the deploy's socket, then passes bytes both ways until either side ends.
 */
const BRIDGE = `'use strict';
const net = require('net');
const [sock, , ...cmd] = process.argv.slice(2); // rsync adds the host name, then the command
const c = net.connect(sock, () => {
  c.write(JSON.stringify(cmd) + '\\n');
  process.stdin.pipe(c);
  c.pipe(process.stdout);
});
c.on('error', (e) => { process.stderr.write('nginx-gitops rsync bridge: ' + e.message + '\\n'); process.exit(255); });
`;

/** What an rsync upload did: files sent (of the release), bytes over the wire. */
export interface RsyncStats {
  sent: number;
  bytes: number;
  seeded: boolean;
}

/**
 * Uploads the release directory with rsync over the host's open connection: staging seeded with
 * the host's live release `current` (when it keeps its files), then `rsync -rLptc --delete` (symbolic
 * links followed, `.git` left out, as readRelease() reads the release), then the checksum check.
 * @param limitMs longest the transfer may take; then rsync is stopped
 * @returns the stats, or the error text (rsync's and the remote side's messages)
 * @throws SshError(dropped) when the connection is lost
 */
export async function rsyncUpload(
  r: Remote,
  o: { stateDir: string; release: string; dir: string; current?: string; checksums: string; fileCount: number; limitMs: number },
): Promise<{ stats: RsyncStats } | { error: string }> {
  const seed = await r.sh(SEED, [o.stateDir, o.release, o.current ?? '']);
  if (seed.code !== 0) return { error: `staging failed: ${(seed.stdout + seed.stderr).trim()}` };
  const tmp = mkdtempSync(join(tmpdir(), 'nginx-gitops-rsync-'));
  chmodSync(tmp, 0o700);
  if (/["']/.test(process.execPath + tmp)) {
    rmSync(tmp, { recursive: true, force: true });
    return { error: 'rsync: the temporary directory or node path holds a quote character' }; // rsync's -e splits on quotes
  }
  const sockPath = join(tmp, 'rsync.sock');
  const bridge = join(tmp, 'bridge.cjs');
  writeFileSync(bridge, BRIDGE, { mode: 0o600 });
  let remote: Promise<{ code: number; stderr: string; lost?: SshError }> | undefined;
  let refused: string | undefined;
  const server = createServer({ allowHalfOpen: true }, (sock: Socket) => {
    server.close(); // one transfer per host
    let head = Buffer.alloc(0);
    const onData = (d: Buffer) => {
      head = Buffer.concat([head, d]);
      const nl = head.indexOf(10);
      if (nl < 0) return;
      sock.off('data', onData);
      sock.pause();
      let cmd: unknown;
      try {
        cmd = JSON.parse(head.subarray(0, nl).toString());
      } catch {
        cmd = undefined;
      }
      // only ever a receiving rsync server: the bridge cannot be talked into anything else
      if (!Array.isArray(cmd) || cmd[0] !== 'rsync' || cmd[1] !== '--server' || cmd.includes('--sender') || !cmd.every((a) => typeof a === 'string')) {
        refused = `unexpected rsync remote command ${JSON.stringify(cmd)}`;
        sock.destroy();
        return;
      }
      const rest = head.subarray(nl + 1);
      remote = r
        .sh('exec rsync "$@"', cmd.slice(1) as string[], stdinFrom(sock, rest), { onStdout: (b) => sock.write(b) })
        .then(
          (res) => ({ code: res.code, stderr: res.stderr }),
          (e: Error) => ({ code: -1, stderr: e.message, lost: e instanceof SshError ? e : undefined }),
        )
        .finally(() => sock.end());
    };
    sock.on('data', onData);
    sock.on('error', () => {});
  });
  try {
    await new Promise<void>((res, rej) => server.listen(sockPath, res).once('error', rej));
    const shell = `"${process.execPath}" "${bridge}" "${sockPath}"`;
    const local = await execFile('rsync', ['-rLptc', '--delete', '--exclude=.git', '--stats', '-s', '-e', shell, o.dir.replace(/\/?$/, '/'), `nginx-gitops:${o.stateDir}/staging/${o.release}/`], {
      timeoutMs: o.limitMs,
    });
    const rem = remote ? await remote : undefined;
    if (rem?.lost) throw rem.lost; // the connection went: said as such, like any other phase
    if (local.code !== 0) {
      const why = [refused, rem?.stderr.trim(), local.stderr.trim()].filter(Boolean).join('; ');
      return { error: `rsync failed (${local.timedOut ? `stopped after ${o.limitMs} ms` : `exit ${local.code}`}): ${why || 'no message'}` };
    }
    const sent = Number(/Number of regular files transferred: ([\d,]+)/.exec(local.stdout)?.[1].replace(/,/g, '') ?? NaN);
    const bytes = Number(/Total bytes sent: ([\d,]+)/.exec(local.stdout)?.[1].replace(/,/g, '') ?? NaN);
    const err = staged(await r.sh(CHECK, [o.stateDir, o.release], o.checksums), o.fileCount);
    return err ? { error: err } : { stats: { sent, bytes, seeded: seed.stdout.includes('seeded') } };
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The socket's bytes after the command line, as the remote command's stdin (`first`: bytes already read). */
function stdinFrom(sock: Socket, first: Buffer): Readable {
  const p = new PassThrough();
  if (first.length) p.write(first);
  sock.pipe(p);
  sock.resume();
  return p;
}

/** True when this machine has an rsync to run. */
export function localRsync(): boolean {
  return spawnSync('rsync', ['--version'], { stdio: 'ignore' }).status === 0;
}
