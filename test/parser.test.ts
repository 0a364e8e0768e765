import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { argPosition, parse, parseDetailed, parseString, toCrossplane } from '../src/parser/index.js';
import type { Directive, Payload } from '../src/parser/types.js';
import { tree } from './support/tmp.js';

/** A parseDetailed() payload as JSON with the packed positions written out as argPos (the offsets differ between parses). */
const published = (p: Payload) =>
  JSON.stringify(p, (k, v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v) || !('posBuf' in v)) return v;
    const { posBuf: _b, posAt: _a, ...rest } = v as Directive;
    return { ...rest, argPos: rest.args.map((_, i) => argPosition(v as Directive, i)) };
  });

const errs = (p: ReturnType<typeof parse>) => p.errors.map((e) => `${e.line}:${e.col} ${e.message} [${e.rule}]`);

test('payload: crossplane keys, plus positions, per-argument positions and nginx values', () => {
  const p = parseString('events {}\nhttp {\n  add_header X-A "a \\"b\\"" always;\n}\n');
  assert.equal(p.status, 'ok');
  const ah = p.config[0].parsed[1].block![0];
  assert.deepEqual(toCrossplane(p).config[0].parsed[1].block![0], { directive: 'add_header', line: 3, args: ['X-A', 'a "b"', 'always'] });
  assert.equal(ah.col, 3);
  // `  add_header X-A "a \"b\"" always;`: the quoted argument spans columns 18-26, the `;` is at 34
  assert.deepEqual([ah.endLine, ah.endCol], [3, 34]);
  assert.deepEqual(ah.argPos![1], { line: 3, col: 18, endLine: 3, endCol: 26 });
  assert.deepEqual(ah.values, ['X-A', 'a "b"', 'always']);
  const http = p.config[0].parsed[1];
  assert.deepEqual([http.endLine, http.endCol], [4, 1], 'a block ends at its closing brace');
});

test('--crossplane form has exactly crossplane\'s keys, in crossplane\'s order', () => {
  const p = toCrossplane(parseString('a b;\nc {\n d;\n}\n', 'x.conf', { checkCtx: false, checkArgs: false }));
  assert.deepEqual(JSON.parse(JSON.stringify(p)), {
    status: 'ok',
    errors: [],
    config: [{ file: 'x.conf', status: 'ok', errors: [], parsed: [{ directive: 'a', line: 1, args: ['b'] }, { directive: 'c', line: 2, args: [], block: [{ directive: 'd', line: 3, args: [] }] }] }],
  });
  assert.deepEqual(Object.keys(p.config[0]), ['file', 'status', 'errors', 'parsed']);
});

test('nginx wording, file, line and column for syntax errors', () => {
  assert.deepEqual(errs(parseString('http {\n  server {\n}\n')), ['4:1 unexpected end of file, expecting "}" [syntax]']);
  assert.deepEqual(errs(parseString('events {}\n}\n')), ['2:1 unexpected "}" [syntax]']);
  assert.deepEqual(errs(parseString('events {}\nhttp { ; }\n')), ['2:8 unexpected ";" [syntax]']);
  assert.deepEqual(errs(parseString('events {}\nhttp {\n  server {\n    listen 80\n  }\n}\n')), ['5:3 unexpected "}" [syntax]']);
  const p = parseString('events {}\nworker_processes 1');
  assert.deepEqual(errs(p), ['2:19 unexpected end of file, expecting ";" or "}" [syntax]']);
  assert.match(p.errors[0].error, /^unexpected end of file, expecting ";" or "}" in nginx\.conf:2$/);
});

test('context and argument errors in nginx wording', () => {
  const p = parseString('events {}\nhttp {\n  listen 80;\n  server { location / { proxy_pass; } }\n  server { x_unknown on; }\n  gzip on { }\n  server;\n}\n', 'nginx.conf', { strict: true });
  assert.deepEqual(errs(p), [
    '3:3 "listen" directive is not allowed here [directive-not-allowed]',
    '4:25 invalid number of arguments in "proxy_pass" directive [invalid-args]',
    '5:12 unknown directive "x_unknown" [unknown-directive]',
    '6:3 directive "gzip" is not terminated by ";" [invalid-args]',
    '7:3 directive "server" has no opening "{" [invalid-args]',
  ]);
});

test('unknown directives are errors only with strict (crossplane\'s default is lenient)', () => {
  assert.equal(parseString('events {}\nhttp { foo_bar 1; }').status, 'ok');
  assert.equal(parseString('events {}\nhttp { foo_bar 1; }', 'n.conf', { strict: true }).status, 'failed');
});

