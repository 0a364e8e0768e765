import type { ConfigFs } from './types.js';
/** True when nginx would expand the path as a glob (ngx_strpbrk(file, "*?[")). */
export declare function hasMagic(p: string): boolean;
/**
 * Maps an include argument to a local path.
 * @param arg the include's argument as nginx unescapes it
 * @param confDir the local directory of the main config (nginx's conf prefix)
 * @param prefix the absolute directory the servers hold `confDir` at (e.g. `/etc/nginx`), if any
 */
export declare function resolveInclude(arg: string, confDir: string, prefix?: string): string;
/**
 * The test for paths (a file, or a glob's base: globBase()) that lead outside directory `confine`,
 * by outsideOf() against its real path, taken once; without a confine, nothing is outside.
 */
export declare function leavesConfine(confine: string | undefined): (path: string) => boolean;
/**
 * True when `path` lies outside directory `root` once symbolic links are followed (for a path that
 * does not exist: its nearest existing ancestor's real path), or inside a `.git` directory there.
 * For a glob, pass the part before its first magic segment (globBase()).
 * @param realRoot the real path of the root (realpathSync)
 */
export declare function outsideOf(realRoot: string, path: string): boolean;
/** True when `rel`, a path as node:path's relative() gives it, leads out of its base directory. */
export declare function climbsOut(rel: string): boolean;
/** The directory part of a glob before its first segment with `*`, `?` or `[` (the pattern itself when it has none). */
export declare function globBase(pattern: string): string;
/**
 * True when a path segment has an unescaped `*` or `?`, or a `[` that closes: what glob(3) matches
 * against directory entries (any other segment is a name, backslash escapes removed).
 * glibc: __glob_pattern_type in posix/glob_pattern_p.c.
 */
export declare function segmentHasMagic(seg: string): boolean;
/**
 * fnmatch(3) for one path segment as glob(3) calls it (escapes on): `*`, `?`, `[...]` with `!`/`^`,
 * ranges and `[:class:]`, `\c` for a literal c. A leading dot is left to expandGlob().
 * glibc: posix/fnmatch_loop.c.
 */
export declare function segmentMatcher(pattern: string): RegExp;
/**
 * Expands an include glob as glob(3) does with nginx's flags (0; nginx: ngx_open_glob in
 * src/os/unix/ngx_files.c): segment by segment, dotfiles only for segments that start with a dot,
 * every existing path returned - directories too, which nginx then fails to read ("Is a
 * directory"), so the parser reports them - and the whole list sorted byte-wise by full path
 * (glibc sorts with strcoll, and nginx runs in the C locale; crossplane sorts the same way).
 */
export declare function expandGlob(pattern: string, fs?: ConfigFs): string[];
/** The local file system as a ConfigFs. */
export declare const localFs: ConfigFs;
