/**
 * What `nginx -V` says about an nginx build: version, prefix, configure arguments, main config path.
 * Used for the nginx that runs the test, and for the load balancers' nginx (src/deploy).
 */
export interface NginxBuild {
    /** e.g. `1.22.1`. */
    version: string;
    /** `--prefix` (nginx's default `/usr/local/nginx` when absent): where relative `load_module` paths start. */
    prefix: string;
    /** The configure arguments as one line. */
    configure: string;
    /** `--conf-path` as the build states it; undefined: nginx's default, `<prefix>/conf/nginx.conf`. */
    confPath?: string;
    /** The whole `nginx -V` output, trimmed. */
    text: string;
}
/**
 * Parses `nginx -V` output (nginx prints it on stderr).
 * nginx: ngx_show_version_info in src/core/nginx.c.
 * @returns undefined when the text holds no `nginx version:` line
 */
export declare function parseBuild(text: string): NginxBuild | undefined;
/** True when `version` is at least `min` (dotted numbers). */
export declare function versionAtLeast(version: string, min: string): boolean;
