/**
 * Upload into `<state-dir>/staging/<release>` on the host, checked file by file against the
 * runner's SHA-256 sums. Two ways:
 *  - rsync, when both ends have it: the staging directory is seeded with the host's current release
 *    and rsync sends only what differs. rsync's transport is the SSH connection already open to the
 *    host (its pinned key verified, through its bastion, under the same sudo prefix): the local
 *    rsync's remote shell is a small shell script that hands the `rsync --server` command line and
 *    the byte stream to this process over an inherited socket, and this process runs it over that
 *    connection, seeding and checking the staging directory in the same round trip. No second SSH
 *    client, no key on disk, no second host-key check to keep in step.
 *  - else one tar archive over SFTP, unpacked remotely.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough, type Duplex, type Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from '../nginx-test/exec.js';
import { parseSums } from './release.js';
import { SH_FRESH, SshError, type Remote } from './ssh.js';

/** Every staging script starts here: the host's staging directory of release $2 under state-dir $1, and `fresh`. */
const STAGING = `S=$1; R=$2
D="$S/staging/$R"
${SH_FRESH}`;

/** Every staging script ends here: the SHA-256 of every staged file, for the runner to compare with the release's. */
const SUMS = `echo "@@sums"; cd "$D" && find . -type f -exec sha256sum {} +`;

const STAGE = `${STAGING}; U=$3
fresh "$D" || { rm -f "$U"; echo "cannot create $D"; exit 10; }
tar -C "$D" --no-same-owner -xf "$U"; rc=$?; rm -f "$U"
[ $rc = 0 ] || { echo "tar -x failed ($rc)"; exit 11; }
${SUMS}`;

const STAGE_KEPT = `${STAGING}
fresh "$D" && cp -a "$S/releases/$R/files/." "$D/" || { echo "cannot copy $S/releases/$R/files to $D"; exit 10; }
${SUMS}`;

/**
 * The remote side of an rsync upload, in one round trip: the staging directory seeded with the
 * current release's files (rsync then sends only the difference), the receiving rsync server
 * (stdin and stdout are rsync's protocol), then the staged files' sums. Everything but rsync's
 * protocol goes to stderr.
 */
const RSYNC_REMOTE = `${STAGING}; C=$3; shift 3
fresh "$D" >&2 || { echo "@@failed cannot create $D" >&2; exit 10; }
if [ -n "$C" ] && [ "$C" != "$R" ] && [ -d "$S/releases/$C/files" ]; then cp -a "$S/releases/$C/files/." "$D/" >&2 || { echo "@@failed cannot seed $D" >&2; exit 10; }; echo "@@seeded" >&2; fi
rsync "$@" || exit $?
{ ${SUMS}; } >&2`;

/** The remote side's messages without RSYNC_REMOTE's markers. */
const unmarked = (text: string) => text.replace(/@@(failed|seeded) ?/g, '').trim();

/**
 * Compares the staged files' sums (SUMS' output after its marker) with the release.
 * @param files the release: relative path -> sha256
 * @returns undefined when the staging directory holds exactly the release, else what differs
 */
function staged(res: { code: number; out: string }, files: Record<string, string>): string | undefined {
  const at = res.out.indexOf('@@sums\n');
  if (res.code !== 0 || at < 0) return `staging failed: ${unmarked(res.out) || `exit ${res.code}`}`;
  const got = new Map(Object.entries(parseSums(res.out.slice(at + 7))));
  const bad: string[] = [];
  for (const [f, h] of Object.entries(files)) {
    const g = got.get(f);
    if (g !== h) bad.push(g ? `${f} (sha256 ${g.slice(0, 12)}, expected ${h.slice(0, 12)})` : `${f} missing`);
    got.delete(f);
  }
  for (const f of got.keys()) bad.push(`${f} not in the release`);
  if (!bad.length) return undefined;
  return `checksums: the staged files differ from the release: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`;
}

/**
 * Stages a release the host keeps (`<state-dir>/releases/<release>/files`), checked against the
 * release's SHA-256 sums like an upload: nothing crosses the network.
 * @param files the release: relative path -> sha256
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function stageKept(r: Remote, stateDir: string, release: string, files: Record<string, string>): Promise<string | undefined> {
  const res = await r.sh(STAGE_KEPT, [stateDir, release]);
  return staged({ code: res.code, out: res.stdout + res.stderr }, files);
}

/**
 * Uploads `tarPath` and stages it, checked against the release's SHA-256 sums.
 * @param files the release: relative path -> sha256
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function upload(r: Remote, stateDir: string, release: string, tarPath: string, files: Record<string, string>): Promise<string | undefined> {
  const remoteTar = `/tmp/nginx-gitops-upload-${randomBytes(16).toString('hex')}.tar`;
  await r.put(tarPath, remoteTar);
  const res = await r.sh(STAGE, [stateDir, release, remoteTar]);
  return staged({ code: res.code, out: res.stdout + res.stderr }, files);
}

/**
 * The remote shell rsync runs (`rsync -e`): a shell script, no second runtime started per host.
 * It writes rsync's remote command line (after the host name) to fd 3 - a socket to this process,
 * inherited through rsync - as NUL-terminated fields, the count first, then passes bytes both ways
 * until either side ends.
 */
