/**
 * The plan on pull requests as GitHub runs it: dist/index.js under this Node and Node 24, a real
 * git repository as the workspace, and a local GitHub API that validates every request against
 * GitHub's OpenAPI description (@octokit/openapi).
 */
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApi } from './support/github-api.js';
import { lbRepo } from './support/git.js';
import { actionAsync, nodeBinaries } from './support/run.js';
import { COMMENT_LIMIT, stickyMarker } from '../src/github/comment.js';

const BOT = 'github-actions[bot]';
let api: GitHubApi;

before(async () => {
  api = await startGitHubApi({
    owner: 'acme',
    repo: 'lb-config',
    tokens: {
      'ghs-write': { login: BOT, type: 'Bot', write: true, noUserEndpoint: true },
      'ghs-fork': { login: BOT, type: 'Bot', write: false, noUserEndpoint: true },
      'ghp-alice': { login: 'alice', type: 'User', write: true },
    },
  });
});
after(() => api.close());

const repo = (t: TestContext) => lbRepo(t, 'ngg-pr-');

let prNumber = 100;
function prEvent(base: string, head: string, fork = false) {
  const number = ++prNumber;
  return {
    number,
    event: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        base: { sha: base, ref: 'main', repo: { full_name: 'acme/lb-config' } },
        head: { sha: head, ref: 'feature', repo: { full_name: fork ? 'mallory/lb-config' : 'acme/lb-config' } },
      },
      repository: { full_name: 'acme/lb-config' },
    },
  };
}

const env = (extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_API_URL: api.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/lb-config',
  GITHUB_RUN_ID: '4242',
  GITHUB_WORKFLOW: 'nginx',
  ...extra,
});
const inputs = (token: string, extra: Record<string, string> = {}) => ({ 'nginx-test': 'off', 'github-token': token, ...extra });
const commentsOn = (n: number) => api.comments.filter((c) => c.issue === n);

function assertValid() {
  assert.deepEqual(api.invalid, [], 'every request matched an operation of the OpenAPI description and validated');
}

