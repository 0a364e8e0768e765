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
/** The directory part of a glob before its first segment with `*`, `?` or `[` (the pattern itself when it has none). */
export declare function globBase(pattern: string): string;
/** POSIX fnmatch for one path segment (`*`, `?`, `[...]`, `[!...]`); a leading dot must match literally. */
export declare function segmentMatcher(pattern: string): RegExp;
/**
 * Expands an include glob like glob(3) with default flags: segment by segment, names sorted
 * byte-wise, dotfiles only for patterns that start with a dot, only existing paths returned.
 */
export declare function expandGlob(pattern: string, fs?: ConfigFs): string[];
/** The local file system as a ConfigFs. */
export declare const localFs: ConfigFs;