const BRIDGE = `#!/bin/sh
shift
printf '%s\\0' "$#" "$@" >&3 || exit 255
# rsync's output to the socket in the background (its stdin saved first: a background job's stdin
# is /dev/null), the socket to rsync in the foreground, so the bridge ends when the remote side does
exec 4<&0
cat <&4 >&3 &
exec cat <&3 4<&-
`;

/** What an rsync upload did: files sent (of the release), bytes over the wire. */
export interface RsyncStats {
  sent: number;
  bytes: number;
  seeded: boolean;
}

/** rsync's remote command line from the bridge: `count\0arg\0...`; undefined until complete, null when malformed. */
function commandLine(head: Buffer): { cmd: string[]; rest: Buffer } | undefined | null {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    const z = head.indexOf(0, at);
    if (z < 0) return head.length > 65536 ? null : undefined;
    fields.push(head.subarray(at, z).toString());
    at = z + 1;
    const n = Number(fields[0]);
    if (!Number.isInteger(n) || n < 1 || n > 1000) return null;
    if (fields.length === n + 1) return { cmd: fields.slice(1), rest: head.subarray(at) };
  }
}

/**
 * Uploads the release directory with rsync over the host's open connection, in one round trip:
 * staging seeded with the host's live release `current` (when it keeps its files), then
 * `rsync -rLptc --delete` (symbolic links followed, `.git` left out, as readRelease() reads the
 * release), then the staged files' sums compared with the release's.
 * @param files the release: relative path -> sha256
 * @param limitMs longest the transfer may take; then rsync is stopped
 * @returns the stats, or the error text (rsync's and the remote side's messages)
 * @throws SshError(dropped) when the connection is lost
 */
export async function rsyncUpload(
  r: Remote,
  o: { stateDir: string; release: string; dir: string; current?: string; files: Record<string, string>; limitMs: number },
): Promise<{ stats: RsyncStats } | { error: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'nginx-gitops-rsync-'));
  chmodSync(tmp, 0o700);
  if (/["'\s\\]/.test(tmp)) {
    rmSync(tmp, { recursive: true, force: true });
    return { error: 'rsync: the temporary directory holds a quote, space or backslash' }; // rsync's -e splits on them
  }
  const bridge = join(tmp, 'rsh');
  writeFileSync(bridge, BRIDGE, { mode: 0o700 });
  let remote: Promise<{ code: number; stderr: string; lost?: SshError }> | undefined;
  let refused: string | undefined;
  const talk = (sock: Duplex) => {
    let head = Buffer.alloc(0);
    const onData = (d: Buffer) => {
      head = Buffer.concat([head, d]);
      const line = commandLine(head);
      if (line === undefined) return;
      sock.off('data', onData);
      sock.pause();
      const cmd = line?.cmd;
      // only ever a receiving rsync server: the bridge cannot be talked into anything else
      if (!cmd || cmd[0] !== 'rsync' || cmd[1] !== '--server' || cmd.includes('--sender')) {
        refused = `unexpected rsync remote command ${JSON.stringify(cmd ?? head.subarray(0, 200).toString())}`;
        sock.destroy();
        return;
      }
      remote = r
        .sh(RSYNC_REMOTE, [o.stateDir, o.release, o.current ?? '', ...cmd.slice(1)], stdinFrom(sock, line!.rest), { onStdout: (b) => sock.write(b) })
        .then(
          (res): { code: number; stderr: string; lost?: SshError } => ({ code: res.code, stderr: res.stderr }),
          (e: Error) => ({ code: -1, stderr: e.message, lost: e instanceof SshError ? e : undefined }),
        )
        .then((res) => {
          // the remote side is done: what the bridge still sends is read and dropped (a bridge
          // blocked on a full socket never exits); a lost connection closes the socket outright
          sock.unpipe();
          sock.on('data', () => {});
          sock.resume();
          if (res.lost) sock.destroy();
          else sock.end();
          return res;
        });
    };
    sock.on('data', onData);
    sock.on('error', () => {});
  };
  try {
    const local = await execFile('rsync', ['-rLptc', '--delete', '--exclude=.git', '--stats', '-s', '-e', bridge, o.dir.replace(/\/?$/, '/'), `nginx-gitops:${o.stateDir}/staging/${o.release}/`], { timeoutMs: o.limitMs, fd3: talk });
    const rem = remote ? await remote : undefined;
    if (rem?.lost) throw rem.lost; // the connection went: said as such, like any other phase
    if (local.code !== 0) {
      const why = [refused, rem && unmarked(rem.stderr), local.stderr.trim()].filter(Boolean).join('; ');
      return { error: `rsync failed (${local.timedOut ? `stopped after ${o.limitMs} ms` : `exit ${local.code}`}): ${why || 'no message'}` };
    }
    const sent = Number(/Number of regular files transferred: ([\d,]+)/.exec(local.stdout)?.[1].replace(/,/g, '') ?? NaN);
    const bytes = Number(/Total bytes sent: ([\d,]+)/.exec(local.stdout)?.[1].replace(/,/g, '') ?? NaN);
    const err = staged({ code: rem?.code ?? -1, out: rem?.stderr ?? '' }, o.files);
    return err ? { error: err } : { stats: { sent, bytes, seeded: /^@@seeded$/m.test(rem!.stderr) } };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The socket's bytes after the command line, as the remote command's stdin (`first`: bytes already read). */
function stdinFrom(sock: Duplex, first: Buffer): Readable {
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
