/**
 * Lint rules on their fixtures (hits and look-alikes), the clean production config, suppressions,
 * `.nginx-gitops.yml`, and every corpus file through every rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/check.js';
import { lint } from '../src/lint/engine.js';
import { parserFindings } from '../src/lint/findings.js';
import { captureGroups } from '../src/lint/model.js';
import { classEnd } from '../src/parser/regex.js';
import { RULES } from '../src/lint/rules/index.js';
import { catastrophic } from '../src/lint/rules/regex-redos.js';
import { parseDetailed } from '../src/parser/parser.js';
import { CORPUS, corpusAvailable, corpusIndex } from './support/corpus.js';
import { ROOT } from './support/run.js';
import { tree } from './support/tmp.js';

const FIX = join(ROOT, 'fixtures/rules');

/** Lints one file as a main config; returns findings of `rule` (all when omitted). */
function lintFile(path: string, rule?: string) {
  const r = parseDetailed(path, { strict: true });
  const f = lint(r, parserFindings(r.payload, (x) => x), { isMain: true, rel: (x) => x });
  return rule ? f.filter((x) => x.rule === rule) : f;
}

/** Lines carrying `# expect: <rule>`, and the lines after `# expect-next: <rule>` (for a finding inside a multi-line value). */
function expectedLines(path: string, rule: string): number[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((l, i) => (l.trimEnd().endsWith(`# expect: ${rule}`) ? [i + 1] : l.trim() === `# expect-next: ${rule}` ? [i + 2] : []));
}

test('the 45 rule ids the issue fixes and 11 more, each with a module, fixtures and a doc page', () => {
  const ids = RULES.map((r) => r.id).sort();
  // the 45, duplicate-server-name (nginx's "conflicting server name" warning), and ten nginx
  // refusals the lint catches before nginx -t: duplicate-default-server,
  // duplicate-directive, duplicate-listen, duplicate-log-format, duplicate-upstream, duplicate-zone, invalid-server-name,
  // ssl-certificate-missing, unknown-variable, upstream-without-servers
  assert.equal(ids.length, 56);
  assert.equal(new Set(ids).size, 56);
  for (const id of ['duplicate-default-server', 'duplicate-directive', 'duplicate-listen', 'duplicate-log-format', 'duplicate-server-name', 'duplicate-upstream', 'duplicate-zone', 'invalid-server-name', 'ssl-certificate-missing', 'unknown-variable', 'upstream-without-servers']) assert.ok(ids.includes(id));
  for (const r of RULES) {
    assert.ok(existsSync(join(FIX, r.id, 'bad.conf')) && existsSync(join(FIX, r.id, 'good.conf')), `fixtures for ${r.id}`);
    assert.ok(existsSync(join(ROOT, 'docs/rules', `${r.id}.md`)), `docs/rules/${r.id}.md`);
    assert.ok(['error', 'warning', 'info'].includes(r.severity));
    assert.ok(r.description.length > 10 && r.source.length > 5);
  }
  assert.deepEqual(readdirSync(FIX).sort(), ids, 'no fixture folder without a rule');
});

for (const r of RULES) {
  test(`rule ${r.id}: reports exactly the marked lines of bad.conf, nothing in good.conf`, () => {
    const bad = join(FIX, r.id, 'bad.conf');
    const want = expectedLines(bad, r.id);
    assert.ok(want.length > 0, 'bad.conf marks at least one line');
    const got = lintFile(bad, r.id).sort((a, b) => a.line - b.line || a.col - b.col);
    assert.deepEqual(got.map((f) => f.line), want, got.map((f) => `${f.line}: ${f.message}`).join('\n'));
    for (const f of got) {
      assert.equal(f.severity, r.severity);
      assert.equal(f.docs, `docs/rules/${r.id}.md`);
      assert.ok(f.col >= 1 && f.endLine! >= f.line);
    }
    const good = lintFile(join(FIX, r.id, 'good.conf'), r.id);
    assert.deepEqual(good.map((f) => `${f.line}: ${f.message}`), []);
    // the fixtures themselves are valid nginx syntax
    assert.deepEqual(lintFile(bad).filter((f) => f.rule === 'syntax'), []);
  });
}

