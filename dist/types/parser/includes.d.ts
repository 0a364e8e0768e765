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
/** POSIX fnmatch for one path segment (`*`, `?`, `[...]`, `[!...]`); a leading dot must match literally. */
export declare function segmentMatcher(pattern: string): RegExp;
/**
 * Expands an include glob like glob(3) with default flags: segment by segment, names sorted
 * byte-wise, dotfiles only for patterns that start with a dot, only existing paths returned.
 */
export declare function expandGlob(pattern: string, fs?: ConfigFs): string[];
/** The local file system as a ConfigFs. */
export declare const localFs: ConfigFs;
