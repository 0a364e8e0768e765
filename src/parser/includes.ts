/**
 * Include resolution: nginx's path rules plus the prefix remap for absolute paths.
 *
 * nginx: ngx_conf_include in src/core/ngx_conf_file.c - a relative path is resolved against the conf
 * prefix (the main config's directory), not the including file's; a pattern with `*`, `?` or `[` is
 * expanded with glob(3) (sorted, no match is not an error); a plain path that cannot be opened is.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { ConfigFs } from './types.js';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

/** True when nginx would expand the path as a glob (ngx_strpbrk(file, "*?[")). */
export function hasMagic(p: string): boolean {
  return /[*?[]/.test(p);
}

/**
 * Maps an include argument to a local path.
 * @param arg the include's argument as nginx unescapes it
 * @param confDir the local directory of the main config (nginx's conf prefix)
 * @param prefix the absolute directory the servers hold `confDir` at (e.g. `/etc/nginx`), if any
 */
export function resolveInclude(arg: string, confDir: string, prefix?: string): string {
  if (!isAbsolute(arg)) return join(confDir, arg);
  if (prefix) {
    const p = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
    if (arg === p) return confDir;
    if (arg.startsWith(p + '/')) return join(confDir, arg.slice(p.length + 1));
  }
  return arg;
}

/**
 * The test for paths (a file, or a glob's base: globBase()) that lead outside directory `confine`,
 * by outsideOf() against its real path, taken once; without a confine, nothing is outside.
 */
export function leavesConfine(confine: string | undefined): (path: string) => boolean {
  if (!confine) return () => false;
  const realRoot = realpathSync(confine);
  return (path) => outsideOf(realRoot, path);
}

/**
 * True when `path` lies outside directory `root` once symbolic links are followed (for a path that
 * does not exist: its nearest existing ancestor's real path), or inside a `.git` directory there.
 * For a glob, pass the part before its first magic segment (globBase()).
 * @param realRoot the real path of the root (realpathSync)
 */
export function outsideOf(realRoot: string, path: string): boolean {
  let real: string | undefined;
  let rest = '';
  for (let p = resolve(path); ; p = resolve(p, '..')) {
    try {
      real = join(realpathSync(p), rest);
      break;
    } catch {
      if (p === resolve(p, '..')) break;
      rest = join(posix.basename(p), rest);
    }
  }
  const rel = relative(realRoot, real ?? resolve(path));
  return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel) || rel.split(sep).includes('.git');
}

/** The directory part of a glob before its first segment with `*`, `?` or `[` (the pattern itself when it has none). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((s) => hasMagic(s));
  return i < 0 ? pattern : parts.slice(0, i).join('/') || '/';
}

/** POSIX fnmatch for one path segment (`*`, `?`, `[...]`, `[!...]`); a leading dot must match literally. */
export function segmentMatcher(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/**
 * Expands an include glob like glob(3) with default flags: segment by segment, names sorted
 * byte-wise, dotfiles only for patterns that start with a dot, only existing paths returned.
 */
export function expandGlob(pattern: string, fs: ConfigFs = localFs): string[] {
  const abs = pattern.startsWith('/');
  const parts = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let bases = [abs ? '/' : ''];
  for (let i = abs ? 1 : 0; i < parts.length; i++) {
    const seg = parts[i];
    const next: string[] = [];
    for (const base of bases) {
      if (!hasMagic(seg)) {
        next.push(base === '' ? seg : posix.join(base, seg));
        continue;
      }
      let names: string[];
      try {
        names = fs.readDir(base === '' ? '.' : base);
      } catch {
        continue;
      }
      const m = segmentMatcher(seg);
      for (const name of names.slice().sort(byteCompare)) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (m.test(name)) next.push(base === '' ? name : posix.join(base, name));
      }
    }
    bases = next;
  }
  return bases.filter((p) => fs.isFile(p));
}

/** The local file system as a ConfigFs. */
export const localFs: ConfigFs = {
  readFile: (p) => readFileSync(p),
  readDir: (p) => readdirSync(p),
  isFile: (p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
};

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
