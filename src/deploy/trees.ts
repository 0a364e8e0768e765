/**
 * Config trees copied from a host for a semantic plan (src/plan): the live remote-dir (symbolic
 * links followed, as nginx reads them) and, when asked, the files of a release the host keeps.
 * Used by the rollback's dry run (live -> target) and by status (release -> live: drift).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { parseBuild } from '../nginx-test/build.js';
import { plan } from '../plan/index.js';
import type { HostPlan } from './status.js';
import type { Remote } from './ssh.js';

const FETCH = `RD=$1; S=$2; R=$3
echo "@@live"; (cd "$RD" && tar -chf - . 2>/dev/null) | base64 | tr -d '\\n'; echo
if [ -n "$R" ] && [ -d "$S/releases/$R/files" ]; then echo "@@release"; (cd "$S/releases/$R/files" && tar -cf - .) | base64 | tr -d '\\n'; echo; fi`;

export interface HostTrees {
  /** Local temporary directory holding both trees; the caller removes it. */
  dir: string;
  /** Copy of the live remote-dir. */
  live: string;
  /** Copy of `releases/<id>/files`, when asked for and kept on the host. */
  release?: string;
}

function untar(b64: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const tarFile = `${into}.tar`;
  writeFileSync(tarFile, Buffer.from(b64.trim(), 'base64'));
  // GNU tar drops leading "/" and refuses members with ".." by default
  const r = spawnSync('tar', ['-C', into, '--no-same-owner', '--no-same-permissions', '-xf', tarFile], { encoding: 'utf8' });
  rmSync(tarFile, { force: true });
  if (r.status !== 0 && r.status !== 2) throw new Error(`unpacking the host's files failed: ${r.stderr.trim()}`);
}

/**
 * Copies the live remote-dir of a host (and `releases/<release>/files` from its state-dir) into a
 * local temporary directory, in one round trip (base64 tar over the SSH channel).
 * @throws SshError(dropped) when the connection is lost
 */
export async function fetchTrees(r: Remote, remoteDir: string, stateDir: string, release?: string): Promise<HostTrees> {
  const res = await r.sh(FETCH, [remoteDir, stateDir, release ?? '']);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-gitops-trees-'));
  const part = (name: string) => new RegExp(`^@@${name}\\n([A-Za-z0-9+/=]*)$`, 'm').exec(res.stdout)?.[1];
  untar(part('live') ?? '', join(dir, 'live'));
  const rel = part('release');
  if (rel !== undefined) untar(rel, join(dir, 'release'));
  return { dir, live: join(dir, 'live'), release: rel !== undefined ? join(dir, 'release') : undefined };
}

/**
 * A copy of `base` with `files` (relative paths) copied over from `from` and `remove` deleted: a
 * tree as it is after a release is laid over it.
 */
export function overlay(base: string, into: string, from: string, files: string[], remove: string[] = []): string {
  cpSync(base, into, { recursive: true });
  for (const f of remove) rmSync(join(into, f), { force: true });
  for (const f of files) {
    if (!existsSync(join(from, f))) continue;
    mkdirSync(dirname(join(into, f)), { recursive: true });
    cpSync(join(from, f), join(into, f));
  }
  return into;
}

/** The main config's path relative to remote-dir, from `nginx -V`'s --conf-path (default nginx.conf). */
export function mainConfig(nginxV: string, remoteDir: string): string {
  const conf = parseBuild(nginxV)?.confPath;
  return conf && conf.startsWith(`${remoteDir}/`) ? conf.slice(remoteDir.length + 1) : 'nginx.conf';
}

/**
 * The semantic plan (without lint) from tree `base` to tree `head`, absolute includes mapped under
 * `remoteDir`; `error` instead when a tree cannot be planned (no main config: InputError's message).
 */
export function planTrees(base: string, head: string, config: string, remoteDir: string): { plan?: HostPlan; error?: string } {
  try {
    const p = plan({ base, head, config, prefix: remoteDir, lint: false, cwd: base });
    return { plan: { summary: p.summary, changes: p.changes } };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { error: e.message };
  }
}
