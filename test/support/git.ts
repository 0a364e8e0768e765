/** Real git repositories for the plan tests: the load balancer fixture at nginx/, committed as the base. */
import type { TestContext } from 'node:test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './run.js';

export interface LbRepo {
  dir: string;
  /** Runs git in the repository (a fixed author), returning its trimmed output. */
  git: (...args: string[]) => string;
  /** Rewrites nginx/<file> through `f`. */
  edit: (file: string, f: (s: string) => string) => void;
  /** Commits everything; returns the sha. */
  commit: (msg: string) => string;
  /** The base commit's sha. */
  base: string;
}

/** A repository holding fixtures/lb/nginx at nginx/ (one commit), removed after the test. */
export function lbRepo(t: TestContext, prefix = 'ngg-git-'): LbRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir }).toString().trim();
  git('init', '-q', '-b', 'main');
  cpSync(join(ROOT, 'fixtures/lb/nginx'), join(dir, 'nginx'), { recursive: true });
  const commit = (msg: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', msg);
    return git('rev-parse', 'HEAD');
  };
  const base = commit('base');
  return { dir, git, commit, base, edit: (file, f) => writeFileSync(join(dir, 'nginx', file), f(readFileSync(join(dir, 'nginx', file), 'utf8'))) };
}