test('recovery: an error in one block keeps the rest of the file', () => {
  const p = parseString('events {}\nhttp {\n  server {\n    listen 80\n  }\n  server { listen 81; }\n}\n');
  assert.equal(p.status, 'failed');
  const servers = p.config[0].parsed[1].block!.filter((d) => d.directive === 'server');
  assert.equal(servers.length, 2, 'the server after the broken one is still parsed');
  assert.deepEqual(servers[0].block!.map((d) => [d.directive, d.args]), [['listen', ['80']]]);
  // a context error on a block keeps the block and its contents (crossplane drops them)
  const q = parseString('events {}\nlocation / { return 200; }\nhttp {}\n');
  assert.deepEqual(errs(q), ['2:1 "location" directive is not allowed here [directive-not-allowed]']);
  assert.deepEqual(q.config[0].parsed.map((d) => d.directive), ['events', 'location', 'http']);
  assert.equal(q.config[0].parsed[1].block![0].directive, 'return');
});

test('if: outer parentheses stripped as crossplane does, positions kept in step', () => {
  const p = parseString('events {}\nhttp { server { if ( $request_method = POST ) { return 405; } if ($a) { } } }');
  const ifs = p.config[0].parsed[1].block![0].block!;
  assert.deepEqual(ifs[0].args, ['$request_method', '=', 'POST']);
  assert.deepEqual(ifs[1].args, ['$a']);
  assert.equal(ifs[1].argPos![0].col, ifs[1].col! + 4);
  assert.deepEqual(ifs[0].argPos!.map((a) => [a.col, a.endCol]), [[22, 36], [38, 38], [40, 43]], 'the space after "(" and before ")" is not part of the arguments');
  assert.equal(p.status, 'ok');
});

test('packed positions: parseDetailed() gives through argPosition() what parse() gives in argPos, keys in the documented order', (t) => {
  const dir = tree(t, {
    'nginx.conf': 'events {}\nhttp {\n  include a.conf;\n  server {\n    if ($x) { return 301 "https://a/"; }\n    add_header X "multi\nline" always;\n  }\n}\n',
    'a.conf': 'map $a $b {\n  default 0;\n  ~^x 1;\n}\n',
  });
  const file = join(dir, 'nginx.conf');
  const pub = parse(file);
  const packed = parseDetailed(file).payload;
  let n = 0;
  const walk = (a: Directive[], b: Directive[]) =>
    a.forEach((d, i) => {
      assert.ok(d.argPos && !('posBuf' in d) && !('posAt' in d));
      assert.deepEqual(Object.keys(d).slice(0, 6), ['directive', 'line', 'args', 'col', 'argPos', 'values']);
      assert.deepEqual(b[i].args.map((_, k) => argPosition(b[i], k)), d.argPos, `${d.directive} at line ${d.line}`);
      n += d.args.length;
      if (d.block) walk(d.block, b[i].block!);
    });
  pub.config.forEach((c, i) => walk(c.parsed, packed.config[i].parsed));
  assert.equal(n, 11); // include 1, if 1, return 2, add_header 3, map 2, each entry 1
  const add = pub.config[0].parsed[1].block![1].block![1];
  assert.deepEqual(add.argPos![1], { line: 6, col: 18, endLine: 7, endCol: 5 }, 'a multi-line argument');
  assert.equal(argPosition(add, 3), undefined);
  assert.ok(!JSON.stringify(packed).includes('posBuf'), 'the packed chunk stays out of JSON');
  // enough arguments to fill several chunks (they start at 1,024 slots and double)
  const many = 'http {\n' + Array.from({ length: 3000 }, (_, i) => `  add_header X-${i} "v${i}" always;\n`).join('') + '}\n';
  const big = tree(t, { 'nginx.conf': many });
  const bp = parse(join(big, 'nginx.conf')).config[0].parsed[0].block!;
  const bd = parseDetailed(join(big, 'nginx.conf')).payload.config[0].parsed[0].block!;
  assert.equal(new Set(bd.map((d) => d.posBuf)).size > 3, true, 'positions span several chunks');
  bd.forEach((d, i) => assert.deepEqual(d.args.map((_, k) => argPosition(d, k)), bp[i].argPos));
  assert.deepEqual(argPosition(bd[2999], 1), { line: 3001, col: 21, endLine: 3001, endCol: 27 });
});

