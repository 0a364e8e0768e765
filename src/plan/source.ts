/**
 * The two sides of a plan: a directory, or a git revision of the repository at hand read straight
 * from git's object store (no checkout, no working-tree change).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { localFs } from '../parser/includes.js';
import type { ConfigFs } from '../parser/types.js';

export interface TreeSource {
  /** What the user gave (`main`, `HEAD~1`, `./old`). */
  spec: string;
  /** The commit, for a git revision. */
  sha?: string;
  /** Absolute directory the tree stands at (for a revision, a path that exists only in `fs`). */
  root: string;
  fs: ConfigFs;
}

/** Where a git revision's tree is mounted in its ConfigFs: a path no real file system has. */
const GIT_ROOT = '/nginx-gitops-git';

function git(cwd: string, args: string[], input?: Buffer | string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new InputError(`git ${args[0]} failed: ${r.error.message}`);
  if (r.status !== 0) throw Object.assign(new Error(r.stderr.toString().trim()), { gitStatus: r.status });
  return r.stdout;
}

/**
 * Opens `spec`: an existing directory as is, else a git revision of the repository around `cwd`.
 * @throws InputError when `spec` is neither; for a revision missing from a shallow clone the message
 *   says to fetch it or set `fetch-depth: 0` on actions/checkout
 */
export function openTree(spec: string, cwd = process.cwd()): TreeSource {
  const dir = resolve(cwd, spec);
  if (existsSync(dir) && statSync(dir).isDirectory()) return { spec, root: dir, fs: localFs };
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch {
    throw new InputError(`"${spec}" is not a directory, and ${cwd} is not in a git repository to read it as a revision from`);
  }
  let sha: string;
  try {
    sha = git(top, ['rev-parse', '--verify', '--quiet', `${spec}^{commit}`]).toString().trim();
  } catch {
    const shallow = git(top, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
    throw new InputError(
      `"${spec}" is neither a directory nor a commit of ${top}` +
        (shallow ? ': this is a shallow clone that lacks it - fetch it (git fetch --depth=1 origin <sha>) or set fetch-depth: 0 on actions/checkout' : ''),
    );
  }
  return { spec, sha, root: `${GIT_ROOT}/${sha}`, fs: gitFs(top, sha) };
}

/**
 * Makes sure commit `sha` is in the repository around `cwd`: when it is missing (actions/checkout
 * fetches one commit by default), fetches it from `origin` (one commit deep in a shallow clone).
 * @throws InputError naming the commit, git's own message and the fix (`fetch-depth: 0`)
 */
export function fetchRevision(sha: string, cwd: string, what = 'base'): void {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new InputError(`${what} "${sha}" is not a commit sha`);
  const has = () => spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd }).status === 0;
  if (has()) return;
  const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8' }).stdout.trim() === 'true';
  const r = spawnSync('git', ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=1'] : []), 'origin', sha], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (r.status === 0 && has()) return;
  const why = (r.error?.message ?? r.stderr ?? '').trim().split('\n').pop() || `exit ${r.status}`;
  throw new InputError(`${what} commit ${sha} is not in the clone at ${cwd} and could not be fetched from origin (${why}): set "fetch-depth: 0" on actions/checkout`);
}

/**
 * A ConfigFs over the tree of commit `sha`: `git ls-tree -r` for the names, one
 * `git cat-file --batch` for every blob. Symbolic links are followed inside the tree.
 */
export function gitFs(repo: string, sha: string): ConfigFs {
  const root = `${GIT_ROOT}/${sha}`;
  const entries = git(repo, ['ls-tree', '-r', '-z', '--full-tree', sha]).toString().split('\0').filter(Boolean);
  const files = new Map<string, { link: boolean; oid: string }>();
  const dirs = new Map<string, Set<string>>();
  const addDir = (path: string) => {
    let p = path;
    while (p !== root) {
      const parent = posix.dirname(p);
      let s = dirs.get(parent);
      if (!s) dirs.set(parent, (s = new Set()));
      s.add(posix.basename(p));
      p = parent;
    }
  };
  for (const e of entries) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e);
    if (!m || m[2] !== 'blob') continue;
    const path = `${root}/${m[4]}`;
    files.set(path, { link: m[1] === '120000', oid: m[3] });
    addDir(path);
  }
  // All blobs at once: `<oid> blob <size>\n<bytes>\n` per object.
  const oids = [...new Set([...files.values()].map((f) => f.oid))];
  const out = oids.length ? git(repo, ['cat-file', '--batch'], oids.join('\n') + '\n') : Buffer.alloc(0);
  const blobs = new Map<string, Buffer>();
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(10, pos);
    const [oid, , size] = out.subarray(pos, nl).toString().split(' ');
    const n = parseInt(size, 10);
    blobs.set(oid, out.subarray(nl + 1, nl + 1 + n));
    pos = nl + 1 + n + 1;
  }
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
  const follow = (p: string): string | undefined => {
    let cur = posix.normalize(p);
    for (let i = 0; i < 16; i++) {
      const f = files.get(cur);
      if (!f) return dirs.has(cur) ? cur : undefined;
      if (!f.link) return cur;
      cur = posix.resolve(posix.dirname(cur), blobs.get(f.oid)!.toString());
    }
    return undefined;
  };
  return {
    readFile(p) {
      const real = follow(p);
      if (!real) throw enoent(p);
      if (dirs.has(real)) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${p}'`), { code: 'EISDIR' });
      return blobs.get(files.get(real)!.oid)!;
    },
    readDir(p) {
      const real = follow(p);
      const d = real && dirs.get(real);
      if (!d) throw enoent(p);
      return [...d];
    },
    isFile(p) {
      const real = follow(p);
      return real !== undefined && files.has(real);
    },
  };
}
