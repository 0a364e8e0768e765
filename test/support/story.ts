/**
 * One load-balancer repository's life, for the end-to-end tests and the README's main job
 * (scripts/demo-fleet.ts): a git repository whose nginx/ holds a main config and a site with a
 * weighted upstream and a rate limit; a lab of three load balancers (test/support/lab.ts) with two
 * backends; the GitHub API stand-in; and the events GitHub would send - a pull request (also from a
 * fork), its merge, a merge that breaks the upstream, a rollback dispatch.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotDir, startLab, type Lab } from './lab.js';
import { fetchFrom, startBackends } from './fleet.js';
import { startGitHubApi, type GitHubApi } from './github-api.js';
import { actionAsync, type ActionRun } from './run.js';

export const REPO = 'acme/lb-config';
export const repository = { id: 1, name: 'lb-config', full_name: REPO, private: true, default_branch: 'main', owner: { login: 'acme', type: 'Organization' } };

const MAIN = `user www-data;
worker_processes 1;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
events {
    worker_connections 256;
}
http {
    default_type text/plain;
    server_tokens off;
    access_log off;
    include /etc/nginx/conf.d/*.conf;
}
`;

export interface SiteOptions {
  weights: [number, number];
  rate: string;
  burst: number;
  release: string;
  dead?: boolean;
  extra?: string;
}

export interface Story {
  lab: Lab;
  api: GitHubApi;
  repo: string;
  git: (...args: string[]) => string;
  /** Commits: r0 (base), pr (the pull request's head), m1 (its merge), m2 (the merge that breaks the upstream). */
  sha: Record<'r0' | 'pr' | 'm1' | 'm2', string>;
  /** The site's text for `o` (ports filled in). */
  site(o: SiteOptions): string;
  /** The pull request's site options. */
  prSite: SiteOptions;
  /** The runner's environment for `event` at commit `s`. */
  env(event: string, s: string, extra?: Record<string, string>): Record<string, string>;
  /** deploy.yml's `with:` for this lab. */
  fleetWith(): Record<string, string>;
  pullRequest(n: number, head: string, headRepo: string): unknown;
  push(after: string, before: string): unknown;
  served(): Promise<string[]>;
  etcs(): Record<string, string>[];
  /** Runs dist/index.js in the repository with `inputs` (the step's `with:`), the environment and the event payload. */
  run(inputs: Record<string, string>, env: Record<string, string>, event: unknown): Promise<ActionRun>;
  stop(): Promise<void>;
}

