/**
 * The semantic plan on real git repositories the tests make: base and head commits, read from git
 * without a checkout.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { plan } from '../src/plan/index.js';
import { planMarkdown } from '../src/plan/render.js';
import { lbRepo } from './support/git.js';
import { cli, ROOT } from './support/run.js';

const FIXTURE = join(ROOT, 'fixtures/lb/nginx');

const repo = (t: TestContext) => lbRepo(t);

const opts = (dir: string) => ({ base: 'HEAD~1', head: 'HEAD', config: 'nginx/nginx.conf', prefix: '/etc/nginx', cwd: dir });
const brief = (p: ReturnType<typeof plan>) => p.changes.map((c) => [c.action, c.path.join(' > '), c.directive, c.before, c.after, c.file, c.line, c.destructive, c.impact ?? null]);

test('weight change and a new upstream member: traffic shares before and after', (t) => {
  const r = repo(t);
  r.edit('conf.d/upstreams.conf', (s) => s.replace('server api3.internal:8080 weight=2', 'server api3.internal:8080 weight=1').replace('    server api4.internal:8080 backup;', '    server api5.internal:8080 weight=1;\n    server api4.internal:8080 backup;'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.summary, { add: 1, change: 1, destroy: 0 });
  assert.deepEqual(brief(p), [
    ['change', 'http > upstream api_servers', 'server', ['api3.internal:8080', 'weight=2', 'max_fails=3', 'fail_timeout=10s'], ['api3.internal:8080', 'weight=1', 'max_fails=3', 'fail_timeout=10s'], 'nginx/conf.d/upstreams.conf', 8, false,
      'traffic: api3.internal 25% -> 13%, api5.internal 0% -> 13%'],
    ['add', 'http > upstream api_servers', 'server', null, ['api5.internal:8080', 'weight=1'], 'nginx/conf.d/upstreams.conf', 9, false, null],
  ]);
});

test('rate limit changes: rate of the zone, burst and nodelay of the limit', (t) => {
  const r = repo(t);
  r.edit('nginx.conf', (s) => s.replace('zone=api_per_ip:20m rate=20r/s', 'zone=api_per_ip:20m rate=10r/s'));
  r.edit('sites-enabled/api.example.com.conf', (s) => s.replace('limit_req zone=api_per_ip burst=40 nodelay;', 'limit_req zone=api_per_ip burst=20;'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.changes.map((c) => [c.path.join(' > '), c.directive, c.impact]), [
    ['http', 'limit_req_zone', 'rate 20r/s -> 10r/s'],
    ['http > server api.example.com:443 > location /api/', 'limit_req', 'burst 40 -> 20, nodelay -> delayed'],
  ]);
});

test('locations added and removed; a server removed: destructive, with the banner', (t) => {
  const r = repo(t);
  r.edit('sites-enabled/api.example.com.conf', (s) => s.replace(/    location \/ws\/ \{[\s\S]*?\n    \}\n/, '').replace('    location = /healthz {', '    location = /metrics {\n        stub_status;\n    }\n\n    location = /healthz {'));
  rmSync(join(r.dir, 'nginx/sites-enabled/status.internal.conf'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.summary, { add: 1, change: 0, destroy: 2 });
  assert.deepEqual(p.changes.map((c) => [c.action, c.path.join(' > '), c.destructive]), [
    ['remove', 'http > server status.internal:8080', true],
    ['remove', 'http > server api.example.com:443 > location /ws/', true],
    ['add', 'http > server api.example.com:443 > location = /metrics', false],
  ]);
  const md = planMarkdown(p);
  assert.match(md, /^\*\*Plan: 1 to add, 0 to change, 2 to destroy\.\*\*$/m);
  assert.match(md, /^> \[!CAUTION\]\n> \*\*2 destructive changes:\*\*\n> - `http > server status\.internal:8080 \{ \.\.\. \}`: server removed/m);
  assert.match(md, /^- location \/ws\/ \{ \.\.\. \}$/m);
  assert.match(md, /^\+ location = \/metrics \{ \.\.\. \}$/m);
});

test('a shared snippet changed: one change, listed with every location that includes it', (t) => {
  const r = repo(t);
  r.edit('snippets/proxy.conf', (s) => s.replace('proxy_read_timeout 30s;', 'proxy_read_timeout 60s;'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.equal(p.changes.length, 1);
  const c = p.changes[0];
  assert.deepEqual([c.action, c.directive, c.before, c.after, c.file, c.line], ['change', 'proxy_read_timeout', ['30s'], ['60s'], 'nginx/snippets/proxy.conf', 10]);
  assert.deepEqual(c.affects, [
    'http > server api.example.com:443 > location /api/',
    'http > server api.example.com:443 > location = /api/login',
    'http > server app.example.com:443 > location /',
    'http > server app.example.com:443 > location ~* \\.(?:css|js|png|svg|woff2)$',
  ]);
  assert.deepEqual(p.summary, { add: 0, change: 1, destroy: 0 });
});

test('reformatted, reordered and re-commented: zero changes', (t) => {
  const r = repo(t);
  r.edit('snippets/proxy.conf', (s) => {
    const lines = s.split('\n').filter((l) => l && !l.startsWith('#'));
    return '# nginx-gitops: context=http,server,location\n# reordered\n' + lines.reverse().map((l) => `   ${l.replace(/ /g, '   ')}   # why not`).join('\n') + '\n';
  });
  r.edit('conf.d/upstreams.conf', (s) => s.replace(/\n    /g, '\n\t\t'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.changes, []);
  assert.match(planMarkdown(p), /No changes\./);
});

test('order counts where nginx says it does: regex locations, rewrite, allow/deny', (t) => {
  const r = repo(t);
  r.edit('sites-enabled/status.internal.conf', (s) => s.replace('        allow 10.0.0.0/8;\n        deny all;', '        deny all;\n        allow 10.0.0.0/8;').replace('    location / {', '    location ~ ^/a {\n        return 204;\n    }\n\n    location ~ ^/b {\n        return 204;\n    }\n\n    location / {'));
  r.commit('regex');
  r.edit('sites-enabled/status.internal.conf', (s) => s.replace('    location ~ ^/a {\n        return 204;\n    }\n\n    location ~ ^/b {\n        return 204;\n    }', '    location ~ ^/b {\n        return 204;\n    }\n\n    location ~ ^/a {\n        return 204;\n    }'));
  r.commit('swap');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.changes.map((c) => [c.action, c.directive, c.before, c.after]), [['change', 'order', ['location ~ ^/a', 'location ~ ^/b'], ['location ~ ^/b', 'location ~ ^/a']]]);
  const access = plan({ ...opts(r.dir), base: 'HEAD~2', head: 'HEAD~1' });
  // allow/deny: first match wins, so swapping them is a change (one moved line: removed, added).
  const acl = access.changes.filter((c) => c.directive === 'allow' || c.directive === 'deny').map((c) => [c.action, c.directive, c.line]);
  assert.equal(acl.length, 2, JSON.stringify(acl));
  assert.deepEqual(acl.map((x) => x[0]).sort(), ['add', 'remove']);
  // Prefix locations swapped: no change (nginx picks the longest prefix, not the first).
  r.edit('sites-enabled/api.example.com.conf', (x) => x.replace(/(    location \/api\/ \{[\s\S]*?\n    \}\n)\n(    location = \/api\/login \{[\s\S]*?\n    \}\n)/, '$2\n$1'));
  assert.notEqual(readFileSync(join(r.dir, 'nginx/sites-enabled/api.example.com.conf'), 'utf8'), readFileSync(join(FIXTURE, 'sites-enabled/api.example.com.conf'), 'utf8'));
  r.commit('prefix swap');
  assert.deepEqual(plan(opts(r.dir)).changes, []);
});

test('auth header values are redacted in the plan, JSON and Markdown', (t) => {
  const r = repo(t);
  r.edit('sites-enabled/api.example.com.conf', (s) => s.replace('        limit_req zone=login_per_ip burst=5;', '        limit_req zone=login_per_ip burst=5;\n        proxy_set_header Authorization "Basic c2VjcmV0OnBhc3M=";'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.changes.map((c) => [c.directive, c.after]), [['proxy_set_header', ['Authorization', '(redacted)']]]);
  const out = cli(['plan', '--base', 'HEAD~1', '--head', 'HEAD', '--config', 'nginx/nginx.conf', '--prefix', '/etc/nginx', '--format', 'json'], { cwd: r.dir });
  assert.equal(out.status, 0, out.stderr);
  assert.doesNotMatch(out.stdout, /c2VjcmV0OnBhc3M/);
  assert.doesNotMatch(planMarkdown(p), /c2VjcmV0OnBhc3M/);
});

test('directives named like secrets but holding none stay readable; secure_link_secret does not', (t) => {
  const r = repo(t);
  r.edit('nginx.conf', (s) => s.replace('server_tokens off;', 'server_tokens on;'));
  r.edit('sites-enabled/api.example.com.conf', (s) => s.replace('    location /api/ {', '    location /api/ {\n        secure_link_secret s3cr3tw0rd;\n        proxy_cache_key $scheme$host$uri;'));
  r.commit('head');
  const p = plan(opts(r.dir));
  const by = (d: string) => p.changes.find((c) => c.directive === d);
  assert.deepEqual(by('server_tokens')?.after, ['on']);
  assert.deepEqual(by('proxy_cache_key')?.args, ['$scheme$host$uri']);
  assert.deepEqual(by('secure_link_secret')?.args, ['(redacted)']);
  assert.doesNotMatch(JSON.stringify(p), /s3cr3tw0rd/);
});

test('lint findings the change introduces and fixes', (t) => {
  const r = repo(t);
  r.edit('sites-enabled/app.example.com.conf', (s) => s.replace('    location / {', '    location /files/ {\n        autoindex on;\n    }\n\n    location / {'));
  r.commit('head');
  const p = plan(opts(r.dir));
  assert.deepEqual(p.lint.introduced.map((f) => [f.rule, f.file]), [['autoindex-on', 'nginx/sites-enabled/app.example.com.conf']]);
  assert.deepEqual(p.lint.fixed, []);
  const back = plan({ ...opts(r.dir), base: 'HEAD', head: 'HEAD~1' });
  assert.deepEqual(back.lint.fixed.map((f) => f.rule), ['autoindex-on']);
});

test('a finding whose message names a line is the same finding after lines above it move', (t) => {
  const r = repo(t);
  const app = 'sites-enabled/app.example.com.conf';
  r.edit(app, (s) => s.replace('    location / {', '    location /x/ {\n        return 204;\n    }\n    location /x/ {\n        return 204;\n    }\n\n    location / {'));
  r.commit('a duplicate location');
  r.edit(app, (s) => s.replace('# nginx-gitops: context=http\n', '# nginx-gitops: context=http\n# app.example.com: the web front end\n'));
  r.commit('a comment above it');
  // the commit that added the duplicate introduced a finding whose message names a line
  const added = plan({ ...opts(r.dir), base: 'HEAD~2', head: 'HEAD~1' });
  assert.deepEqual(added.lint.introduced.map((f) => f.rule), ['duplicate-location']);
  assert.match(added.lint.introduced[0].message, /line \d+/);
  const p = plan(opts(r.dir));
  assert.deepEqual(p.changes, []);
  // the message says "(first at line 13)" on one side and "(first at line 14)" on the other
  assert.deepEqual(p.lint.introduced, []);
  assert.deepEqual(p.lint.fixed, []);
});

test('directories as sides; CLI JSON shape; links to the head commit', (t) => {
  const r = repo(t);
  const old = mkdtempSync(join(tmpdir(), 'ngg-old-'));
  t.after(() => rmSync(old, { recursive: true, force: true }));
  cpSync(FIXTURE, old, { recursive: true });
  r.edit('nginx.conf', (s) => s.replace('keepalive_timeout 65s;', 'keepalive_timeout 75s;'));
  const d = cli(['plan', '--base', old, '--head', join(r.dir, 'nginx'), '--prefix', '/etc/nginx', '--format', 'json'], { cwd: r.dir });
  assert.equal(d.status, 0, d.stderr);
  const j = JSON.parse(d.stdout);
  assert.deepEqual(j.summary, { add: 0, change: 1, destroy: 0 });
  assert.deepEqual(j.changes[0], { action: 'change', path: ['http'], directive: 'keepalive_timeout', before: ['65s'], after: ['75s'], file: 'nginx.conf', line: 21, destructive: false });
  const sha = r.commit('head');
  const env = { ...process.env, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/lb' };
  const md = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'plan', '--base', 'HEAD~1', '--head', 'HEAD', '--config', 'nginx/nginx.conf', '--prefix', '/etc/nginx'], { cwd: r.dir, env, encoding: 'utf8' });
  assert.match(md.stdout, new RegExp(`\\[nginx/nginx\\.conf#L21\\]\\(https://github\\.com/acme/lb/blob/${sha}/nginx/nginx\\.conf#L21\\)`));
});

test('servers with one listen set and server_name: an unchanged one stays paired with itself when another is added before it', (t) => {
  const tree = (files: Record<string, string>) => {
    const d = mkdtempSync(join(tmpdir(), 'ngg-dup-'));
    t.after(() => rmSync(d, { recursive: true, force: true }));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(d, f)), { recursive: true });
      writeFileSync(join(d, f), text);
    }
    return d;
  };
  const server = (body: string) => `server {\n    listen 80;\n    server_name www.example.com;\n${body}}\n`;
  const files = {
    'nginx.conf': 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n',
    'snippets/common.conf': 'add_header X-Frame-Options DENY;\n',
    // one server with an include in it (the head parse copies it), one without (shared as is)
    'conf.d/b.conf': server('    include snippets/common.conf;\n    return 200 "b";\n') + server('    return 200 "c";\n'),
  };
  const base = tree(files);
  // conf.d/a.conf sorts before b.conf: nginx reads its server first
  const head = tree({ ...files, 'conf.d/a.conf': server('    return 200 "a";\n') });
  const p = plan({ base, head, lint: false });
  assert.deepEqual(p.summary, { add: 1, change: 0, destroy: 0 });
  assert.deepEqual(brief(p), [['add', 'http > server www.example.com:80', 'server', null, [], 'conf.d/a.conf', 1, false, null]]);
});

test('a base missing from a shallow clone: exit 2 with what to do', (t) => {
  const r = repo(t);
  r.edit('nginx.conf', (s) => s.replace('keepalive_timeout 65s;', 'keepalive_timeout 75s;'));
  r.commit('head');
  const base = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: r.dir }).toString().trim();
  const shallow = mkdtempSync(join(tmpdir(), 'ngg-shallow-'));
  t.after(() => rmSync(shallow, { recursive: true, force: true }));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, shallow]);
  const out = cli(['plan', '--base', base, '--head', 'HEAD', '--config', 'nginx/nginx.conf'], { cwd: shallow });
  assert.equal(out.status, 2);
  assert.match(out.stderr, /^nginx-gitops: ".*" is neither a directory nor a commit of .*: this is a shallow clone that lacks it - fetch it \(git fetch --depth=1 origin <sha>\) or set fetch-depth: 0 on actions\/checkout\n$/);
  const missing = cli(['plan', '--base', 'HEAD', '--head', 'HEAD', '--config', 'nope.conf'], { cwd: shallow });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, 'nginx-gitops: main config "nope.conf" not found in revision HEAD\n');
});