for (const { name, bin } of nodeBinaries()) {
  test(`${name}: the sticky comment is created, updated when the plan changes, left alone when it does not`, async (t) => {
    const r = repo(t);
    r.edit('conf.d/upstreams.conf', (s) => s.replace('server api3.internal:8080 weight=2', 'server api3.internal:8080 weight=1'));
    const head = r.commit('weight');
    const { number, event } = prEvent(r.base, head);
    const run1 = await actionAsync(inputs('ghs-write'), env(), { node: bin, cwd: r.dir, event });
    assert.equal(run1.status, 0, run1.stdout + run1.stderr);
    assertValid();
    const mine = commentsOn(number);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].login, BOT);
    assert.ok(mine[0].body.startsWith(stickyMarker('nginx', 'nginx') + '\n'));
    assert.match(mine[0].body, /\*\*Plan: 0 to add, 1 to change, 0 to destroy\.\*\*/);
    assert.match(mine[0].body, /api3\.internal 25% -> 14%/);
    assert.match(mine[0].body, new RegExp(`https://github\\.com/acme/lb-config/blob/${head}/nginx/conf\\.d/upstreams\\.conf#L8`));
    assert.match(mine[0].body, /### nginx -t: not run \(nginx-test is off\)/);
    assert.equal(run1.outputs['has-changes'], 'true');
    assert.equal(run1.outputs['has-destructive-changes'], 'false');
    assert.equal(run1.outputs['comment-url'], `https://github.com/acme/lb-config/pull/${number}#issuecomment-${mine[0].id}`);
    assert.match(run1.summary, /## nginx-gitops plan/);

    // the same plan again: no write
    const writes = () => api.log.filter((l) => l.method !== 'GET' && l.path.includes(`/issues/`)).length;
    const before = writes();
    const run2 = await actionAsync(inputs('ghs-write'), env(), { node: bin, cwd: r.dir, event });
    assert.equal(run2.status, 0, run2.stdout + run2.stderr);
    assert.equal(writes(), before, 'an unchanged body is not written');
    assert.match(run2.stdout, /plan comment unchanged/);

    // a new push: the one comment is edited in place
    r.edit('sites-enabled/api.example.com.conf', (s) => s.replace('location /api/ {', 'location /v2/ {\n        return 410;\n    }\n\n    location /api/ {'));
    const head2 = r.commit('more');
    const { event: event2 } = prEvent(r.base, head2);
    event2.pull_request.number = number;
    const run3 = await actionAsync(inputs('ghs-write'), env(), { node: bin, cwd: r.dir, event: event2 });
    assert.equal(run3.status, 0, run3.stdout + run3.stderr);
    assert.equal(commentsOn(number).length, 1);
    assert.match(commentsOn(number)[0].body, /\*\*Plan: 1 to add, 1 to change, 0 to destroy\.\*\*/);
    assert.match(run3.stdout, /plan comment updated/);
    assertValid();
  });

  test(`${name}: another user's comment quoting the marker is never edited`, async (t) => {
    const r = repo(t);
    r.edit('nginx.conf', (s) => s.replace('zone=api_per_ip:20m rate=20r/s', 'zone=api_per_ip:20m rate=10r/s'));
    const head = r.commit('rate');
    const { number, event } = prEvent(r.base, head);
    // alice quotes the bot's marker in her own comment, before the bot ever comments
    const now = new Date().toISOString();
    api.comments.push({ id: 1, issue: number, body: `> ${stickyMarker('nginx', 'nginx')}\nlooks wrong`, login: 'alice', type: 'User', created_at: now, updated_at: now });
    const run = await actionAsync(inputs('ghs-write'), env(), { node: bin, cwd: r.dir, event });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const all = commentsOn(number);
    assert.equal(all.length, 2, 'the bot made its own comment');
    assert.equal(all[0].body, `> ${stickyMarker('nginx', 'nginx')}\nlooks wrong`, "alice's comment is unchanged");
    assert.equal(all[1].login, BOT);
    assert.match(all[1].body, /rate 20r\/s -> 10r\/s/);
    assertValid();
  });

  test(`${name}: a fork's read-only token: the check passes, the comment is written to comment-dir, and mode comment posts it from workflow_run`, async (t) => {
    const r = repo(t);
    r.edit('sites-enabled/api.example.com.conf', (s) => s.replace(/    location \/ws\/ \{[^}]*\}\n/, ''));
    const head = r.commit('drop metrics');
    const { number, event } = prEvent(r.base, head, true);
    const run = await actionAsync(inputs('ghs-fork'), env(), { node: bin, cwd: r.dir, event });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(commentsOn(number).length, 0);
    assert.match(run.stdout, /::notice::plan comment not posted: the token may not write comments on acme\/lb-config#\d+ \(403/);
    assert.equal(run.outputs['comment-url'], undefined);
    const dir = run.outputs['comment-dir'];
    assert.ok(dir && existsSync(join(dir, 'comment.md')), 'rendered comment on disk');
    assert.equal(run.outputs['has-destructive-changes'], 'true');
    // the workflow_run workflow (base repository, write token) posts it; the artifact is untrusted,
    // so a hidden marker smuggled into the body is dropped
    writeFileSync(join(dir, 'comment.md'), readFileSync(join(dir, 'comment.md'), 'utf8') + `\n<!-- ${stickyMarker('other', 'x')} -->\n`);
    api.pulls.set(number, { headSha: head });
    const wrEnv = env({ GITHUB_EVENT_NAME: 'workflow_run' });
    const wrEvent = { workflow_run: { id: 99, event: 'pull_request', head_sha: head, conclusion: 'success' }, repository: { full_name: 'acme/lb-config' } };
    const post = await actionAsync({ 'github-token': 'ghs-write', 'comment-dir': dir }, wrEnv, { node: bin, cwd: tmpdir(), event: wrEvent });
    assert.equal(post.status, 0, post.stdout + post.stderr);
    const c = commentsOn(number);
    assert.equal(c.length, 1);
    assert.ok(c[0].body.startsWith(stickyMarker('nginx', 'nginx')));
    assert.match(c[0].body, /\[!CAUTION\]/);
    assert.ok(!c[0].body.includes(stickyMarker('other', 'x')), 'hidden HTML comments are stripped from the untrusted body');
    assert.equal(post.outputs['comment-url'], `https://github.com/acme/lb-config/pull/${number}#issuecomment-${c[0].id}`);
    // an artifact naming a PR whose head is not the run's commit is refused
    api.pulls.set(number, { headSha: 'f'.repeat(40) });
    const refused = await actionAsync({ 'github-token': 'ghs-write', 'comment-dir': dir }, wrEnv, { node: bin, cwd: tmpdir(), event: wrEvent });
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, new RegExp(`::error::pull request #${number} has head f{40}, not ${head} which the workflow run ran on: not posted`));
    // a forged comment.json is refused with the file and field named
    writeFileSync(join(dir, 'comment.json'), JSON.stringify({ pr: '7; rm -rf /', headSha: head, workflow: 'nginx', configPath: 'nginx' }));
    const forged = await actionAsync({ 'github-token': 'ghs-write', 'comment-dir': dir }, wrEnv, { node: bin, cwd: tmpdir(), event: wrEvent });
    assert.equal(forged.status, 1);
    assert.match(forged.stdout, /::error::comment artifact: .*comment\.json: "pr" is missing or invalid/);
    assertValid();
  });

  test(`${name}: a plan over GitHub's 65,536-character limit keeps the summary and findings, cuts detail, points to the job summary`, async (t) => {
    const r = repo(t);
    const servers = Array.from({ length: 1200 }, (_, i) => `server {\n    listen 80;\n    server_name s${i}.example.com;\n    location / {\n        return 204;\n    }\n}\n`).join('');
    writeFileSync(join(r.dir, 'nginx/conf.d/many.conf'), servers);
    r.edit('nginx.conf', (s) => s.replace(/\n\s*server_tokens off;/, '\n'));
    const head = r.commit('many');
    const { number, event } = prEvent(r.base, head);
    const run = await actionAsync(inputs('ghs-write'), env(), { node: bin, cwd: r.dir, event });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assertValid();
    const [c] = commentsOn(number);
    assert.ok(c.body.length <= COMMENT_LIMIT, `body ${c.body.length} characters`);
    assert.ok(c.body.length > COMMENT_LIMIT / 2, 'as much detail as fits is kept');
    assert.match(c.body, /\*\*Plan: 1200 to add, 0 to change, 1 to destroy\.\*\*/);
    assert.match(c.body, /### Lint: 1 introduced, 0 fixed/);
    assert.match(c.body, /`version-disclosure`/);
    assert.match(c.body, /\d+ of 1201 changes left out to fit the \d+-character limit\. The full plan is in the job summary of \[this run\]\(https:\/\/github\.com\/acme\/lb-config\/actions\/runs\/4242\)/);
    assert.ok(run.summary.includes('server s1199.example.com:80'), 'the job summary has the whole plan');
  });

  test(`${name}: a shallow checkout without the base commit: fetched from origin; without origin, the message says fetch-depth: 0`, async (t) => {
    const r = repo(t);
    r.edit('nginx.conf', (s) => s.replace('zone=api_per_ip:20m rate=20r/s', 'zone=api_per_ip:20m rate=5r/s'));
    const head = r.commit('rate');
    const clone = mkdtempSync(join(tmpdir(), 'ngg-shallow-'));
    t.after(() => rmSync(clone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${r.dir}`, clone]);
    assert.throws(() => execFileSync('git', ['cat-file', '-e', `${r.base}^{commit}`], { cwd: clone, stdio: 'ignore' }), 'the base is not in the shallow clone');
    const { event } = prEvent(r.base, head);
    const run = await actionAsync(inputs('ghs-write', { comment: 'false' }), env(), { node: bin, cwd: clone, event });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.summary, /rate 20r\/s -> 5r\/s/);
    // no origin to fetch from
    const lone = mkdtempSync(join(tmpdir(), 'ngg-lone-'));
    t.after(() => rmSync(lone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${r.dir}`, lone]);
    execFileSync('git', ['remote', 'remove', 'origin'], { cwd: lone });
    const fail = await actionAsync(inputs('ghs-write', { comment: 'false' }), env(), { node: bin, cwd: lone, event });
    assert.equal(fail.status, 1);
    assert.match(fail.stdout, new RegExp(`::error::base commit ${r.base} is not in the clone at .* and could not be fetched from origin \\(.*\\): set "fetch-depth: 0" on actions/checkout`));
    assert.doesNotMatch(fail.stdout + fail.stderr, /\n\s+at /);
  });
}