test('*_by_lua_block bodies are one raw argument', () => {
  const p = parseString('http { server { location / { content_by_lua_block { ngx.say("}") } } } }', 'n.conf', { checkCtx: false });
  const d = p.config[0].parsed[0].block![0].block![0].block![0];
  assert.deepEqual([d.directive, d.args], ['content_by_lua_block', [' ngx.say("}") ']]);
  assert.equal(p.status, 'ok');
});

test('map, geo, types, split_clients, charset_map, match bodies are entries, not directives', () => {
  const p = parseString(
    'events {}\nhttp {\n map $http_host $name { hostnames; default 0; example.com 1; include m.conf; }\n geo $g { default no; 10.0.0.0/8 yes; }\n types { text/html html; }\n split_clients "$remote_addr" $v { 50% a; * b; }\n}\n',
    'n.conf',
    { strict: true },
  );
  assert.deepEqual(errs(p), []);
  const [map, geo, types, split] = p.config[0].parsed[1].block!;
  assert.ok(map.block!.filter((d) => d.directive !== 'include').every((d) => d.entry === true));
  assert.equal(map.block!.find((d) => d.directive === 'include')!.entry, undefined, 'include in a map is a real include');
  assert.ok(geo.block!.every((d) => d.entry));
  assert.deepEqual(types.block![0], { ...types.block![0], directive: 'text/html', args: ['html'], entry: true });
  assert.deepEqual(split.block!.map((d) => d.directive), ['50%', '*']);
});

test('includes: globs sorted, relative to the main config\'s directory, each file parsed once', (t) => {
  const root = tree(t, {
    'nginx.conf': 'events {}\nhttp {\n  include conf.d/*.conf;\n  include snippets/common.conf;\n}\n',
    'conf.d/b.conf': 'server { include snippets/common.conf; }\n',
    'conf.d/a.conf': 'server { listen 80; }\n',
    'conf.d/.hidden.conf': 'garbage garbage\n',
    'conf.d/notes.txt': 'not included\n',
    'snippets/common.conf': 'gzip on;\n',
  });
  const p = parse(join(root, 'nginx.conf'));
  assert.equal(p.status, 'ok', JSON.stringify(p.errors));
  assert.deepEqual(p.config.map((c) => c.file.slice(root.length + 1)), ['nginx.conf', 'conf.d/a.conf', 'conf.d/b.conf', 'snippets/common.conf']);
  const http = p.config[0].parsed[1].block!;
  assert.deepEqual(http[0].includes, [1, 2]);
  assert.deepEqual(http[1].includes, [3]);
  assert.deepEqual(p.config[2].parsed[0].block![0].includes, [3], 'included twice, parsed once');
});

test('includes: --prefix maps absolute paths under it into the local tree', (t) => {
  const root = tree(t, {
    'nginx.conf': 'events {}\nhttp { include /etc/nginx/conf.d/*.conf; include /etc/nginx/mime.types; }\n',
    'conf.d/site.conf': 'server { listen 8080; }\n',
    'mime.types': 'types { text/plain txt; }\n',
  });
  const p = parse(join(root, 'nginx.conf'), { prefix: '/etc/nginx' });
  assert.equal(p.status, 'ok', JSON.stringify(p.errors));
  assert.deepEqual(p.config.map((c) => c.file.slice(root.length + 1)), ['nginx.conf', 'conf.d/site.conf', 'mime.types']);
});

test('includes: a missing plain include is an error at the include\'s argument; a glob matching nothing is not', (t) => {
  const root = tree(t, { 'nginx.conf': 'events {}\nhttp {\n  include none/*.conf;\n  include   missing.conf;\n}\n' });
  const p = parse(join(root, 'nginx.conf'));
  assert.deepEqual(p.errors.map((e) => [e.line, e.col, e.rule]), [[4, 13, 'syntax']]);
  assert.equal(p.errors[0].message, `open() "${join(root, 'missing.conf')}" failed (2: No such file or directory)`);
});

test('includes: cycles are reported at the include that closes them', (t) => {
  const root = tree(t, {
    'nginx.conf': 'events {}\nhttp { include a.conf; }\n',
    'a.conf': 'include b.conf;\n',
    'b.conf': '\ninclude a.conf;\n',
  });
  const p = parse(join(root, 'nginx.conf'));
  assert.equal(p.status, 'failed');
  const e = p.errors.find((x) => x.message!.startsWith('include cycle'))!;
  assert.ok(e, JSON.stringify(p.errors));
  assert.equal(e.file, join(root, 'b.conf'));
  assert.equal(e.line, 2);
  assert.match(e.message!, /a\.conf -> .*b\.conf -> .*a\.conf$/);
});