test('the clean production config gives no finding at warning or above', () => {
  const r = check({ path: join(ROOT, 'fixtures/lb/nginx'), prefix: '/etc/nginx', root: ROOT });
  assert.equal(r.files, 10);
  assert.deepEqual(r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`), []);
});

test('upstream-without-servers counts the servers an include brings, and says nothing where it cannot know', (t) => {
  const rule = (r: ReturnType<typeof check>) => r.findings.filter((f) => f.rule === 'upstream-without-servers').map((f) => `${f.file}:${f.line}`);
  const main = (upstream: string) => `events {}\nhttp {\n  upstream app {\n${upstream}  }\n}\n`;
  // the servers come from an included file: nginx counts them, so do we
  const withInclude = tree(t, { 'nginx.conf': main('    include servers/*.conf;\n'), 'servers/a.conf': 'server 127.0.0.1:9000;\n' });
  assert.deepEqual(rule(check({ path: withInclude, root: withInclude })), []);
  // a glob that matches no file brings none: nginx refuses it
  const noMatch = tree(t, { 'nginx.conf': main('    include servers/*.conf;\n'), 'servers/README': 'none here\n' });
  assert.deepEqual(rule(check({ path: noMatch, root: noMatch })), ['nginx.conf:3']);
  // an include that cannot be read is the syntax finding, not a second one
  const missing = tree(t, { 'nginx.conf': main('    include servers.conf;\n') });
  const m = check({ path: missing, root: missing });
  assert.ok(m.findings.some((f) => f.rule === 'syntax' && f.line === 4), m.findings.map((f) => `${f.line} ${f.rule}`).join('\n'));
  assert.deepEqual(rule(m), []);
  // ... also one include further down: the upstream includes a file whose own include fails
  const nested = tree(t, { 'nginx.conf': main('    include servers.conf;\n'), 'servers.conf': '\ninclude more/servers.conf;\n' });
  const n = check({ path: nested, root: nested });
  assert.deepEqual(n.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.rule}`), ['servers.conf:2 syntax']);
  // a fragment's includes are not followed: its upstream may get servers from one
  const frag = tree(t, { 'conf.d/up.conf': 'upstream app {\n  include /etc/nginx/servers.conf;\n}\n', 'conf.d/empty.conf': 'upstream none {\n  keepalive 8;\n}\n' });
  assert.deepEqual(rule(check({ path: join(frag, 'conf.d'), root: frag })), ['conf.d/empty.conf:1']);
});

test('whole-configuration rules run on a main config, never on a fragment', (t) => {
  const dir = tree(t, { 'frag/site.conf': 'server {\n  listen 80;\n}\n' });
  const r = check({ path: join(dir, 'frag'), root: dir });
  assert.deepEqual(r.findings.filter((f) => ['missing-worker-processes', 'version-disclosure', 'default-server-flag', 'limit-req-zone-undefined'].includes(f.rule)), []);
  const main = tree(t, { 'nginx.conf': 'events {}\nhttp {\n  server {\n    listen 80;\n  }\n}\n' });
  const m = check({ path: main, root: main });
  assert.ok(m.findings.some((f) => f.rule === 'missing-worker-processes'));
  assert.ok(m.findings.some((f) => f.rule === 'version-disclosure'));
});

test('inheritance: a location with its own add_header loses the server\'s HSTS (nginx\'s rule)', (t) => {
  const dir = tree(t, {
    'nginx.conf':
      'worker_processes 1;\nevents {}\nhttp {\n  server_tokens off;\n  server {\n    listen 443 ssl;\n    add_header Strict-Transport-Security "max-age=63072000" always;\n    location /a { add_header Cache-Control no-store; }\n    location /b { return 204; }\n  }\n}\n',
  });
  const f = check({ path: dir, root: dir }).findings;
  assert.deepEqual(f.filter((x) => x.rule === 'hsts-header').map((x) => x.line), [8]);
  assert.deepEqual(f.filter((x) => x.rule === 'add-header-redefinition').map((x) => x.line), [8]);
});


