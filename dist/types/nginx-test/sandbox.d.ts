import { type ParseResult } from '../parser/parser.js';
import type { NginxBuild } from './build.js';
/**
 * How the runner keeps the test away from the machine's own network:
 * `namespace` (local, root: private mount and network namespace), `container` (a `--network none`
 * container), `rewrite` (no namespace: hostnames and foreign listen addresses are rewritten).
 */
export type Isolation = 'namespace' | 'container' | 'rewrite';
/** Something the test could not check for real, with the directive that caused it. */
export interface Notice {
    message: string;
    /** Repository-relative file, line and column of the directive, when there is one. */
    file?: string;
    line?: number;
    col?: number;
}
export interface SandboxOptions {
    /** parseDetailed() of the main config, includes followed. */
    result: ParseResult;
    /** The main config (the repository's copy). */
    main: string;
    /**
     * The directory no file is read from outside of (ParseOptions.confine): an include that leads out
     * of it is taken out of the sandbox's copy (with a notice), and a symbolic link out of it is not
     * copied, so nginx -t never reads the runner's files either.
     */
    confine?: string;
    /** Absolute directory the load balancers hold the config directory at (e.g. `/etc/nginx`). */
    prefix?: string;
    /** The nginx that will run the test. */
    build: NginxBuild;
    isolation: Isolation;
    /** With `rewrite`: the runner cannot bind ports below 1024 (not root). */
    unprivileged?: boolean;
    /** Where hostnames resolve on the runner (default: DNS with a 2 s limit); undefined = unresolvable. */
    resolveHost?: (host: string) => Promise<string | undefined>;
    /** Base directory for the sandbox (default: the OS temp directory). */
    tmpDir?: string;
    /** Display form of a repository path (default: as is). */
    rel?: (f: string) => string;
    /** openssl binary for the stand-ins (default `openssl` on PATH). */
    openssl?: string;
}
/** Where a directive in the repository named a path. */
export interface Site {
    file: string;
    line: number;
    col: number;
}
export interface Sandbox {
    /** The sandbox directory (nginx's `-p` prefix). */
    dir: string;
    /** The main config inside the sandbox. */
    conf: string;
    /** Arguments for nginx: `-t -p DIR/ -c CONF [-e LOG] [-g "pid ...;"]`. */
    nginxArgs: string[];
    /** Hostname -> address, for a hosts file or `--add-host`. Empty with isolation `rewrite`. */
    hosts: Map<string, string>;
    notices: Notice[];
    /** A sandbox path as the user knows it: repository-relative, or the path on the load balancers. */
    mapPath(p: string): string;
    /** `text` with every sandbox path in it mapped back. */
    mapText(text: string): string;
    /** Sandbox path -> the directive that named it (for nginx messages without `in FILE:LINE`). */
    sites: Map<string, Site>;
    /** The repository file (absolute) behind a sandbox file, or undefined. */
    repoFile(p: string): string | undefined;
    /** Deletes the sandbox. Safe to call twice. */
    remove(): void;
}
interface Edit {
    line: number;
    col: number;
    /** Exclusive end. */
    endLine: number;
    endCol: number;
    text: string;
}
/** Quotes a value for an nginx config (double quotes; `\` and `"` escaped). */
export declare function quoteArg(v: string): string;
/**
 * Builds the sandbox for one main config.
 * @throws StandinError when a stand-in cannot be made (openssl missing or failing); the partial
 *   sandbox is removed first
 */
export declare function createSandbox(opts: SandboxOptions): Promise<Sandbox>;
/**
 * Applies edits to a file's text. Positions are 1-based lines and UTF-16 columns, as the parser
 * gives them; `endCol` is exclusive. Edits must not overlap.
 */
export declare function applyEdits(text: string, edits: Edit[]): string;
export {};
