/**
 * Child processes for the `nginx -t` runners: argument vectors only (no shell strings built from
 * config content), an environment reduced to what the program needs (the config under test is
 * untrusted PR input: no token or secret reaches it), and a time limit.
 */
import { spawn } from 'node:child_process';
import type { Duplex } from 'node:stream';

export interface ExecResult {
  /** Exit code; null when killed by the time limit or a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the time limit killed it. */
  timedOut: boolean;
}

/** Variables a child may see: the search path and locale; the Docker CLI also its own settings. */
const BASE_ENV = ['PATH', 'LANG', 'LC_ALL', 'TZ'];
const DOCKER_ENV = ['HOME', 'DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY', 'XDG_RUNTIME_DIR'];

/**
 * The environment for a child: only the named variables of `from` (default: BASE_ENV), never
 * `INPUT_*`, `GITHUB_TOKEN`, `ACTIONS_*` or anything else the runner holds.
 * @param docker also keep the Docker CLI's own variables (the CLI runs on the runner; the container
 *   gets none of them)
 */
export function childEnv(docker = false, from: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of docker ? [...BASE_ENV, ...DOCKER_ENV] : BASE_ENV) if (from[k] !== undefined) env[k] = from[k];
  env.PATH ??= '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  // Non-root sessions often lack the sbin directories, where nginx lives.
  for (const d of ['/usr/sbin', '/sbin']) if (!env.PATH.split(':').includes(d)) env.PATH += ':' + d;
  return env;
}

/** How long execFile() waits for the output to close once the child has exited (milliseconds). */
const EXIT_GRACE_MS = 2000;

/**
 * Runs `cmd args` and collects its output.
 * @param timeoutMs time limit in milliseconds (default 120,000); the child is killed with SIGKILL
 * @param fd3 called with a socket to the child's fd 3 (inherited by its own children: rsync's
 *   remote shell talks to the deploy over it); the result waits until that socket closes too
 * @returns the exit code and output; a program that cannot be started gives code 127 and the
 *   error text on stderr (never a rejection). Once the child has exited, the output is waited for
 *   EXIT_GRACE_MS at most: a process it left behind holding its output or fd 3 (a shell's background
 *   job) does not hold the result back; those streams are closed then.
 */
export function execFile(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string; fd3?: (sock: Duplex) => void } = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: opts.env ?? childEnv(), stdio: opts.fd3 ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe'] });
    opts.fd3?.(child.stdio[3] as Duplex);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let settled = false;
    let grace: NodeJS.Timeout | undefined;
    const finish = (r: ExecResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve(r);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => finish({ code: 127, stdout: '', stderr: `${cmd}: ${e.message}`, timedOut }));
    const result = (code: number | null): ExecResult => ({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), timedOut });
    child.on('exit', (code) => {
      grace = setTimeout(() => {
        for (const s of child.stdio) s?.destroy();
        finish(result(timedOut ? null : code));
      }, EXIT_GRACE_MS);
    });
    child.on('close', (code) => finish(result(code)));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}