test('includes through a symlinked directory are followed', (t) => {
  const root = tree(t, { 'nginx.conf': 'events {}\nhttp { include sites-enabled/*; }\n', 'sites-available/x': 'server { listen 1; }\n' });
  symlinkSync(join(root, 'sites-available'), join(root, 'sites-enabled'));
  const p = parse(join(root, 'nginx.conf'));
  assert.equal(p.config.length, 2);
});

test('single does not follow includes; combine inlines them with their file', (t) => {
  const root = tree(t, { 'nginx.conf': 'events {}\nhttp { include x.conf; }\n', 'x.conf': 'gzip on;\n' });
  const single = parse(join(root, 'nginx.conf'), { single: true });
  assert.equal(single.config.length, 1);
  assert.equal(single.config[0].parsed[1].block![0].includes, undefined);
  const c = parse(join(root, 'nginx.conf'), { combine: true });
  assert.equal(c.config.length, 1);
  const gz = c.config[0].parsed[1].block![0];
  assert.deepEqual([gz.directive, gz.file], ['gzip', join(root, 'x.conf')]);
});

test('comments option and ignore option', () => {
  const p = parseString('# top\nevents {}\nhttp { gzip on; # trailing\n access_log off; }\n', 'n.conf', { comments: true, ignore: ['access_log'] });
  const top = p.config[0].parsed;
  assert.deepEqual(top[0], { directive: '#', line: 1, args: [], comment: ' top', col: 1 });
  assert.deepEqual(top[2].block!.map((d: Directive) => d.directive), ['gzip', '#']);
});

test('fragments: context from pragma, else from what the file holds', (t) => {
  const root = tree(t, {
    'loc.conf': 'location /a { return 200; }\n',
    'srv.conf': 'server { listen 80; }\n',
    'prag.conf': '# nginx-gitops: context=http,server,location\nproxy_pass http://x;\n',
    'stream.conf': '# nginx-gitops: context=stream\nserver { listen 53 udp; proxy_pass dns; }\n',
  });
  for (const [f, ctx] of [['loc.conf', 'http>server'], ['srv.conf', 'http'], ['prag.conf', 'http>location'], ['stream.conf', 'stream']]) {
    const r = parseDetailed(join(root, f), { strict: true });
    assert.equal(r.payload.status, 'ok', `${f}: ${JSON.stringify(r.payload.errors)}`);
    assert.equal(r.files[0].context, ctx, f);
  }
});

test('an included file takes its include site\'s context', (t) => {
  const root = tree(t, { 'nginx.conf': 'events {}\nhttp { server { include loc.conf; } }\n', 'loc.conf': 'location / { }\nlisten 80;\n' });
  const r = parseDetailed(join(root, 'nginx.conf'), { strict: true });
  assert.equal(r.payload.status, 'ok', JSON.stringify(r.payload.errors));
  assert.equal(r.files[1].context, 'http>server');
});

test('a main config that cannot be read is an InputError naming it', () => {
  assert.throws(() => parse('/nonexistent/nginx.conf'), { name: 'InputError', message: 'open() "/nonexistent/nginx.conf" failed (2: No such file or directory)' });
});

