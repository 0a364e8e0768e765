/**
 * The release on the runner's side: the files under `config-dir` (symbolic links followed), their
 * SHA-256 sums, one tar archive of them, and where nginx keeps its pid file and error log.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseString } from '../parser/parser.js';
import { parseBuild, type NginxBuild } from '../nginx-test/build.js';

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

const BAD_NAME = /[\n\r\t\\]|^-/;

/**
 * Reads `dir` recursively (dotfiles included; `.git` left out).
 * @throws InputError for a missing directory, an empty one, a name a shell or tar list would misread, or an unreadable file
 */
export function readRelease(dir: string): ReleaseFiles {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`config-dir "${dir}" is not a directory`);
  const files: Record<string, string> = {};
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name === '.git') continue;
      const a = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      if (BAD_NAME.test(name)) throw new InputError(`config-dir: file name "${r}" has a newline, tab, backslash or leading "-"; rename it`);
      let st;
      try {
        st = statSync(a);
      } catch (e) {
        throw new InputError(`config-dir: ${r}: ${lstatSync(a).isSymbolicLink() ? 'dangling symbolic link' : (e as Error).message}`);
      }
      if (st.isDirectory()) walk(a, r);
      else if (st.isFile()) files[r] = createHash('sha256').update(readFileSync(a)).digest('hex');
    }
  };
  walk(dir, '');
  if (!Object.keys(files).length) throw new InputError(`config-dir "${dir}" holds no files`);
  return { dir, files };
}

/**
 * Writes the release as one tar archive (`tar --dereference`, root-owned, sorted).
 * @throws InputError when tar fails
 */
export function tarRelease(r: ReleaseFiles, out: string): void {
  const list = Object.keys(r.files).map((f) => `./${f}`).join('\0') + '\0';
  const t = spawnSync('tar', ['--dereference', '--owner=0', '--group=0', '--numeric-owner', '--null', '-C', r.dir, '-cf', out, '-T', '-'], { input: list, encoding: 'utf8' });
  if (t.status !== 0) throw new InputError(`tar of config-dir failed: ${(t.error?.message ?? t.stderr).trim()}`);
}

/** True when two file maps (relative path -> sha256) hold the same files with the same contents. */
export function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * `sha256sum` output for files named `./<path>` (as `find . -type f | xargs sha256sum` prints
 * them) as relative path -> sha256 hex; other lines are skipped.
 */
export function parseSums(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of text.split('\n')) {
    const m = /^([0-9a-f]{64}) [ *]\.\/(.*)$/.exec(l);
    if (m) out[m[2]] = m[1];
  }
  return out;
}

/** Files `before` managed that `after` lacks (to be removed from the hosts). */
export function removedFiles(before: Record<string, string> | undefined, after: Record<string, string>): string[] {
  return Object.keys(before ?? {}).filter((f) => !(f in after));
}

/** The main config's absolute path on a host: the build's `--conf-path`, else nginx's default under `--prefix`. */
function confPathOf(b: NginxBuild | undefined): string {
  return b?.confPath ?? `${b?.prefix ?? '/usr/local/nginx'}/conf/nginx.conf`;
}

/**
 * The main config's path relative to remote-dir when the release ships it (nginx -V's
 * `--conf-path` under `remote-dir`), else undefined (the host's own main config stays live).
 */
export function shippedMainConf(files: Record<string, string>, remoteDir: string, nginxV: string): string | undefined {
  const confPath = confPathOf(parseBuild(nginxV));
  const rel = confPath.startsWith(remoteDir + '/') ? confPath.slice(remoteDir.length + 1) : undefined;
  return rel && files[rel] ? rel : undefined;
}

/**
 * Where nginx writes its pid and error log on a host, from the main config it will run
 * (`mainConf`: the release's copy when it ships one, else the host's live one; `pid`, the first
 * `error_log` at the main level), then the build's `--pid-path` / `--error-log-path`.
 * nginx: ngx_core_module_init_conf in src/core/nginx.c, ngx_log_open_default in src/core/ngx_log.c.
 * @returns errorLog undefined when the log is not a file (stderr, syslog, memory)
 */
export function nginxPaths(nginxV: string, mainConf: string): { pid: string; errorLog?: string } {
  const b = parseBuild(nginxV);
  const conf = b?.configure ?? '';
  const prefix = b?.prefix ?? '/usr/local/nginx';
  const abs = (f: string) => (f.startsWith('/') ? f : `${prefix}/${f}`);
  const notFile = (f: string) => /^(stderr|syslog:|memory:)/.test(f);
  let pid = abs(/--pid-path=(\S+)/.exec(conf)?.[1] ?? 'logs/nginx.pid');
  const built = /--error-log-path=(\S+)/.exec(conf)?.[1] ?? 'logs/error.log';
  let errorLog: string | undefined = notFile(built) ? undefined : abs(built);
  const top = parseString(mainConf, confPathOf(b)).config[0]?.parsed ?? [];
  const pd = top.find((d) => d.directive === 'pid');
  if (pd?.args[0]) pid = abs(pd.args[0]);
  const el = top.find((d) => d.directive === 'error_log');
  if (el?.args[0]) errorLog = notFile(el.args[0]) ? undefined : abs(el.args[0]);
  return { pid, errorLog };
}
