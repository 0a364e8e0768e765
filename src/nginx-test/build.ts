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
export function parseBuild(text: string): NginxBuild | undefined {
  const v = /nginx version: [^/\s]+\/(\S+)/.exec(text);
  if (!v) return undefined;
  const configure = /configure arguments: (.*)/.exec(text)?.[1] ?? '';
  const prefix = /--prefix=(\S+)/.exec(configure)?.[1] ?? '/usr/local/nginx';
  const confPath = /--conf-path=(\S+)/.exec(configure)?.[1];
  return { version: v[1], prefix: prefix.replace(/\/$/, ''), configure, ...(confPath ? { confPath } : {}), text: text.trim() };
}

/** True when `version` is at least `min` (dotted numbers). */
export function versionAtLeast(version: string, min: string): boolean {
  const a = version.split('.').map((n) => parseInt(n, 10) || 0);
  const b = min.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
