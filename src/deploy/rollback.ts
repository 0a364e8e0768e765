/**
 * What a rollback rolls back to: `target` (`previous`, a release id, or a commit sha) resolved
 * against the releases the hosts keep and, where a host no longer keeps it, the git history of the
 * repository at hand (shipped like a deploy).
 *
 * `previous` is the release the live one replaced when it was deployed (each manifest records it),
 * which was live and healthy everywhere then; every host must agree on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { fetchRevision } from '../plan/source.js';
import { readRelease, sameFiles, type Manifest } from './release.js';
import type { HostInfo } from './releases.js';

/** A release resolved for a run: its id, commit, files, and where the runner has a copy of them. */
export interface ReleaseSource {
  release: string;
  sha: string;
  /** Relative path -> sha256. */
  files: Record<string, string>;
  /** Local directory with the files (config-dir, or the target read from git); none when every host keeps the release. */
  dir?: string;
  /** The manifest a host keeps for the release (a rollback target): its `previous` carries over. */
  manifest?: Manifest;
  /** How it was found, for the log and the report. */
  note?: string;
}

export interface InspectedHost {
  name: string;
  info: HostInfo;
}

const SHA = /^[0-9a-f]{7,40}$/i;

/** The release a host's live release replaced (its manifest's `previous`; for older manifests the newest other kept release). */
function previousOf(info: HostInfo): { release?: string; sha?: string } {
  const m = info.manifest!;
  if (m.previous) return { release: m.previous, sha: m.previousSha ?? info.kept.find((k) => k.release === m.previous)?.sha };
  if (m.kind === 'rollback') return {};
  const k = info.kept.find((x) => x.release !== m.release);
  return { release: k?.release, sha: k?.sha };
}

/**
 * Resolves `target` on the inspected hosts.
 * @returns the release id, its commit when known, a kept manifest (files agreed by every host that keeps it) and the hosts keeping it
 * @throws InputError: a host without a recorded release (for `previous`), hosts that disagree on
 *   the previous release, an ambiguous sha prefix, kept copies that differ, a target no host keeps
 *   that is not a commit sha
 */
export function resolveTarget(target: string, hosts: InspectedHost[]): { release: string; sha?: string; manifest?: Manifest; keptOn: string[] } {
  let release: string;
  let sha: string | undefined;
  if (target === 'previous') {
    const none = hosts.filter((h) => !h.info.manifest);
    if (none.length) throw new InputError(`target "previous": ${none.map((h) => h.name).join(', ')} ${none.length === 1 ? 'has' : 'have'} no release recorded, so there is no previous one; name the target (a release id or a commit sha)`);
    const groups = new Map<string, string[]>();
    const shas = new Map<string, string | undefined>();
    for (const h of hosts) {
      const p = previousOf(h.info);
      const key = p.release ?? '(none recorded)';
      groups.set(key, [...(groups.get(key) ?? []), h.name]);
      if (p.sha) shas.set(key, p.sha);
    }
    if (groups.size > 1) {
      throw new InputError(`target "previous": the hosts disagree on the previous release - ${[...groups].map(([r, ns]) => `${ns.join(', ')}: ${r} (live ${hosts.find((h) => h.name === ns[0])!.info.current})`).join('; ')}. Nothing was changed; name the target (a release id or a commit sha)`);
    }
    const [only] = [...groups.keys()];
    if (only === '(none recorded)') throw new InputError(`target "previous": the hosts record no release before the live one (${hosts[0]?.info.current}); name the target (a release id or a commit sha)`);
    release = only;
    sha = shas.get(only);
  } else {
    const kept = hosts.flatMap((h) => h.info.kept);
    const byId = kept.filter((m) => m.release === target);
    const bySha = SHA.test(target) ? kept.filter((m) => m.sha?.toLowerCase().startsWith(target.toLowerCase())) : [];
    const ids = new Set((byId.length ? byId : bySha).map((m) => m.release));
    if (ids.size > 1) throw new InputError(`target "${target}" matches several kept releases (${[...ids].join(', ')}); name one`);
    if (ids.size === 1) {
      release = [...ids][0];
      sha = kept.find((m) => m.release === release)?.sha;
    } else if (SHA.test(target)) {
      release = target;
      sha = target;
    } else {
      throw new InputError(`target "${target}" is kept on no host (${hosts.map((h) => `${h.name}: ${h.info.releases.join(', ') || 'none'}`).join('; ')}) and is not a commit sha`);
    }
  }
  const keepers = hosts.filter((h) => h.info.kept.some((m) => m.release === release));
  const copies = keepers.map((h) => ({ name: h.name, m: h.info.kept.find((m) => m.release === release)! }));
  const differ = copies.find((c) => !sameFiles(c.m.files, copies[0].m.files));
  if (differ) throw new InputError(`release ${release} is kept with different files on ${copies[0].name} and ${differ.name}; name a commit sha to ship it from git`);
  return { release, sha: sha ?? copies[0]?.m.sha, manifest: copies[0]?.m, keptOn: keepers.map((h) => h.name) };
}

