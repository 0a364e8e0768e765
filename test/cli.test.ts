/** The bundled CLI (dist/cli.js), run as users run it: exit codes, formats, messages without stack traces. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, ROOT } from './support/run.js';
import { tree } from './support/tmp.js';

const FIXTURE = join(ROOT, 'fixtures/lb/nginx');

test('check: the bundled load balancer example is clean (exit 0)', () => {
  const r = cli(['check', FIXTURE, '--prefix', '/etc/nginx']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^10 files checked: 0 errors, 0 warnings, 0 info$/m);
});

test('check --format json: findings with rule, severity, file, line, col, message; exit 1 on an error', (t) => {
  const dir = tree(t, {
    'nginx.conf': 'events {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n',
    'conf.d/site.conf': 'server {\n  listen 80;\n  location / {\n    proxy_pass;\n  }\n  lisen 81;\n}\n',
  });
  const r = cli(['check', dir, '--prefix', '/etc/nginx', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.files, 2);
  // the parser's errors (lint adds warnings about the rest: forwarded headers, server_tokens, ...)
  assert.deepEqual(
    j.findings.filter((f: Record<string, unknown>) => f.severity === 'error').map((f: Record<string, unknown>) => [f.rule, f.severity, f.file, f.line, f.col, f.message]),
    [
      ['invalid-args', 'error', 'conf.d/site.conf', 4, 5, 'invalid number of arguments in "proxy_pass" directive'],
      ['unknown-directive', 'error', 'conf.d/site.conf', 6, 3, 'unknown directive "lisen"'],
    ],
  );
});

test('check --format github: workflow commands with file, line, col and the rule as title', (t) => {
  const dir = tree(t, { 'nginx.conf': 'events {}\nhttp {\n  server { listen 80 }\n}\n' });
  const r = cli(['check', '.', '--format', 'github'], { cwd: dir });
  assert.equal(r.status, 1);
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  assert.deepEqual(errors, ['::error file=nginx.conf,line=3,col=22,endLine=3,endColumn=22,title=nginx-gitops syntax::unexpected "}"']);
  assert.match(r.stdout, /^::warning file=nginx\.conf,line=1,col=1,endLine=1,endColumn=9,title=nginx-gitops missing-worker-processes::/m);
});

test('check: a directory without nginx.conf checks each *.conf as a fragment in its inferred context', (t) => {
  const dir = tree(t, { 'sites/a.conf': 'server {\n  listen 80;\n  location / { return 200; }\n}\n', 'snippets/b.conf': 'location /x {\n  proxy_pass http://u;\n}\n', 'snippets/c.conf': '# nginx-gitops: context=http,server,location\nproxy_pass;\n' });
  const r = cli(['check', '.', '--format', 'json'], { cwd: dir });
  const j = JSON.parse(r.stdout);
  assert.equal(j.files, 3);
  assert.deepEqual(j.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { file: string; line: number; rule: string }) => `${f.file}:${f.line} ${f.rule}`), ['snippets/c.conf:2 invalid-args']);
  assert.equal(r.status, 1);
});

test('check: usage and I/O errors exit 2 with one clear line and no stack trace', (t) => {
  const dir = tree(t, { 'x.txt': '' });
  for (const [args, msg] of [
    [['check', '/nonexistent/path'], 'nginx-gitops: config path "/nonexistent/path" does not exist'],
    [['check', dir, '--config', 'main.conf'], `nginx-gitops: main config "main.conf" not found under "${dir}"`],
    [['check', dir], `nginx-gitops: no nginx.conf and no *.conf files under "${dir}"`],
    [['check', '--format', 'xml'], 'nginx-gitops: --format must be text, json, sarif or github, got "xml"'],
    [['frobnicate'], 'nginx-gitops: unknown command "frobnicate"'],
    [['parse'], 'nginx-gitops: parse needs at least one FILE'],
    [['parse', '/nonexistent.conf'], 'nginx-gitops: open() "/nonexistent.conf" failed (2: No such file or directory)'],
  ] as const) {
    const r = cli([...args]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.split('\n')[0], msg);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
  const bad = cli(['check', '--bogus']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^nginx-gitops: Unknown option '--bogus'/);
});

test('parse: crossplane payload; --crossplane strips our fields; several files give one JSON per line', (t) => {
  const dir = tree(t, { 'a.conf': 'events {}\nhttp { include b.conf; }\n', 'b.conf': 'server { listen 80; }\n' });
  const full = JSON.parse(cli(['parse', 'a.conf'], { cwd: dir }).stdout);
  assert.equal(full.config.length, 2);
  assert.equal(full.config[0].parsed[1].block[0].col, 8);
  const cp = cli(['parse', '--crossplane', 'a.conf'], { cwd: dir });
  assert.equal(cp.status, 0);
  assert.deepEqual(JSON.parse(cp.stdout).config[0].parsed[1], { directive: 'http', line: 2, args: [], block: [{ directive: 'include', line: 2, args: ['b.conf'], includes: [1] }] });
  const two = cli(['parse', '--single', '--no-checks', '--crossplane', 'a.conf', 'b.conf'], { cwd: dir });
  const lines = two.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => JSON.parse(l).config[0].file), ['a.conf', 'b.conf']);
  const frag = cli(['parse', '--single', 'b.conf'], { cwd: dir });
  assert.equal(frag.status, 0, 'a fragment is parsed in the context its content implies (a top-level server: http)');
  const broken = cli(['parse', 'a.conf', 'b.conf', '--strict'], { cwd: tree(t, { 'a.conf': 'http { bogus 1; }\n', 'b.conf': 'events {}\n' }) });
  assert.equal(broken.status, 1, 'a failed payload exits 1');
  assert.equal(JSON.parse(broken.stdout.split('\n')[0]).errors[0].message, 'unknown directive "bogus"');
});

test('library entry: import { parse } from "nginx-gitops"', async () => {
  const lib = await import(join(ROOT, 'dist/lib.js'));
  const p = lib.parseString('events {}\nhttp {}\n');
  assert.equal(p.status, 'ok');
  assert.equal(typeof lib.parse, 'function');
});
