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
  return climbsOut(rel) || rel.split(sep).includes('.git');
}

/** True when `rel`, a path as node:path's relative() gives it, leads out of its base directory. */
export function climbsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);
}

/** The directory part of a glob before its first segment with `*`, `?` or `[` (the pattern itself when it has none). */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const i = parts.findIndex((s) => hasMagic(s));
  return i < 0 ? pattern : parts.slice(0, i).join('/') || '/';
}

/** Regular-expression set bodies of the character classes glibc's fnmatch knows in `[...]` (C locale). */
const CHAR_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\v\\f\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

/** One character of a pattern as a regular expression matching it literally. */
const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Reads the bracket expression that starts at `pattern[i]` (`[`), as glibc's fnmatch does with
 * escapes on (glob(3) without GLOB_NOESCAPE): `!` or `^` first negates, a `]` first is literal,
 * `[:class:]` names a class, `\c` is c.
 * @returns the regular expression and the index after the closing `]`; undefined when the bracket
 * never closes (then the `[` is an ordinary character)
 */
function bracket(pattern: string, i: number): { re: string; end: number } | undefined {
  let j = i + 1;
  const negate = pattern[j] === '!' || pattern[j] === '^';
  if (negate) j++;
  let body = '';
  for (let first = true; j < pattern.length; first = false) {
    let c = pattern[j];
    if (c === ']' && !first) return { re: `[${negate ? '^' : ''}${body}]`, end: j + 1 };
    if (c === '[' && pattern[j + 1] === ':') {
      const close = pattern.indexOf(':]', j + 2);
      const cls = close < 0 ? undefined : CHAR_CLASSES[pattern.slice(j + 2, close)];
      if (cls !== undefined) {
        body += cls;
        j = close + 2;
        continue;
      }
    }
    if (c === '\\' && j + 1 < pattern.length) c = pattern[++j];
    j++;
    // a range: c-d (a "-" before the closing "]" is literal)
    if (pattern[j] === '-' && j + 1 < pattern.length && pattern[j + 1] !== ']') {
      let d = pattern[j + 1];
      j += 2;
      if (d === '\\' && j < pattern.length) d = pattern[j++];
      body += `${literal(c)}-${literal(d)}`;
    } else body += literal(c);
  }
  return undefined;
}

/**
 * True when a path segment has an unescaped `*` or `?`, or a `[` that closes: what glob(3) matches
 * against directory entries (any other segment is a name, backslash escapes removed).
 * glibc: __glob_pattern_type in posix/glob_pattern_p.c.
 */
export function segmentHasMagic(seg: string): boolean {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || (c === '[' && bracket(seg, i))) return true;
  }
  return false;
}

/** A segment without magic as the name it stands for (backslash escapes removed). */
function unescapeSegment(seg: string): string {
  return seg.replace(/\\(.)/g, '$1');
}

/**
 * fnmatch(3) for one path segment as glob(3) calls it (escapes on): `*`, `?`, `[...]` with `!`/`^`,
 * ranges and `[:class:]`, `\c` for a literal c. A leading dot is left to expandGlob().
 * glibc: posix/fnmatch_loop.c.
 */
export function segmentMatcher(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const b = bracket(pattern, i);
      if (!b) re += '\\[';
      else {
        re += b.re;
        i = b.end - 1;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += literal(pattern[++i]);
    else re += literal(c);
  }
  return new RegExp('^' + re + '$');
}

/**
 * Expands an include glob as glob(3) does with nginx's flags (0; nginx: ngx_open_glob in
 * src/os/unix/ngx_files.c): segment by segment, dotfiles only for segments that start with a dot,
 * every existing path returned - directories too, which nginx then fails to read ("Is a
 * directory"), so the parser reports them - and the whole list sorted byte-wise by full path
 * (glibc sorts with strcoll, and nginx runs in the C locale; crossplane sorts the same way).
 */
export function expandGlob(pattern: string, fs: ConfigFs = localFs): string[] {
  const abs = pattern.startsWith('/');
  const parts = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let bases = [abs ? '/' : ''];
  let lastListed = false;
  for (let i = abs ? 1 : 0; i < parts.length; i++) {
    const seg = parts[i];
    const next: string[] = [];
    lastListed = segmentHasMagic(seg);
    for (const base of bases) {
      if (!lastListed) {
        const name = unescapeSegment(seg);
        next.push(base === '' ? name : posix.join(base, name));
        continue;
      }
      let names: string[];
      try {
        names = fs.readDir(base === '' ? '.' : base);
      } catch {
        continue;
      }
      const m = segmentMatcher(seg);
      for (const name of names) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (m.test(name)) next.push(base === '' ? name : posix.join(base, name));
      }
    }
    bases = next;
  }
  // entries read from a directory exist; a path ending in a plain name is checked
  const found = lastListed ? bases : bases.filter((p) => fs.isFile(p) || isDir(fs, p));
  return found.sort(byteCompare);
}

function isDir(fs: ConfigFs, p: string): boolean {
  try {
    fs.readDir(p);
    return true;
  } catch {
    return false;
  }
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