test('reuse: an unchanged file shares the earlier parse, yet the result equals a fresh parse and the earlier one is untouched', (t) => {
  const files = {
    'nginx.conf': 'events {}\nhttp {\n  map $a $b { include map.conf; }\n  include conf.d/*.conf;\n}\n',
    'conf.d/a.conf': 'server {\n  listen 80;\n  location / { include snippets/p.conf; proxy_pass http://a; }\n  location /s/ { root /srv; }\n}\n',
    'conf.d/b.conf': 'server { listen 81; location / { return 200; } }\n',
    'conf.d/bad.conf': 'server { listen 82; bogus_directive 1; }\n',
    'snippets/p.conf': 'proxy_set_header Host $host;\n',
    'map.conf': 'default 0;\nx 1;\n',
  };
  const base = tree(t, files);
  // head: b.conf changed; map.conf now first included at http level (another context: directives, not map entries)
  const head = tree(t, {
    ...files,
    'nginx.conf': 'events {}\nhttp {\n  include conf.d/*.conf;\n  map $a $b { include map.conf; }\n}\n',
    'conf.d/b.conf': 'server { listen 81; location / { return 204; } }\n',
    'conf.d/c.conf': 'include map.conf;\n',
  });
  const rb = parseDetailed(join(base, 'nginx.conf'), { strict: true, keepSource: true });
  const before = published(rb.payload);
  const rh = parseDetailed(join(head, 'nginx.conf'), { strict: true, reuse: { result: rb, from: base, to: head } });
  const fresh = parseDetailed(join(head, 'nginx.conf'), { strict: true });
  assert.equal(published(rh.payload), published(fresh.payload), 'same payload as parsing the head from scratch');
  assert.deepEqual(rh.files.map((f) => f.context), fresh.files.map((f) => f.context));
  assert.equal(published(rb.payload), before, 'the earlier parse is not changed');
  const cfg = (r: typeof rb, name: string) => r.payload.config.find((c) => c.file.endsWith(name))!;
  // a.conf unchanged: its include-free location is the same object; the one with an include is a copy
  const [la, lh] = [cfg(rb, 'a.conf').parsed[0].block!, cfg(rh, 'a.conf').parsed[0].block!];
  assert.equal(lh[2], la[2], 'an include-free block is shared');
  assert.notEqual(lh[1], la[1], 'a block holding an include is copied and its include resolved in this parse');
  assert.deepEqual(lh[1].block![0].includes, [rh.payload.config.findIndex((c) => c.file.endsWith('/snippets/p.conf'))]);
  assert.notEqual(cfg(rh, 'b.conf').parsed[0], cfg(rb, 'b.conf').parsed[0], 'a changed file is parsed again');
  assert.notEqual(cfg(rh, 'bad.conf').parsed[0], cfg(rb, 'bad.conf').parsed[0], 'a file with errors is parsed again (its errors are made while parsing)');
  assert.equal(cfg(rh, 'bad.conf').errors.length, 1);
  assert.equal(rh.files.find((f) => f.file.endsWith('map.conf'))!.context, 'http', 'map.conf is analysed where the head first includes it');
  assert.ok(cfg(rh, 'map.conf').errors.length > 0 && cfg(rb, 'map.conf').errors.length === 0);
});

test('confine: nothing outside the directory, or in its .git, is read; each include that leads there is an include-outside finding', (t) => {
  const outside = tree(t, { 'x.conf': 'outside_directive on;\n' });
  const root = tree(t, {
    'nginx.conf': `events {}\nhttp {\n  include .git/config;\n  include ../${outside.split('/').pop()}/x.conf;\n  include ${join(outside, '*.conf')};\n  include inside.conf;\n}\n`,
    '.git/config': '[core]\n',
    'inside.conf': 'server_tokens off;\n',
  });
  const p = parseDetailed(join(root, 'nginx.conf'), { strict: true, confine: root }).payload;
  assert.deepEqual(p.errors.map((e) => [e.line, e.rule]), [[3, 'include-outside'], [4, 'include-outside'], [5, 'include-outside']]);
  assert.deepEqual(p.config.map((c) => c.file), [join(root, 'nginx.conf'), join(root, 'inside.conf')], 'only the files inside were read');
  // a main config that is a symbolic link out of the directory is not read either
  symlinkSync(join(outside, 'x.conf'), join(root, 'main.conf'));
  const m = parseDetailed(join(root, 'main.conf'), { strict: true, confine: root }).payload;
  assert.deepEqual(m.errors.map((e) => [e.line, e.rule]), [[1, 'include-outside']]);
  assert.deepEqual(m.config[0].parsed, []);
  // without confine (parse, crossplane's behaviour) the files are followed as before
  // (nginx.conf, .git/config, the outside x.conf - reached by two includes - and inside.conf)
  assert.deepEqual(parseDetailed(join(root, 'nginx.conf'), { strict: true }).payload.config.length, 4);
});

test('listen: the parameters the parser takes include every one in the reference\'s syntax for http and stream', async () => {
  const { getDirectives } = await import('@nginx/reference-lib');
  const { LISTEN_PARAMETERS } = await import('../src/parser/params.js');
  const named = new Set<string>();
  for (const d of getDirectives().filter((x: { name: string }) => x.name === 'listen')) {
    for (const form of d.syntax as string[]) {
      const text = form.replace(/<[^>]+>/g, '');
      for (const m of text.matchAll(/(?:^|\s)\[([a-z_0-9]+)(=?)/g)) named.add(m[1] + m[2]);
      for (const m of text.matchAll(/(?:^|\s)\[([a-z_0-9]+) \| ([a-z_0-9]+)\]/g)) named.add(m[1]).add(m[2]);
    }
  }
  assert.ok(named.size > 10, [...named].join(' '));
  const taken = new Set([...LISTEN_PARAMETERS.words, 'udp', ...LISTEN_PARAMETERS.keyed.map((k) => `${k}=`)]);
  assert.deepEqual([...named].filter((p) => !taken.has(p)), []);
});