/**
 * The files of `configDir` at commit `sha`, read from the git repository around `cwd` (fetched
 * from origin when a shallow clone lacks it) into a temporary directory.
 * @throws InputError when there is no repository, the commit cannot be had, or it has no such directory
 */
export function gitRelease(sha: string, configDir: string, cwd: string): { dir: string; files: Record<string, string>; sha: string } {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (top.status !== 0) throw new InputError(`the rollback target ${sha} is kept on no host and ${cwd} is not a git repository to read it from`);
  const root = top.stdout.trim();
  fetchRevision(sha, root, 'rollback target');
  const full = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const sub = relative(root, configDir) || '.';
  if (sub.startsWith('..')) throw new InputError(`config-dir ${configDir} is outside the repository ${root}: cannot read the rollback target from git`);
  const out = mkdtempSync(join(tmpdir(), 'nginx-gitops-target-'));
  const archive = spawnSync('git', ['archive', '--format=tar', full, '--', sub], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new InputError(`commit ${full.slice(0, 12)} has no ${sub}/ to roll back to: ${archive.stderr.toString().trim()}`);
  const x = spawnSync('tar', ['-C', out, '-xf', '-'], { input: archive.stdout });
  if (x.status !== 0) throw new InputError(`unpacking ${sub}/ of ${full.slice(0, 12)} failed: ${x.stderr.toString().trim()}`);
  const dir = join(out, sub);
  if (!existsSync(dir)) throw new InputError(`commit ${full.slice(0, 12)} has no ${sub}/ to roll back to`);
  return { dir, files: readRelease(dir).files, sha: full };
}

/**
 * The rollback's release: `target` resolved on the hosts; the files from a kept manifest, and a
 * copy from git when some host does not keep it (which must hold the very same files).
 * @throws InputError as resolveTarget and gitRelease, or when git's files differ from the kept ones
 */
export function rollbackRelease(target: string, hosts: InspectedHost[], configDir: string, cwd: string): ReleaseSource {
  const t = resolveTarget(target, hosts);
  const what = `${target === 'previous' ? 'the previous release ' : ''}${t.release}`;
  if (t.keptOn.length === hosts.length && t.manifest) {
    return { release: t.release, sha: t.sha ?? '', files: t.manifest.files, manifest: t.manifest, note: `${what}, kept on every host` };
  }
  if (!t.sha) throw new InputError(`${what} is not kept on ${hosts.filter((h) => !t.keptOn.includes(h.name)).map((h) => h.name).join(', ')} and its commit is not recorded: name a commit sha`);
  const g = gitRelease(t.sha, configDir, cwd);
  if (t.manifest && !sameFiles(g.files, t.manifest.files)) {
    throw new InputError(`${what}: ${relative(cwd, configDir) || '.'} at commit ${g.sha.slice(0, 12)} differs from the release kept on ${t.keptOn.join(', ')}; name one of them explicitly`);
  }
  const missing = hosts.filter((h) => !t.keptOn.includes(h.name)).map((h) => h.name);
  const release = !t.manifest && t.release === t.sha ? g.sha : t.release;
  return { release, sha: g.sha, files: g.files, dir: g.dir, manifest: t.manifest, note: `${what}, ${t.keptOn.length ? `kept on ${t.keptOn.join(', ')}; ` : ''}from git (commit ${g.sha.slice(0, 12)}) for ${missing.join(', ')}` };
}