test('inheritance from a big http block (every server in it, looked up by index): settings after the servers count, an own setting wins', (t) => {
  // 40 servers make http a block of more than 32 directives, which the lint model indexes by name;
  // nginx merges a level's settings wherever they stand in it, so the proxy_set_header lines after
  // the servers still reach every location
  const servers = Array.from({ length: 40 }, (_, i) => `  server {\n    listen ${8000 + i};\n    location / { proxy_pass http://127.0.0.1:9000; }\n  }\n`).join('');
  const http = (tail: string) => `worker_processes 1;\nevents {}\nhttp {\n  server_tokens off;\n${servers}${tail}}\n`;
  const forwarded = '  proxy_set_header Host $host;\n  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n';
  const lines = (files: Record<string, string>) =>
    check({ path: tree(t, files) })
      .findings.filter((x) => x.rule === 'proxy-missing-forwarded-headers')
      .map((x) => `${x.line} ${x.message.split(':')[0]}`);
  // all three at http: nothing missing anywhere
  assert.deepEqual(lines({ 'nginx.conf': http(`${forwarded}  proxy_set_header X-Forwarded-Proto $scheme;\n`) }), []);
  // X-Forwarded-Proto left out: each of the 40 locations (line 7, 11, ... of the file) misses only it
  const expected = Array.from({ length: 40 }, (_, i) => `${7 + 4 * i} the backend gets no X-Forwarded-Proto`);
  assert.deepEqual(lines({ 'nginx.conf': http(forwarded) }), expected);
  // a location with a proxy_set_header of its own inherits none of http's: it misses all three
  const own = http(forwarded).replace('location / { proxy_pass http://127.0.0.1:9000; }', 'location / { proxy_set_header X-Debug 1; proxy_pass http://127.0.0.1:9000; }');
  assert.deepEqual(lines({ 'nginx.conf': own })[0], '7 the backend gets no Host, X-Forwarded-For, X-Forwarded-Proto');
  assert.deepEqual(lines({ 'nginx.conf': own }).slice(1), expected.slice(1));
});
test('listener selectors: a name in every context, name@ctx in that context only, name@prefix* in the contexts under it', (t) => {
  const dir = tree(t, {
    'nginx.conf':
      'worker_processes 1;\nevents {}\nhttp {\n  upstream app {\n    server 127.0.0.1:9000;\n  }\n  server {\n    listen 8001;\n    location / {\n      if ($arg_x) { proxy_pass http://app; }\n      proxy_pass http://app;\n    }\n  }\n}\nstream {\n  server {\n    listen 9001;\n    proxy_pass 127.0.0.1:9002;\n  }\n}\n',
  });
  const seen: string[] = [];
  const probe = {
    id: 'probe',
    severity: 'info' as const,
    description: 'test',
    source: 'test',
    create: () => ({
      on: {
        server: (d: { line: number }, at: { ctx: string }) => void seen.push(`server ${d.line} ${at.ctx}`),
        'server@http': (d: { line: number }) => void seen.push(`server@http ${d.line}`),
        'proxy_pass@http>*': (d: { line: number }, at: { ctx: string }) => void seen.push(`proxied ${d.line} ${at.ctx}`),
      },
    }),
  };
  lint(parseDetailed(join(dir, 'nginx.conf'), { strict: true }), [], { isMain: true, rel: (x) => x, rules: [probe] });
  assert.deepEqual(seen, [
    'server 5 http>upstream',
    'server 7 http',
    'server@http 7',
    'proxied 10 http>location>if',
    'proxied 11 http>location',
    'server 16 stream',
  ]);
  // withVariables: the same selectors, called only for a directive with a `$` in an argument, in
  // rule order among the `on` listeners of the same directive
  seen.length = 0;
  const log = (tag: string) => (d: { line: number }) => void seen.push(`${tag} ${d.line}`);
  const first = { ...probe, id: 'first', create: () => ({ withVariables: { proxy_pass: log('first-var'), if: log('first-var') } }) };
  const second = { ...probe, id: 'second', create: () => ({ on: { 'proxy_pass@http>*': log('second') } }) };
  const third = { ...probe, id: 'third', create: () => ({ withVariables: { 'proxy_pass@stream>server': log('third-var') }, on: { 'if@http*': log('third') } }) };
  const vars = tree(t, {
    'nginx.conf':
      'worker_processes 1;\nevents {}\nhttp {\n  server {\n    listen 8001;\n    location / {\n      if ($arg_x) { proxy_pass http://$arg_x; }\n      proxy_pass http://app;\n    }\n  }\n}\nstream {\n  server {\n    listen 9001;\n    proxy_pass $upstream_name;\n  }\n}\n',
  });
  lint(parseDetailed(join(vars, 'nginx.conf'), { strict: true }), [], { isMain: true, rel: (x) => x, rules: [first, second, third] });
  assert.deepEqual(seen, ['first-var 7', 'third 7', 'first-var 7', 'second 7', 'second 8', 'first-var 15', 'third-var 15']);
  const bad = { ...probe, create: () => ({ on: { 'server@': () => {} } }) };
  assert.throws(() => lint(parseDetailed(join(dir, 'nginx.conf'), { strict: true }), [], { isMain: true, rel: (x) => x, rules: [bad] }), /bad listener selector "server@"/);
});