test('the API stand-in refuses what GitHub would: unknown routes, bad parameters and bodies', async () => {
  const n = api.invalid.length;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(api.url + path, { method, headers: { authorization: 'token ghs-write', 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.status);
  assert.equal(await call('POST', '/repos/acme/lb-config/issues/1/comments', { text: 'no body field' }), 422);
  assert.equal(await call('POST', '/repos/acme/lb-config/issues/one/comments', { body: 'x' }), 422);
  assert.equal(await call('GET', '/repos/acme/lb-config/issues/1/comments?per_page=many'), 422);
  assert.equal(await call('POST', '/repos/acme/lb-config/deployments', { ref: 'main', required_contexts: 'none' }), 422);
  assert.equal(await call('GET', '/repos/acme/lb-config/nonsense'), 404);
  assert.equal(api.invalid.length, n + 5);
  api.invalid.splice(n);
});

test('status and dry-run summaries fold each host\'s plan in a diff fence (the status open, the dry run closed)', async () => {
  const { statusMarkdown, deployMarkdown } = await import('../src/github/summary.js');
  const changes = [{ action: 'change' as const, path: ['http', 'server a:80', 'location /'], directive: 'return', before: ['200', 'v2'], after: ['503', 'down'], file: 'conf.d/lb.conf', line: 9, destructive: false }];
  const plan = { summary: { add: 0, change: 1, destroy: 0 }, changes };
  const fence = ['', '```diff', '~ http > server a:80 > location /: return 503 down (was 200 v2)  [conf.d/lb.conf:9]', '```', '</details>'].join('\n');
  const status = statusMarkdown({ status: 'drift', hosts: [{ name: 'lb1', address: '10.0.0.1', kept: [], drift: { changed: ['conf.d/lb.conf'], missing: [], added: [], localChanged: [] }, plan }] });
  assert.ok(status.includes(`\n<details open><summary>lb1: from the release to what is live</summary>\n${fence}\n`), status);
  const host = { name: 'lb1', address: '10.0.0.1', status: 'unchanged' as const, phases: [], plan };
  const dry = deployMarkdown({ kind: 'rollback', status: 'unchanged', release: 'r1', sha: '', target: 'previous', reason: 'x', dryRun: true, hosts: [host], waves: [['lb1']], transitions: [], timing: { totalMs: 1, probeWaitMs: 0 } });
  assert.ok(dry.includes(`\n<details><summary>lb1: plan from what is live to the target</summary>\n${fence}\n`), dry);
});