/** Starts the lab, the API stand-in and the repository. `node`: the Node binary the action runs under. */
export async function startStory(node?: string): Promise<Story> {
  const { servers: backends, ports, deadPort } = await startBackends(2);
  const lab = await startLab(3, (etc, address) => {
    mkdirSync(join(etc, 'host.d'), { recursive: true });
    writeFileSync(join(etc, 'host.d/listen.conf'), `listen ${address}:80;\n`);
    rmSync(join(etc, 'conf.d'), { recursive: true, force: true });
    mkdirSync(join(etc, 'conf.d'));
  });
  const api = await startGitHubApi({
    tokens: {
      'ghs-rw': { login: 'github-actions[bot]', type: 'Bot', write: true, noUserEndpoint: true },
      'ghs-ro': { login: 'github-actions[bot]', type: 'Bot', write: false, noUserEndpoint: true },
    },
  });
  const work = mkdtempSync(join(tmpdir(), 'ngg-story-'));
  const repo = join(work, 'lb-config');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=dev', ...args], { cwd: repo }).toString().trim();

  /** The managed site: weighted upstream, a rate limit, the host-local listen (a glob: absent in the repository). */
  const site = (o: SiteOptions): string => {
    const [a, b] = o.dead ? [deadPort, deadPort] : [ports[0], ports[1]];
    return `limit_req_zone $binary_remote_addr zone=per_ip:10m rate=${o.rate};

upstream app {
    server 127.0.0.1:${a} weight=${o.weights[0]};
    server 127.0.0.1:${b} weight=${o.weights[1]};
    keepalive 8;
}

server {
    include /etc/nginx/host.d/listen*.conf;
    server_name lb.example.com;

    location /health {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }

    location /api/ {
        limit_req zone=per_ip burst=${o.burst} nodelay;
        limit_req_status 429;
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;${o.extra ?? ''}
    }

    location = / {
        return 200 "${o.release}\\n";
    }
}
`;
  };
  const write = (files: Record<string, string>) => {
    for (const [f, c] of Object.entries(files)) {
      mkdirSync(join(repo, 'nginx', f, '..'), { recursive: true });
      writeFileSync(join(repo, 'nginx', f), c);
    }
  };
  const commit = (msg: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', msg);
    return git('rev-parse', 'HEAD');
  };
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  write({ 'nginx.conf': MAIN, 'conf.d/lb.conf': site({ weights: [3, 1], rate: '10r/s', burst: 20, release: 'r0' }) });
  const r0 = commit('the load balancer');
  // the pull request: weights 3:1 -> 1:1, rate 10r/s -> 5r/s, burst 20 -> 10, buffering off on /api/
  const prSite: SiteOptions = { weights: [1, 1], rate: '5r/s', burst: 10, release: 'r1', extra: '\n        proxy_buffering off;' };
  git('checkout', '-q', '-b', 'rebalance');
  write({ 'conf.d/lb.conf': site(prSite) });
  const pr = commit('rebalance app, tighten the API rate limit');
  git('checkout', '-q', 'main');
  git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme/rebalance', 'rebalance');
  const m1 = git('rev-parse', 'HEAD');
  // the change that breaks: both upstream servers point at a port nothing listens on
  write({ 'conf.d/lb.conf': site({ ...prSite, release: 'r2', dead: true }) });
  const m2 = commit('Merge pull request #9 from acme/move-app');
  let runNo = 1000;

  return {
    lab,
    api,
    repo,
    git,
    sha: { r0, pr, m1, m2 },
    site,
    prSite,
    env: (event, s, extra = {}) => ({
      GITHUB_EVENT_NAME: event,
      GITHUB_SHA: s,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(++runNo),
      GITHUB_WORKFLOW: 'nginx check',
      GITHUB_ACTOR: 'octocat',
      ...extra,
    }),
    fleetWith: () => ({
      hosts: lab.hosts.map((h) => `${h.address} ${h.name}`).join('\n'),
      'ssh-private-key': lab.key,
      'known-hosts': lab.knownHosts,
      'config-dir': 'nginx',
      'health-checks': 'GET http://{host}/health 200 body~"ok from backend"',
      'health-check-interval': '100ms',
      'health-check-attempts': '4',
      'github-token': 'ghs-rw',
    }),
    pullRequest: (n, head, headRepo) => ({
      action: 'synchronize',
      number: n,
      pull_request: { number: n, state: 'open', title: 'rebalance', head: { sha: head, ref: 'rebalance', repo: { full_name: headRepo } }, base: { sha: r0, ref: 'main', repo: { full_name: REPO } } },
      repository,
      sender: { login: 'dev', type: 'User' },
    }),
    push: (after, before) => ({ ref: 'refs/heads/main', before, after, repository, pusher: { name: 'dev' }, head_commit: { id: after, message: git('log', '-1', '--format=%s', after) }, commits: [] }),
    served: () => Promise.all(lab.hosts.map(async (h) => (await fetchFrom(h.address)).body.trim())),
    etcs: () => lab.hosts.map((h) => snapshotDir(h.etc)),
    run: (inputs, env, event) => actionAsync(inputs, env, { node, cwd: repo, event }),
    async stop() {
      lab.stop();
      await api.close();
      for (const s of backends) s.closeAllConnections?.(), s.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