test('a file included twice gives its findings once in check (the lint walks it at both include sites)', (t) => {
  const dir = tree(t, {
    'nginx.conf': 'worker_processes 1;\nevents {}\nhttp {\n  server_tokens off;\n  server {\n    listen 8001;\n    include pub.conf;\n  }\n  server {\n    listen 8002;\n    include pub.conf;\n  }\n}\n',
    'pub.conf': 'location /pub/ {\n    autoindex on;\n}\n',
  });
  const r = parseDetailed(join(dir, 'nginx.conf'), { strict: true });
  const walked = lint(r, [], { isMain: true, rel: (x) => x }).filter((x) => x.rule === 'autoindex-on');
  assert.equal(walked.length, 2, 'the lint reports it at each include site');
  const f = check({ path: dir, root: dir }).findings.filter((x) => x.rule === 'autoindex-on');
  assert.deepEqual(f.map((x) => `${x.file}:${x.line}:${x.col}`), ['pub.conf:2:15'], 'one finding, at the argument "on"');
});

test('suppressions: line before, end of line, on a block; reason required; unknown and unused reported', (t) => {
  const dir = tree(t, {
    'nginx.conf': [
      'worker_processes 1;',
      'events {}',
      'http {',
      '  server_tokens off;',
      '  server {',
      '    listen 80;',
      '    # nginx-gitops: ignore autoindex-on -- public mirror, listing wanted',
      '    location /pub/ { autoindex on; }',
      '    location /a/ { autoindex on; } # nginx-gitops: ignore autoindex-on -- also public',
      '    location /b/ { autoindex on; }',
      '    # nginx-gitops: ignore autoindex-on',
      '    location /c/ { autoindex on; }',
      '    # nginx-gitops: ignore no-such-rule -- typo',
      '    location /d/ { return 204; }',
      '    # nginx-gitops: ignore alias-traversal -- nothing to suppress here',
      '    location /e/ { return 204; }',
      '  }',
      '}',
      '',
    ].join('\n'),
  });
  const f = check({ path: dir, root: dir }).findings.map((x) => `${x.line} ${x.rule}`);
  assert.deepEqual(f, ['10 autoindex-on', '11 invalid-suppression', '12 autoindex-on', '13 invalid-suppression', '15 unused-suppression']);
});

test('.nginx-gitops.yml sets severities, disables rules and ignores paths; bad config is an InputError naming the file', (t) => {
  const conf = 'worker_processes 1;\nevents {}\nhttp {\n  server_tokens off;\n  include sites/*.conf;\n}\n';
  const site = 'server {\n  listen 80;\n  location /pub/ { autoindex on; }\n  location /x { alias /srv/x/; }\n}\n';
  const dir = tree(t, {
    'nginx/nginx.conf': conf,
    'nginx/sites/a.conf': site,
    'nginx/sites/legacy.conf': site.replace('80', '81'),
    '.nginx-gitops.yml': 'rules:\n  autoindex-on: error\n  alias-traversal: off\nignore-paths:\n  - nginx/sites/legacy.conf\n',
  });
  const f = check({ path: join(dir, 'nginx'), root: dir }).findings;
  assert.deepEqual(f.map((x) => `${x.file}:${x.line} ${x.rule} ${x.severity}`), ['nginx/sites/a.conf:3 autoindex-on error']);
  const bad = tree(t, { 'nginx.conf': 'events {}\n', '.nginx-gitops.yml': 'rules:\n  not-a-rule: off\n' });
  assert.throws(() => check({ path: bad, root: bad }), { name: 'InputError', message: `${join(bad, '.nginx-gitops.yml')}: unknown rule "not-a-rule" in "rules"` });
  const bad2 = tree(t, { 'nginx.conf': 'events {}\n', '.nginx-gitops.yml': 'rules:\n  autoindex-on: loud\n' });
  assert.throws(() => check({ path: bad2, root: bad2 }), /rule "autoindex-on" must be error, warning, info or off, got "loud"/);
});

test('never "no issues" when something could not be read: a parse error is a finding and fails the check', (t) => {
  const dir = tree(t, { 'nginx.conf': 'worker_processes 1;\nevents {}\nhttp {\n  include missing.conf;\n  server {\n' });
  const f = check({ path: dir, root: dir }).findings.filter((x) => x.severity === 'error');
  assert.deepEqual(f.map((x) => `${x.line} ${x.rule}`), ['4 syntax', '6 syntax']);
});

const skip = corpusAvailable ? false : `corpus not found at ${CORPUS}`;
test('every corpus file runs through every rule without a crash; counts per rule recorded', { skip }, () => {
  const counts: Record<string, number> = {};
  for (const e of corpusIndex()) {
    for (const f of lintFile(join(CORPUS, 'configs', e.file))) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  }
  const expected = JSON.parse(readFileSync(new URL('./lint-corpus-counts.json', import.meta.url), 'utf8'));
  // a change in any rule's behaviour on real configs shows here; update the file deliberately
  assert.deepEqual(Object.fromEntries(Object.entries(counts).sort()), expected);
});

