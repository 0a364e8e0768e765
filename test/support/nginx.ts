/** The real nginx binary for tests (the test command installs Debian's nginx when missing). */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Path of nginx: $NGINX_BIN, else /usr/sbin/nginx, else `nginx` on PATH. Throws when there is none. */
export function nginxBin(): string {
  const candidates = [process.env.NGINX_BIN, '/usr/sbin/nginx'].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('nginx is not installed: run the README test command (bash scripts/test.sh), which installs it');
  }
}

/**
 * Runs `nginx -t` on `conf` with prefix `dir` and the error log on stderr.
 * @returns exit status and the `[emerg]` message with its file and line, if any
 */
export function nginxTest(dir: string, conf: string): { status: number; emerg?: { message: string; file: string; line: number }; output: string } {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const r = spawnSync(nginxBin(), ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', conf, '-g', `pid ${join(dir, 'nginx.pid')};`], { encoding: 'utf8' });
  const output = (r.stderr ?? '') + (r.stdout ?? '');
  const m = /\[emerg\] \d+#\d+: (.*) in (\S+):(\d+)$/m.exec(output);
  return { status: r.status ?? -1, output, emerg: m ? { message: m[1], file: m[2], line: Number(m[3]) } : undefined };
}
