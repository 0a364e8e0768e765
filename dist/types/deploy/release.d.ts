export interface ReleaseFiles {
    dir: string;
    /** Relative path (`/`-separated, no `./`) -> sha256 hex, sorted by path. */
    files: Record<string, string>;
}
/** What each host records about a release (`releases/<id>/manifest.json`). */
export interface Manifest {
    release: string;
    sha: string;
    time: string;
    actor: string;
    runUrl: string;
    /** `deploy` (default) or `rollback`: how the release became live this time. */
    kind?: 'deploy' | 'rollback';
    /** Set on a rollback: why. */
    reason?: string;
    /** The release this one replaced when it was first deployed, and its commit (what `target: previous` rolls back to). */
    previous?: string;
    previousSha?: string;
    /** Managed files: relative path -> sha256. */
    files: Record<string, string>;
    /** Every other regular file under remote-dir when the release was recorded (host-local files), relative path -> sha256: what tells files added by hand from the host's own. */
    local?: Record<string, string>;
}
/**
 * Reads `dir` recursively (dotfiles included; `.git` left out).
 * @throws InputError for a missing directory, an empty one, a name a shell or tar list would misread, or an unreadable file
 */
export declare function readRelease(dir: string): ReleaseFiles;
/**
 * Writes the release as one tar archive (`tar --dereference`, root-owned, sorted).
 * @throws InputError when tar fails
 */
export declare function tarRelease(r: ReleaseFiles, out: string): void;
/** True when two file maps (relative path -> sha256) hold the same files with the same contents. */
export declare function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean;
/**
 * `sha256sum` output for files named `./<path>` (as `find . -type f | xargs sha256sum` prints
 * them) as relative path -> sha256 hex; other lines are skipped.
 */
export declare function parseSums(text: string): Record<string, string>;
/** Files `before` managed that `after` lacks (to be removed from the hosts). */
export declare function removedFiles(before: Record<string, string> | undefined, after: Record<string, string>): string[];
/**
 * The main config's path relative to remote-dir when the release ships it (nginx -V's
 * `--conf-path` under `remote-dir`), else undefined (the host's own main config stays live).
 */
export declare function shippedMainConf(files: Record<string, string>, remoteDir: string, nginxV: string): string | undefined;
/**
 * Where nginx writes its pid and error log on a host, from the main config it will run
 * (`mainConf`: the release's copy when it ships one, else the host's live one; `pid`, the first
 * `error_log` at the main level), then the build's `--pid-path` / `--error-log-path`.
 * nginx: ngx_core_module_init_conf in src/core/nginx.c, ngx_log_open_default in src/core/ngx_log.c.
 * @returns errorLog undefined when the log is not a file (stderr, syslog, memory)
 */
export declare function nginxPaths(nginxV: string, mainConf: string): {
    pid: string;
    errorLog?: string;
};