test('a variable written ${name} is named $name in messages', (t) => {
  const dir = tree(t, {
    'nginx.conf': 'events {}\nhttp {\n  server {\n    listen 80;\n    resolver 10.0.0.2;\n    location /a/ {\n      add_header X-Debug "${uri}";\n      proxy_pass http://${arg_to};\n    }\n  }\n}\n',
  });
  const messages = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'http-splitting' || f.rule === 'ssrf').map((f) => `${f.line} ${f.rule}: ${f.message.split(',')[0]}`);
  assert.deepEqual(messages, ['7 http-splitting: add_header uses $uri', '8 ssrf: proxy_pass target uses $arg_to']);
});

test('http-splitting follows a map into the variable, in the http block and at the top level of an http-level fragment', (t) => {
  const map = 'map $host $target {\n    default $uri;\n}\n';
  const server = 'server {\n    listen 80;\n    location / {\n        add_header X-Target $target;\n        return 204;\n    }\n}\n';
  const main = tree(t, { 'nginx.conf': `events {}\nhttp {\n${map}${server}}\n` });
  const fragment = tree(t, { 'site.conf': map + server });
  const hits = (dir: string) => check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'http-splitting').map((f) => `${f.file}:${f.line} ${f.message.split(':')[0]}`);
  assert.deepEqual(hits(main), ['nginx.conf:9 add_header uses $target, which is set by a map to $uri (line 3), which nginx decodes and can carry CR/LF']);
  assert.deepEqual(hits(fragment), ['site.conf:7 add_header uses $target, which is set by a map to $uri (line 1), which nginx decodes and can carry CR/LF']);
});

test('a fragment names the level a nested add_header drops headers from by its context, not as an empty name', (t) => {
  // a file of server-level directives (no main config): its top level is a server
  const dir = tree(t, { 'site.conf': 'add_header X-Frame-Options DENY always;\nlocation /a/ {\n  add_header X-Extra 1;\n}\n' });
  const f = check({ path: dir, root: dir }).findings.filter((x) => x.rule === 'add-header-redefinition');
  assert.deepEqual(f.map((x) => `${x.line}: ${x.message}`), ['3: add_header here drops X-Frame-Options set at server level (line 1): repeat them in this location']);
});

test('one reading of a PCRE character class for every rule that scans a regex (pcre2pattern: a leading "]" is literal, "\\" escapes, a POSIX class holds its own "]")', () => {
  assert.equal(classEnd('[a-z]x', 0), 4);
  assert.equal(classEnd('[]a]x', 0), 3);
  assert.equal(classEnd('[^]a]x', 0), 4);
  assert.equal(classEnd('[\\]a]x', 0), 4);
  assert.equal(classEnd('[^[:space:]/]x', 0), 12);
  assert.equal(classEnd('[a', 0), 2, 'an unclosed class runs to the end');
  // a "(" inside the class is no group; read as two classes, the pattern would seem to have 2 groups
  assert.equal(captureGroups('^/x/([^](]+)$'), 1);
  assert.equal(captureGroups('^/x/([\\](]+)/(?<name>[^[:space:]()]+)$'), 2);
});

test('regex-redos keeps its verdicts right past its cache bound (a process linting many configs)', () => {
  // nested quantifiers whose repeats overlap: exponential backtracking; a disjoint nesting: safe
  const bad = '^/(a+)+$';
  const good = '^/files(/[^/]+)+$';
  assert.equal(catastrophic(bad, false), true);
  assert.equal(catastrophic(good, false), false);
  // more distinct patterns than the cache holds (4,096): it is emptied on the way, not grown
  for (let i = 0; i < 5000; i++) catastrophic(`^/p${i}/x+$`, i % 2 === 1);
  assert.equal(catastrophic(bad, false), true);
  assert.equal(catastrophic(bad, true), true);
  assert.equal(catastrophic(good, false), false);
});

test('docs/rules/*.md are what scripts/gen-rule-docs.ts writes (run npm run docs:rules after changing a rule or fixture)', async () => {
  const { allPages } = await import('../scripts/gen-rule-docs.js');
  const pages: Map<string, string> = allPages();
  assert.equal(pages.size, 65);
  for (const [id, md] of pages) assert.equal(readFileSync(join(ROOT, 'docs/rules', `${id}.md`), 'utf8'), md, `docs/rules/${id}.md is stale`);
  assert.equal(readdirSync(join(ROOT, 'docs/rules')).length, 65);
});

test('src/version.ts matches package.json', async () => {
  const { VERSION } = await import('../src/version.js');
  assert.equal(VERSION, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});
