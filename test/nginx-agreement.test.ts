/**
 * Differential test against the real nginx: for each broken config, our first error has nginx's
 * own message, file and line (`nginx -t` stops at the first error; we report all of them).
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/parser/index.js';
import { check, checkWithNginxTest } from '../src/check.js';
import { nginxBin, nginxTest } from './support/nginx.js';
import { READS } from '../src/parser/scripts.js';
import { tree } from './support/tmp.js';

const HEAD = 'events {}\n';
const cases: Record<string, string> = {
  'unexpected }': HEAD + 'http {\n  server {\n    listen 127.0.0.1:8081\n  }\n}\n',
  'extra }': HEAD + 'http {\n}\n}\n',
  'missing } at eof': HEAD + 'http {\n  server {\n    listen 127.0.0.1:8081;\n',
  'unterminated at eof': HEAD + 'http {}\nworker_processes 1',
  'unexpected ;': HEAD + 'http {\n  ;\n}\n',
  'unexpected {': HEAD + 'http {\n  {\n  }\n}\n',
  'text after quote': HEAD + 'http {\n  server {\n    server_name "a"b;\n  }\n}\n',
  'unknown directive': HEAD + 'http {\n  server {\n    lisen 80;\n  }\n}\n',
  'not allowed here': HEAD + 'http {\n  listen 80;\n}\n',
  'proxy_pass outside location': HEAD + 'http {\n  server {\n    proxy_pass http://127.0.0.1;\n  }\n}\n',
  'invalid number of arguments': HEAD + 'http {\n  server {\n    location / {\n      proxy_pass;\n    }\n  }\n}\n',
  'not terminated by ;': HEAD + 'http {\n  gzip on {\n  }\n}\n',
  'no opening {': HEAD + 'http {\n  server;\n}\n',
  'return in http': HEAD + 'http {\n  return 200;\n}\n',
  'listen inside a location': HEAD + 'http {\n  server {\n    location / {\n      listen 80;\n    }\n  }\n}\n',
  'unknown directive in an included file': HEAD + 'http {\n  include inc.conf;\n}\n',
  'missing include': HEAD + 'http {\n\n  include nothere.conf;\n}\n',
  'crlf line endings': HEAD.replace('\n', '\r\n') + 'http {\r\n  server {\r\n    listen 80\r\n  }\r\n}\r\n',
  'escaped quote keeps the string open': HEAD + 'http {\n  server {\n    return 200 "a\\";\n  }\n}\n',
  // an unclosed quote runs on to the next quote: nginx stops at the text after that one, not at the directive
  'unclosed quote, stopped later by text after a quote': HEAD + 'http {\n  server {\n    return 200 "ok;\n  }\n  add_header X "y";\n}\n',
  'unclosed quote before a block': HEAD + 'http {\n  server {\n    add_header X "a;\n    location / {\n      return 200 "b";\n    }\n  }\n}\n',
  // a map-like block (map, types, geo) takes no block, written there or brought in by an include
  'a block inside map': HEAD + 'http {\n  map $uri $a {\n    default 0;\n    geo $b {\n      default 1;\n    }\n  }\n}\n',
  'a block inside types': HEAD + 'http {\n  types {\n    text/html html;\n    types {\n    }\n  }\n}\n',
  'a block included into map': HEAD + 'http {\n  map $uri $a {\n    default 0;\n    include inc.conf;\n  }\n}\n',
  // nginx's checks of a location's modifier and of nested locations (ngx_http_core_location)
  'invalid location modifier': HEAD + 'http {\n  server {\n    location ~~ /x {\n    }\n  }\n}\n',
  'a location inside an exact location': HEAD + 'http {\n  server {\n    location = /a {\n      location /a/b {\n      }\n    }\n  }\n}\n',
  'a location inside a named location': HEAD + 'http {\n  server {\n    location @fallback {\n      location /a {\n      }\n    }\n  }\n}\n',
  'a named location nested': HEAD + 'http {\n  server {\n    location /a/ {\n      location @b {\n      }\n    }\n  }\n}\n',
  'a prefix location outside its parent': HEAD + 'http {\n  server {\n    location /api/ {\n      location /apiv2/ {\n      }\n      location /static/ {\n      }\n    }\n  }\n}\n',
  'a prefix location inside a regex location': HEAD + 'http {\n  server {\n    location ~ ^/x/ {\n      location ~ \\.php$ {\n      }\n      location /x/y {\n      }\n    }\n  }\n}\n',
};

for (const [name, text] of Object.entries(cases)) {
  test(`agrees with nginx -t: ${name}`, (t) => {
    const dir = tree(t, { 'nginx.conf': text, 'inc.conf': 'server {\n  bogus_directive on;\n}\n' });
    const conf = join(dir, 'nginx.conf');
    const ng = nginxTest(dir, conf);
    assert.equal(ng.status, 1, `nginx accepted it:\n${ng.output}`);
    assert.ok(ng.emerg, `nginx gave no [emerg] with a location:\n${ng.output}`);
    const p = parse(conf, { strict: true });
    assert.equal(p.status, 'failed');
    const first = p.errors[0];
    assert.deepEqual({ message: first.message, file: first.file, line: first.line }, ng.emerg);
  });
}

test('agrees with nginx -t: an http block without its "{" is the error, at the http line (its contents left at the top level do not make the file a fragment)', (t) => {
  const text = HEAD + 'http\n  server_tokens off;\n  keepalive_timeout 5s;\n  upstream u {\n    server 127.0.0.1:1;\n  }\n  server {\n    listen 127.0.0.1:8081;\n  }\n}\n';
  const dir = tree(t, { 'nginx.conf': text });
  const conf = join(dir, 'nginx.conf');
  const ng = nginxTest(dir, conf);
  assert.equal(ng.status, 1, ng.output);
  // nginx reports the line where the directive ends (its ";"), we the line where it starts (README)
  assert.deepEqual(ng.emerg, { message: 'directive "http" has no opening "{"', file: conf, line: 3 });
  const p = parse(conf, { strict: true });
  assert.deepEqual({ message: p.errors[0].message, file: p.errors[0].file, line: p.errors[0].line }, { ...ng.emerg, line: 2 });
  assert.equal(p.config[0].errors.filter((e) => e.line === 1).length, 0, 'events at line 1 is where nginx wants it');
});

test('agrees with nginx -t: locations nested as nginx allows pass both (prefix in prefix, regex and exact in prefix, in ^~, through an include)', (t) => {
  const text = HEAD + 'http {\n  server {\n    listen 127.0.0.1:8081;\n    location /a/ {\n      location /a/b/ {\n        location ~ \\.js$ {\n        }\n      }\n      location = /a/x {\n      }\n      include inc.conf;\n    }\n    location ^~ /s/ {\n      location /s/t {\n      }\n    }\n    location @named {\n      return 204;\n    }\n  }\n}\n';
  const dir = tree(t, { 'nginx.conf': text, 'inc.conf': 'location /a/c {\n}\n' });
  const conf = join(dir, 'nginx.conf');
  const ng = nginxTest(dir, conf);
  assert.equal(ng.status, 0, ng.output);
  assert.deepEqual(parse(conf, { strict: true }).errors, []);
});

test('agrees with nginx -t: a valid config with the tricky tokens passes both', (t) => {
  const dir = tree(t, {
    // stub_status takes an optional argument ("stub_status on;", the syntax before nginx 1.7.5)
    'nginx.conf': HEAD + 'http {\n  map $http_host $x { default "a;b"; ~^(?<n>.+)\\.example\\.com$ $n; }\n  server {\n    listen 127.0.0.1:8089;\n    set $a ${x}y;\n    location ~ "^/a{2}$" { return 200 a}b; }\n    location = /status { stub_status on; }\n    if ( $request_method = POST ) { return 405; }\n  }\n}\n',
  });
  const ng = nginxTest(dir, join(dir, 'nginx.conf'));
  assert.equal(ng.status, 0, ng.output);
  assert.deepEqual(parse(join(dir, 'nginx.conf'), { strict: true }).errors, []);
});

test('agrees with nginx -t: a main config without an events block fails both, even an empty one', (t) => {
  for (const text of ['', '# only a comment\n', 'worker_processes 1;\nhttp {\n}\n']) {
    const dir = tree(t, { 'nginx.conf': text });
    const conf = join(dir, 'nginx.conf');
    const ng = nginxTest(dir, conf);
    assert.equal(ng.status, 1, `nginx accepted ${JSON.stringify(text)}:\n${ng.output}`);
    assert.match(ng.output, /\[emerg\] .*no "events" section in configuration/);
    const p = parse(conf, { strict: true });
    assert.equal(p.status, 'failed', JSON.stringify(text));
    assert.deepEqual(p.errors.map((e) => [e.message, e.line, e.rule]), [['no "events" section in configuration', 1, 'syntax']]);
  }
  // an events block in a file included at the top level counts, as it does for nginx
  const dir = tree(t, { 'nginx.conf': 'include events.conf;\nhttp {\n}\n', 'events.conf': 'events {\n}\n' });
  assert.equal(nginxTest(dir, join(dir, 'nginx.conf')).status, 0);
  assert.deepEqual(parse(join(dir, 'nginx.conf'), { strict: true }).errors, []);
});

test('agrees with nginx -t: a UTF-8 byte order mark is part of the first directive\'s name, so both refuse the file', (t) => {
  const dir = tree(t, { 'nginx.conf': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEAD + 'http {\n}\n')]) });
  const conf = join(dir, 'nginx.conf');
  const ng = nginxTest(dir, conf);
  assert.equal(ng.status, 1, ng.output);
  assert.deepEqual(ng.emerg, { message: 'unknown directive "\uFEFFevents"', file: conf, line: 1 });
  const p = parse(conf, { strict: true });
  assert.equal(p.errors[0].rule, 'unknown-directive');
  assert.equal(p.errors[0].line, 1);
  assert.match(p.errors[0].message ?? '', /^unknown directive "\\uFEFFevents": the file starts with a UTF-8 byte order mark/);
  // crossplane's payload keeps the mark in the name, as nginx reads it
  assert.equal(parse(conf).config[0].parsed[0].directive, '\uFEFFevents');
});

/** The files `nginx -T` reads, in its order (its "# configuration file" lines), or its error output. */
function nginxReads(dir: string, conf: string): { status: number; files: string[]; output: string } {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const r = spawnSync(nginxBin(), ['-T', '-q', '-e', 'stderr', '-p', dir, '-c', conf, '-g', `pid ${join(dir, 'nginx.pid')};`], { encoding: 'utf8' });
  const files = [...(r.stdout ?? '').matchAll(/^# configuration file (.*):$/gm)].map((m) => m[1]);
  return { status: r.status ?? -1, files, output: (r.stderr ?? '') + (r.stdout ?? '') };
}

test('agrees with nginx -T: the files include globs read, and their order (glob(3): full paths sorted, brackets, classes, escapes, dotfiles)', (t) => {
  const files: Record<string, string> = {
    'nginx.conf': HEAD + 'http {\n  include s/*/*.conf;\n  include n/[!x]*.conf;\n  include c/[[:digit:]]*.conf;\n  include e/lit\\[1\\].conf;\n  include r/[]a]*.conf;\n  include d/[a-c-].conf;\n}\n',
  };
  // "a-b" and "a.b" sort before "a" by full path ('-' and '.' are below '/'), after it name by name
  for (const f of ['s/a/x.conf', 's/a-b/x.conf', 's/a.b/x.conf', 'n/a.conf', 'n/x.conf', 'n/.h.conf', 'c/1.conf', 'c/a.conf', 'e/lit[1].conf', 'e/lit1.conf', 'r/]x.conf', 'r/ab.conf', 'r/b.conf', 'd/b.conf', 'd/-.conf', 'd/d.conf']) files[f] = `# ${f}\n`;
  const dir = tree(t, files);
  const conf = join(dir, 'nginx.conf');
  const ng = nginxReads(dir, conf);
  assert.equal(ng.status, 0, ng.output);
  const p = parse(conf, { strict: true });
  assert.deepEqual(p.errors, []);
  assert.deepEqual(p.config.map((c) => c.file), ng.files);
  // what nginx read here (so the comparison above cannot pass on two empty lists)
  assert.deepEqual(ng.files.map((f) => f.slice(dir.length + 1)), ['nginx.conf', 's/a-b/x.conf', 's/a.b/x.conf', 's/a/x.conf', 'n/a.conf', 'c/1.conf', 'e/lit[1].conf', 'r/]x.conf', 'r/ab.conf', 'd/-.conf', 'd/b.conf']);
});

test('agrees with nginx -t: an include glob that matches a directory fails both, at the directory', (t) => {
  const dir = tree(t, { 'nginx.conf': HEAD + 'http {\n  include conf.d/*;\n}\n', 'conf.d/a.conf': 'server_tokens off;\n', 'conf.d/sub/b.conf': 'gzip on;\n' });
  const conf = join(dir, 'nginx.conf');
  const ng = nginxTest(dir, conf);
  assert.equal(ng.status, 1, `nginx accepted it:\n${ng.output}`);
  assert.match(ng.output, new RegExp(`"${join(dir, 'conf.d/sub')}" failed \\(21: Is a directory\\)`));
  const p = parse(conf, { strict: true });
  assert.equal(p.status, 'failed');
  assert.deepEqual(p.errors.map((e) => [e.file, e.line, e.rule, e.message]), [[conf, 3, 'syntax', `open() "${join(dir, 'conf.d/sub')}" failed (21: Is a directory)`]]);
});

test('agrees with nginx -t: a file included at two sites is checked at both (valid at the first, refused at the second: its context, or the location it nests in)', (t) => {
  const cases: { files: Record<string, string>; at: number }[] = [
    // valid in a server, refused at http level
    { files: { 'nginx.conf': HEAD + 'http {\n  server {\n    include inc.conf;\n  }\n  include inc.conf;\n}\n', 'inc.conf': 'listen 127.0.0.1:8091;\n' }, at: 6 },
    // a location file valid inside /x/, outside /a/
    { files: { 'nginx.conf': HEAD + 'http {\n  server {\n    listen 127.0.0.1:8092;\n    location /x/ {\n      include inc.conf;\n    }\n    location /a/ {\n      include inc.conf;\n    }\n  }\n}\n', 'inc.conf': 'location /x/y {\n  return 204;\n}\n' }, at: 9 },
    // the same, one include further down: the location reaches inc.conf through mid.conf
    { files: { 'nginx.conf': HEAD + 'http {\n  server {\n    listen 127.0.0.1:8093;\n    location /x/ {\n      include mid.conf;\n    }\n    location /a/ {\n      include mid.conf;\n    }\n  }\n}\n', 'mid.conf': 'include inc.conf;\n', 'inc.conf': 'location /x/y {\n  return 204;\n}\n' }, at: 9 },
  ];
  for (const { files, at } of cases) {
    const dir = tree(t, files);
    const conf = join(dir, 'nginx.conf');
    const ng = nginxTest(dir, conf);
    assert.equal(ng.status, 1, `nginx accepted it:\n${ng.output}`);
    assert.ok(ng.emerg, ng.output);
    const p = parse(conf, { strict: true });
    assert.equal(p.status, 'failed', JSON.stringify(files));
    assert.equal(p.errors.length, 1, JSON.stringify(p.errors));
    const e = p.errors[0];
    // nginx's message, file and line, and the include site it fails at
    assert.deepEqual({ message: e.message, file: e.file, line: e.line }, { ...ng.emerg, message: `${ng.emerg.message} (as included at ${conf}:${at})` });
    // the same file included only at its first site is valid for both
    const first = tree(t, { ...files, 'nginx.conf': files['nginx.conf'].split('\n').filter((_, i) => i + 1 !== at).join('\n') });
    assert.equal(nginxTest(first, join(first, 'nginx.conf')).status, 0);
    assert.deepEqual(parse(join(first, 'nginx.conf'), { strict: true }).errors, []);
  }
});

test('agrees with nginx -t: a directive nginx takes once per block, written twice (one of them in an included file), fails both at the second; once per level passes both', (t) => {
  const cases: { files: Record<string, string>; want?: string }[] = [
    // an included file repeats a setting of the block that includes it
    { files: { 'nginx.conf': HEAD + 'http {\n  gzip on;\n  include conf.d/*.conf;\n}\n', 'conf.d/gzip.conf': 'gzip off;\n' }, want: 'conf.d/gzip.conf:1' },
    // one snippet included twice into a location
    { files: { 'nginx.conf': HEAD + 'http {\n  server {\n    listen 127.0.0.1:8094;\n    location / {\n      include proxy.conf;\n      include proxy.conf;\n      proxy_pass http://127.0.0.1:1;\n    }\n  }\n}\n', 'proxy.conf': 'proxy_read_timeout 30s;\n' }, want: 'proxy.conf:1' },
    // a stream server with two proxy_pass
    { files: { 'nginx.conf': `load_module /usr/lib/nginx/modules/ngx_stream_module.so;\n${HEAD}stream {\n  server {\n    listen 127.0.0.1:8095;\n    proxy_pass 127.0.0.1:1;\n    proxy_pass 127.0.0.1:2;\n  }\n}\n` }, want: 'nginx.conf:7' },
    // limit_req many times in a block, but once per zone
    { files: { 'nginx.conf': HEAD + 'http {\n  limit_req_zone $binary_remote_addr zone=a:1m rate=1r/s;\n  limit_req_zone $server_name zone=b:1m rate=1r/s;\n  server {\n    listen 127.0.0.1:8097;\n    location / {\n      limit_req zone=a;\n      limit_req zone=b;\n      limit_req zone=a burst=5;\n      return 204;\n    }\n  }\n}\n' }, want: 'nginx.conf:10' },
    // the same setting at http, server, location and in an if: each level has its own
    { files: { 'nginx.conf': HEAD + 'http {\n  gzip on;\n  server {\n    listen 127.0.0.1:8096;\n    gzip off;\n    location / {\n      gzip on;\n      if ($arg_x) {\n        gzip off;\n      }\n    }\n  }\n}\n' } },
  ];
  for (const { files, want } of cases) {
    if (files['nginx.conf'].startsWith('load_module') && !existsSync('/usr/lib/nginx/modules/ngx_stream_module.so')) {
      t.diagnostic('skipped the stream case: this nginx has no stream module at /usr/lib/nginx/modules');
      continue;
    }
    const dir = tree(t, files);
    const conf = join(dir, 'nginx.conf');
    const ng = nginxTest(dir, conf);
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'duplicate-directive').map((f) => `${f.file}:${f.line}`);
    if (!want) {
      assert.equal(ng.status, 0, ng.output);
      assert.deepEqual(ours, []);
      continue;
    }
    assert.equal(ng.status, 1, `nginx accepted it:\n${ng.output}`);
    assert.match(ng.emerg?.message ?? '', /directive is duplicate$/, ng.output);
    assert.equal(`${ng.emerg!.file.slice(dir.length + 1)}:${ng.emerg!.line}`, want);
    assert.deepEqual(ours, [want]);
  }
});

test('agrees with nginx -t on argument values: flags, numbers, sizes, offsets and times (ngx_parse_size, ngx_parse_offset, ngx_parse_time), value by value', (t) => {
  const wrap: Record<string, (line: string) => string> = {
    events: (l) => `events {\n${l}\n}\n`,
    http: (l) => `events {}\nhttp {\n${l}\n}\n`,
  };
  // one directive of each kind (src/parser/directives-nginx.json), where nginx reads its argument
  const directives: [string, string, string][] = [
    ['gzip', 'http', 'flag'],
    ['worker_connections', 'events', 'number'],
    ['client_body_buffer_size', 'http', 'size'],
    ['client_max_body_size', 'http', 'offset'],
    ['proxy_read_timeout', 'http', 'msec'],
    ['ssl_session_timeout', 'http', 'sec'],
  ];
  const values = ['', '0', '1', '512', '-1', '+1', '1.5', ' 1', '1 ', '10k', '10K', '10kb', '10m', '10M', '10mb', '1g', '1G', '1t', 'on', 'ON', 'Off', 'yes', 'true', '1ms', '500ms', '1s500ms', '1s 500ms', '1ms1s', 'ms', 's', '1 s', '1hs', '5mm', '1h30m', '1h 30m', '1h 30', '30m1h', '1d1h', '1w2d', '1y', '2M', '1y2M3w4d5h6m7s', '1 2', '1 2 3', '1s 2', '1s 2 3', '10x', 'abc', '$var'];
  let refused = 0;
  for (const [name, ctx, kind] of directives) {
    for (const v of values) {
      const dir = tree(t, { 'nginx.conf': wrap[ctx](`${name} "${v}";`) });
      const conf = join(dir, 'nginx.conf');
      const ng = nginxTest(dir, conf);
      const ours = parse(conf, { strict: true }).errors.map((e) => `${e.message} at ${e.line}`);
      const about = `${name} "${v}" (${kind}): nginx ${ng.status === 0 ? 'accepts it' : ng.emerg?.message}; ours: ${ours.join(' | ') || 'none'}`;
      if (ng.status === 0) assert.deepEqual(ours, [], about);
      else if (ng.emerg && ng.emerg.message.includes(`"${name}" directive`) || ng.emerg?.message.startsWith('invalid number')) {
        refused++;
        // a value with a variable is left to nginx -t (newer nginx takes variables in some of these)
        if (v.includes('$')) assert.deepEqual(ours, [], about);
        else assert.deepEqual(ours, [`${ng.emerg!.message} at ${ng.emerg!.line}`], about);
      }
    }
  }
  // nginx refused many of them (so the agreement is not only on accepted values)
  assert.ok(refused > 100, `nginx refused only ${refused} values`);
});

test('agrees with nginx -t on parameters: listen, an upstream server (its address too), rewrite\'s flag, proxy_pass\'s URL prefix, try_files\' code, expires, limit_req(_zone), limit_conn_zone\'s zone size, map and geo entries (a map key twice too), log_format\'s variables: typos refused at the argument and nginx\'s own parameters taken', (t) => {
  const server = (l: string) => `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8101;\n    location / {\n      ${l}\n      return 204;\n    }\n  }\n}\n`;
  const cases: { conf: string; refused?: string }[] = [
    // nginx's own parameters (this nginx builds them) pass both
    { conf: `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8102 default_server reuseport backlog=64 rcvbuf=64k sndbuf=64k deferred so_keepalive=on fastopen=16;\n  }\n}\n` },
    { conf: `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8103 default proxy_protocol bind;\n  }\n}\n` },
    { conf: `events {}\nhttp {\n  upstream app {\n    server 127.0.0.1:9000 weight=5 max_fails=3 fail_timeout=10s max_conns=100;\n    server 127.0.0.1:9001 backup;\n    server 127.0.0.1:9002 down;\n  }\n}\n` },
    { conf: server('rewrite ^/a$ /b last;\n      rewrite ^/c$ /d break;\n      rewrite ^/e$ /f redirect;\n      rewrite ^/g$ /h permanent;') },
    { conf: server('proxy_pass HTTP://127.0.0.1:9000;') },
    { conf: server('proxy_pass https://127.0.0.1:9000/x;') },
    { conf: server('proxy_pass $scheme://127.0.0.1:9000;') },
    // typos: nginx's message, at the line
    { conf: `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8104 defualt_server;\n  }\n}\n`, refused: 'invalid parameter "defualt_server"' },
    { conf: `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8105 backlog;\n  }\n}\n`, refused: 'invalid parameter "backlog"' },
    { conf: `events {}\nhttp {\n  upstream app {\n    server 127.0.0.1:9000 weigth=5;\n  }\n}\n`, refused: 'invalid parameter "weigth=5"' },
    { conf: `events {}\nhttp {\n  upstream app {\n    server 127.0.0.1:9000 max_fail=3;\n  }\n}\n`, refused: 'invalid parameter "max_fail=3"' },
    { conf: server('rewrite ^/a$ /b permanet;'), refused: 'invalid parameter "permanet"' },
    { conf: server('proxy_pass backend;'), refused: 'invalid URL prefix' },
    // add_header's one parameter, and return's code
    { conf: `events {}\nhttp {\n  add_header X-A b always;\n  server {\n    listen 127.0.0.1:8108;\n    add_header X-B c;\n    location / {\n      add_header X-C d always;\n      return 204;\n    }\n  }\n}\n` },
    { conf: `events {}\nhttp {\n  add_header X-A b alway;\n}\n`, refused: 'invalid parameter "alway"' },
    { conf: server('add_header X-A b ALWAYS;'), refused: 'invalid parameter "ALWAYS"' },
    { conf: server('add_trailer X-A b alwys;'), refused: 'invalid parameter "alwys"' },
    ...['2000', 'abc', '/x'].map((c) => ({ conf: server(`return ${c};`), refused: `invalid return code "${c}"` })),
    { conf: server('return 2000 x;'), refused: 'invalid return code "2000"' },
    { conf: server('return abc x;'), refused: 'invalid return code "abc"' },
    ...['600 x', '999', '0', '301 /x', 'https://example.com/', '$scheme://example.com$request_uri', '444'].map((c) => ({ conf: server(`return ${c};`).replace('\n      return 204;', '') })),
    // an upstream server's address: a scheme or a path, a port out of range or not a number
    ...['http://127.0.0.1:9000', '127.0.0.1:9000/', '127.0.0.1:99999', '127.0.0.1:0', '127.0.0.1:90x', '127.0.0.1:9000:1'].map((a) => ({
      conf: `events {}\nhttp {\n  upstream app {\n    server ${a};\n  }\n}\n`,
      refused: `${a.includes('/') ? 'invalid host' : 'invalid port'} in upstream "${a}"`,
    })),
    ...['127.0.0.1', '127.0.0.1:65535', 'localhost:9000', 'unix:/tmp/app.sock', '[::1]:9000'].map((a) => ({ conf: `events {}\nhttp {\n  upstream app {\n    server ${a};\n  }\n}\n` })),
    { conf: server('proxy_pass htp://127.0.0.1:9000;'), refused: 'invalid URL prefix' },
    { conf: server('proxy_pass 127.0.0.1:9000;'), refused: 'invalid URL prefix' },
    // try_files' code, expires' value
    ...['=404', '=0', '=999', '@fallback', '/index.html'].map((l) => ({ conf: server(`try_files $uri ${l};`).replace('\n      return 204;', l === '@fallback' ? '\n    }\n    location @fallback {\n      return 204;' : '') })),
    ...['=4(04', '=404}', '=1000', '=', '=x'].map((l) => ({ conf: server(`try_files $uri ${l};`).replace('\n      return 204;', ''), refused: `invalid code "${l}"` })),
    ...['1h', '30d', '-1', '"+1h 30m"', '@15h30m', 'epoch', 'max', 'off', 'modified 1d', 'modified +24h', '$expires'].map((v) => ({ conf: server(`expires ${v};`).replace('server {', 'map $uri $expires { default 1h; }\n  server {') })),
    ...['1try_files', 'h', '1x', 'modified max2', 'modifed 1d', '@1ms', '++1h'].map((v) => ({ conf: server(`expires ${v};`), refused: '"expires" directive invalid value' })),
    // limit_req_zone's rate and parameters, limit_req's parameters
    ...['rate=5r/s', 'rate=30r/m', 'rate=1r/s'].map((r) => ({ conf: `events {}\nhttp {\n  limit_req_zone $binary_remote_addr zone=one:1m ${r};\n}\n` })),
    ...['rate=5r/a', 'rate=5/s', 'rate=0r/s', 'rate=r/s', 'rate=-1r/s'].map((r) => ({ conf: `events {}\nhttp {\n  limit_req_zone $binary_remote_addr zone=one:1m ${r};\n}\n`, refused: `invalid rate "${r}"` })),
    { conf: `events {}\nhttp {\n  limit_req_zone $binary_remote_addr zone=one:1m burst=5;\n}\n`, refused: 'invalid parameter "burst=5"' },
    { conf: server('limit_req zone=one burst=5 nodelay;').replace('server {', 'limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\n  server {') },
    { conf: server('limit_req zone=one burst=5 delay=2;').replace('server {', 'limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\n  server {') },
    { conf: server('limit_req it=one burst=5;').replace('server {', 'limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\n  server {'), refused: 'invalid parameter "it=one"' },
    // map and geo entries: one value per key (but the words that stand alone), one default
    { conf: `events {}\nhttp {\n  map $host $m {\n    hostnames;\n    volatile;\n    default 0;\n    example.com 1;\n  }\n  geo $g {\n    ranges;\n    default 0;\n    127.0.0.1-127.0.0.9 1;\n  }\n}\n` },
    { conf: `events {}\nhttp {\n  map $host $m {\n    default 0;\n    example.com 1 2;\n  }\n}\n`, refused: 'invalid number of the map parameters' },
    { conf: `events {}\nhttp {\n  map $host $m {\n    default;\n  }\n}\n`, refused: 'invalid number of the map parameters' },
    { conf: `events {}\nhttp {\n  map $host $m {\n    default 0;\n    default 1;\n  }\n}\n`, refused: 'duplicate default map parameter' },
    { conf: `events {}\nhttp {\n  geo $g {\n    default 0;\n    10.0.0.0/8;\n  }\n}\n`, refused: 'invalid number of the geo parameters' },
    { conf: `events {}\nhttp {\n  geo $g {\n    default 0;\n    10.0.0.0/8 1 2;\n  }\n}\n`, refused: 'invalid number of the geo parameters' },
    { conf: `events {}\nhttp {\n  geo $g {\n    default 0;\n    delete 10.1.0.0/16;\n    proxy 10.0.0.1;\n    127.0.0.1 1;\n    10.0.0.0/8 2;\n    ::1 3;\n    2001:db8::/32 4;\n  }\n}\n` },
    ...['a', '0default', '10.0.0.256', '10.0.0', 'expires'].map((k) => ({ conf: `events {}\nhttp {\n  geo $g {\n    default 0;\n    ${k} 1;\n  }\n}\n`, refused: `invalid network "${k}"` })),
    // a map's string keys: one entry each, compared without case and without a leading backslash;
    // regex keys, and keys after hostnames (wildcards: left to nginx -t), are not compared
    { conf: `events {}\nhttp {\n  map $uri $m {\n    default 0;\n    /a 1;\n    /b 2;\n    ~/a 3;\n    ~/a 4;\n    '' 5;\n  }\n}\n` },
    ...[['Foo', 'foo'], ['foo', '\\foo'], ["''", '""']].map(([a, b]) => ({ conf: `events {}\nhttp {\n  map $uri $m {\n    ${a} 1;\n    ${b} 2;\n  }\n}\n`, refused: `conflicting parameter "${a === "''" ? '' : 'foo'}"` })),
    // limit_req_zone's and limit_conn_zone's zone size: one nginx reads, at least 8 pages (32k here)
    ...['zone=one:32k', 'zone=one:1m', 'zone=one:32768'].map((z) => ({ conf: `events {}\nhttp {\n  limit_req_zone $binary_remote_addr ${z} rate=1r/s;\n  limit_conn_zone $binary_remote_addr ${z.replace('=one', '=two')};\n}\n` })),
    ...['zone=one:1Host', 'zone=one', 'zone=one:1x', 'zone=one:1g'].map((z) => ({ conf: `events {}\nhttp {\n  limit_conn_zone $binary_remote_addr ${z};\n}\n`, refused: `invalid zone size "${z}"` })),
    { conf: `events {}\nhttp {\n  limit_conn_zone $binary_remote_addr zne=one:1m;\n}\n`, refused: 'invalid parameter "zne=one:1m"' },
    ...['zone=one:1', 'zone=one:31k'].map((z) => ({ conf: `events {}\nhttp {\n  limit_req_zone $binary_remote_addr ${z} rate=1r/s;\n}\n`, refused: `zone "${z}" is too small` })),
    // log_format's variable references, read by its own compiler; escape= takes default, json, none
    { conf: `events {}\nhttp {\n  log_format a escape=json '$remote_addr \${status}x $body_bytes_sent-$msec';\n  log_format b escape=none '$request' '$status';\n}\n` },
    ...[
      ["'$remote_addr $'", 'invalid parameter "$"'],
      ["'$remote_addr ${'", 'invalid parameter "${"'],
      ["'$status \"$}http_user_agent}\"'", 'invalid parameter "$}http_user_agent}\""'],
      ["escape=json '\${http_user_agent x'", 'the closing bracket in "http_user_agent" variable is missing'],
      ["escape=bogus '$status'", 'unknown log format escaping "bogus"'],
    ].map(([f, refused]) => ({ conf: `events {}\nhttp {\n  log_format a ${f};\n}\n`, refused })),
  ];
  agreeOnParse(t, cases);
});

test('agrees with nginx -t on certificates: the default server of each ssl socket needs one, every certificate its key; a server that is not the default may have none', (t) => {
  const dir0 = tree(t, {});
  const cert = join(dir0, 'c.pem');
  const key = join(dir0, 'k.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=test'], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const tls = `ssl_certificate ${cert};\n    ssl_certificate_key ${key};`;
  const srv = (listen: string, body = '') => `  server {\n    listen ${listen};\n    ${body}\n  }\n`;
  const cases: { http: string; refused: boolean }[] = [
    { http: srv('127.0.0.1:8110 ssl'), refused: true },
    { http: srv('127.0.0.1:8111 ssl', tls) + srv('127.0.0.1:8111 ssl'), refused: false },
    { http: srv('127.0.0.1:8112 ssl') + srv('127.0.0.1:8112 ssl', tls), refused: true },
    { http: srv('127.0.0.1:8113 ssl') + srv('127.0.0.1:8113 ssl default_server', tls), refused: false },
    { http: srv('127.0.0.1:8114') + srv('127.0.0.1:8114 ssl', tls), refused: true },
    { http: srv('127.0.0.1:8115 ssl', 'ssl_reject_handshake on;'), refused: false },
    { http: `  ssl_certificate ${cert};\n` + srv('127.0.0.1:8116 ssl', `ssl_certificate_key ${key};`), refused: false },
    { http: srv('127.0.0.1:8117 ssl', `ssl_certificate ${cert};\n    ssl_certificate ${cert};\n    ssl_certificate_key ${key};`), refused: true },
  ];
  for (const { http, refused } of cases) {
    const dir = tree(t, { 'nginx.conf': `events {}\nhttp {\n${http}}\n` });
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    assert.equal(ng.status, refused ? 1 : 0, `${http}\n${ng.output}`);
    if (refused) assert.match(ng.output, /no "ssl_certificate(_key)?" is defined/);
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'ssl-certificate-missing');
    assert.equal(ours.length, refused ? 1 : 0, `${http}\n${ours.map((f) => `${f.line}: ${f.message}`).join('\n')}`);
  }
});

test('agrees with nginx -t on variables: every argument unknown-variable reads is one nginx refuses an unknown variable in, and takes once the variable is defined; a reference nginx cannot read there is the parser\'s error', (t) => {
  const STREAM_MODULE = '/usr/lib/nginx/modules/ngx_stream_module.so';
  const V = '$ngg_nope';
  // where each directive of READS stands, with V at one argument it reads (`@` marks the http level,
  // `%` the stream level, `^` an http server; else an http location or a stream server)
  const http: Record<string, string> = {
    set: 'set $x V;',
    return: 'return 200 "V";',
    rewrite: 'rewrite ^/a /bV last;',
    proxy_pass: 'proxy_pass http://V;',
    fastcgi_pass: 'fastcgi_pass V;',
    uwsgi_pass: 'uwsgi_pass V;',
    scgi_pass: 'scgi_pass V;',
    grpc_pass: 'grpc_pass grpc://V;',
    proxy_set_header: 'proxy_set_header X-A V;',
    grpc_set_header: 'grpc_set_header X-A V;',
    fastcgi_param: 'fastcgi_param A V;',
    uwsgi_param: 'uwsgi_param A V;',
    scgi_param: 'scgi_param A V;',
    add_header: 'add_header X-A V;',
    add_trailer: 'add_trailer X-A V;',
    try_files: 'try_files V =404;',
    root: 'root /srv/V;',
    alias: 'alias /srv/V;',
    index: 'index V;',
    access_log: 'access_log logs/V.log;',
    log_format: '@log_format f "V";',
    map: '@map V $m1 { default 1; }',
    split_clients: '@split_clients "V" $sc { * a; }',
    limit_req_zone: '@limit_req_zone V zone=z:1m rate=1r/s;',
    limit_conn_zone: '@limit_conn_zone V zone=c:1m;',
    proxy_cache_key: 'proxy_cache_key V;',
    fastcgi_cache_key: 'fastcgi_cache_key V;',
    uwsgi_cache_key: 'uwsgi_cache_key V;',
    scgi_cache_key: 'scgi_cache_key V;',
    auth_request_set: 'auth_request_set $ar V;',
    proxy_redirect: 'proxy_redirect http://a/ V;',
    sub_filter: 'sub_filter a V;',
    ssl_certificate: '^ssl_certificate V; ssl_certificate_key /srv/k.pem;',
    ssl_certificate_key: '^ssl_certificate /srv/c.pem; ssl_certificate_key V;',
    limit_rate: 'limit_rate V;',
    secure_link: 'secure_link V;',
    secure_link_md5: 'secure_link_md5 V;',
    proxy_set_body: 'proxy_set_body V;',
    // the other forms the rule reads: if's variable, a file test's path, an = comparison; error_page's URI; geo's address; a map value
    if: 'if (V) { return 404; }',
    'if -f': 'if (!-f /srv/V) { return 404; }',
    'if =': 'if ($uri = "/V") { return 404; }',
    error_page: 'error_page 404 /V;',
    geo: '@geo V $g { default 0; }',
    'map value': '@map $uri $m2 { default V; }',
  };
  const stream: Record<string, string> = {
    set: 'set $x V;',
    return: 'return V;',
    proxy_pass: 'proxy_pass V;',
    map: '%map V $m1 { default 1; }',
    split_clients: '%split_clients "V" $sc { * a; }',
    limit_conn_zone: '%limit_conn_zone V zone=c:1m;',
    geo: '%geo V $g { default 0; }',
    'map value': '%map $remote_addr $m2 { default V; }',
  };
  // every directive the rule reads has a case here, and no case is for a directive it does not read
  assert.deepEqual(Object.keys(http).filter((k) => !k.includes(' ') && !['if', 'error_page', 'geo'].includes(k)).sort(), Object.keys(READS.http).sort());
  assert.deepEqual(Object.keys(stream).filter((k) => !k.includes(' ') && k !== 'geo').sort(), Object.keys(READS.stream).sort());
  const config = (proto: 'http' | 'stream', line: string, define: boolean) => {
    const top = line.startsWith('@') || line.startsWith('%');
    const server = line.startsWith('^');
    const d = (top || server ? line.slice(1) : line).replace('V', V);
    const def = define ? `  map $remote_addr $ngg_nope { default x; }\n` : '';
    if (proto === 'http') return `${HEAD}http {\n${def}${top ? `  ${d}\n` : ''}  server {\n    listen 127.0.0.1:8120;\n${server ? `    ${d}\n` : ''}    location /a/ {\n      ${top || server ? 'return 204;' : d}\n    }\n  }\n}\n`;
    // a stream server needs a handler: return, unless the case is proxy_pass or return
    const handler = top || !/^(return|proxy_pass) /.test(d) ? '\n    return x;' : '';
    return `load_module ${STREAM_MODULE};\n${HEAD}stream {\n${def}${top ? `  ${d}\n` : ''}  server {\n    listen 127.0.0.1:8121;\n    ${top ? '' : d}${handler}\n  }\n}\n`;
  };
  const cases = [...Object.entries(http).map(([k, l]) => ['http', k, l] as const), ...Object.entries(stream).map(([k, l]) => ['stream', k, l] as const)];
  if (!existsSync(STREAM_MODULE)) t.diagnostic(`skipped the ${Object.keys(stream).length} stream cases: this nginx has no stream module at ${STREAM_MODULE}`);
  for (const [proto, name, line] of cases) {
    if (proto === 'stream' && !existsSync(STREAM_MODULE)) continue;
    for (const define of [false, true]) {
      const conf = config(proto, line, define);
      const dir = tree(t, { 'nginx.conf': conf });
      const ng = nginxTest(dir, join(dir, 'nginx.conf'));
      const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'unknown-variable');
      const where = `${proto} ${name}${define ? ' (defined)' : ''}:\n${conf}`;
      if (define) {
        assert.equal(ng.status, 0, `${where}\n${ng.output}`);
        assert.deepEqual(ours, [], where);
      } else {
        assert.match(ng.output, /unknown "ngg_nope" variable/, `${where}\n${ng.output}`);
        const at = conf.split('\n').findIndex((l) => l.includes(V)) + 1;
        assert.deepEqual(ours.map((f) => f.line), [at], where);
      }
    }
    // a reference nginx cannot read in the same argument: the parser's invalid-args, in nginx's words
    // (not log_format, whose own reader words it otherwise, nor if's condition or geo's address: variable names to nginx)
    if (name === 'log_format' || name.startsWith('if') || name === 'geo') continue;
    for (const [bad, message] of [['${ngg_nope', 'the closing bracket in "ngg_nope" variable is missing'], ['$-x', 'invalid variable name']]) {
      const conf = config(proto, line, false).replace(V, bad);
      const dir = tree(t, { 'nginx.conf': conf });
      const ng = nginxTest(dir, join(dir, 'nginx.conf'));
      const at = conf.split('\n').findIndex((l) => l.includes(bad)) + 1;
      assert.equal(ng.emerg?.message, message, `${proto} ${name}:\n${conf}\n${ng.output}`);
      // nginx names the directive's line, or - for what it compiles when it merges the levels
      // (proxy_set_header, fastcgi_param, ...) - the "}" that closes a block after it; ours is the directive's
      const lines = conf.split('\n');
      assert.ok(ng.emerg!.line === at || (ng.emerg!.line > at && lines[ng.emerg!.line - 1].trim() === '}'), `${proto} ${name}:\n${conf}\n${ng.output}`);
      assert.deepEqual(parse(join(dir, 'nginx.conf'), { strict: true }).errors.map((e) => `${e.message} at ${e.line}`), [`${message} at ${at}`], conf);
    }
  }
});

test('agrees with nginx -t on named captures: a regex\'s (?<name>) defines $name where nginx compiles a regex (a ~ map key, a ~ location, a ~ server name), not in a plain key, prefix location or name', (t) => {
  const conf = (mapKey: string, location: string, serverName: string) =>
    `events {}\nhttp {\n  map $uri $ngg_m {\n    default 0;\n    ${mapKey} 1;\n  }\n  server {\n    listen 127.0.0.1:8125;\n    server_name ${serverName};\n    location ${location} {\n      return 200 "$ngg_cap";\n    }\n  }\n}\n`;
  const cases: { mapKey: string; location: string; serverName: string; defined: boolean }[] = [
    { mapKey: '"~^/(?<ngg_cap>a)"', location: '/x/', serverName: 'a.test', defined: true },
    { mapKey: '/a', location: '~ ^/(?<ngg_cap>a)', serverName: 'a.test', defined: true },
    { mapKey: '/a', location: '~^/(?<ngg_cap>a)', serverName: 'a.test', defined: true },
    { mapKey: '/a', location: '/x/', serverName: '~^(?<ngg_cap>.+)\\.test$', defined: true },
    { mapKey: '"/~^/(?<ngg_cap>a)"', location: '/x/', serverName: 'a.test', defined: false },
    { mapKey: '"\\~^/(?<ngg_cap>a)"', location: '/x/', serverName: 'a.test', defined: false },
    { mapKey: '/a', location: '/(?<ngg_cap>a)', serverName: 'a.test', defined: false },
    { mapKey: '/a', location: '= /(?<ngg_cap>a)', serverName: 'a.test', defined: false },
    { mapKey: '/a', location: '/x/', serverName: '"(?<ngg_cap>a).test"', defined: false },
  ];
  for (const { mapKey, location, serverName, defined } of cases) {
    const c = conf(mapKey, location, serverName);
    const dir = tree(t, { 'nginx.conf': c });
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'unknown-variable');
    if (defined) {
      assert.equal(ng.status, 0, `${c}\n${ng.output}`);
      assert.deepEqual(ours, [], c);
    } else {
      assert.match(ng.output, /unknown "ngg_cap" variable/, `${c}\n${ng.output}`);
      assert.deepEqual(ours.map((f) => f.line), [11], c);
    }
  }
});

test('agrees with nginx -t on listen sockets of one server: the same address and port twice, however spelled, is "a duplicate listen"; another family, transport or server is not', (t) => {
  const server = (listens: string[]) => `events {}\nhttp {\n  server {\n${listens.map((l) => `    listen ${l};\n`).join('')}    return 204;\n  }\n}\n`;
  const cases: { listens: string[]; duplicate: boolean }[] = [
    { listens: ['8130', '0.0.0.0:8130'], duplicate: true },
    { listens: ['*:8131', '8131'], duplicate: true },
    { listens: ['127.0.0.1:8132 default_server', '127.0.0.1:8132'], duplicate: true },
    { listens: ['[::1]:8133', '[0:0:0:0:0:0:0:1]:8133'], duplicate: true },
    { listens: ['8134', '[::]:8134'], duplicate: false },
    { listens: ['127.0.0.1:8135', '127.0.0.2:8135'], duplicate: false },
    { listens: ['127.0.0.1:8136', '127.0.0.1:8137'], duplicate: false },
  ];
  for (const { listens, duplicate } of cases) {
    const conf = server(listens);
    const dir = tree(t, { 'nginx.conf': conf });
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'duplicate-listen');
    if (duplicate) {
      assert.match(ng.emerg?.message ?? '', /^a duplicate listen /, `${conf}\n${ng.output}`);
      assert.deepEqual(ours.map((f) => f.line), [ng.emerg!.line], conf);
    } else {
      assert.equal(ng.status, 0, `${conf}\n${ng.output}`);
      assert.deepEqual(ours, [], conf);
    }
  }
});

test('agrees with nginx -t on names declared once: a shared memory zone (a second limit_req_zone or limit_conn_zone or keys_zone of its name, another use, another size) and a log_format name; zones nginx lets share pass both', (t) => {
  const http = (body: string) => `events {}\nhttp {\n${body}\n  server {\n    listen 127.0.0.1:8140;\n    return 204;\n  }\n}\n`;
  const up = (name: string, zone: string) => `  upstream ${name} {\n    zone ${zone};\n    server 127.0.0.1:9000;\n  }`;
  const cases: { body: (dir: string) => string; rule: string; refused?: string }[] = [
    { rule: 'duplicate-zone', body: () => '  limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\n  limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;', refused: 'limit_req_zone "one" is already bound to key "$binary_remote_addr"' },
    { rule: 'duplicate-zone', body: () => '  limit_conn_zone $binary_remote_addr zone=c:1m;\n  limit_conn_zone $server_name zone=c:1m;', refused: 'limit_conn_zone "c" is already bound to key "$binary_remote_addr"' },
    { rule: 'duplicate-zone', body: () => '  limit_req_zone $binary_remote_addr zone=one:1m rate=1r/s;\n  limit_conn_zone $binary_remote_addr zone=one:1m;', refused: 'the shared memory zone "one" is already declared for a different use' },
    { rule: 'duplicate-zone', body: (d) => `  proxy_cache_path ${d}/a keys_zone=k:1m;\n  proxy_cache_path ${d}/b keys_zone=k:1m;`, refused: 'duplicate zone "k"' },
    { rule: 'duplicate-zone', body: (d) => `  proxy_cache_path ${d}/a keys_zone=k:1m;\n  fastcgi_cache_path ${d}/b keys_zone=k:1m;`, refused: 'the shared memory zone "k" is already declared for a different use' },
    { rule: 'duplicate-zone', body: () => `${up('a', 'z 1m')}\n${up('b', 'z 2m')}`, refused: 'the size 2097152 of shared memory zone "z" conflicts with already declared size 1048576' },
    { rule: 'duplicate-zone', body: () => `  ssl_session_cache shared:S:1m;\n  server {\n    listen 127.0.0.1:8141;\n    ssl_session_cache shared:S:2m;\n  }`, refused: 'the size 2097152 of shared memory zone "S" conflicts with already declared size 1048576' },
    { rule: 'duplicate-zone', body: () => `${up('a', 'z 1m')}\n${up('b', 'z 1024k')}\n${up('c', 'z')}\n  ssl_session_cache shared:S:1m;\n  server {\n    listen 127.0.0.1:8141;\n    ssl_session_cache shared:S:1m;\n  }` },
    { rule: 'duplicate-log-format', body: () => "  log_format a '$status';\n  log_format a '$request';", refused: 'duplicate "log_format" name "a"' },
    { rule: 'duplicate-log-format', body: () => "  log_format combined '$status';", refused: 'duplicate "log_format" name "combined"' },
    { rule: 'duplicate-log-format', body: () => "  log_format a '$status';\n  log_format b '$status';" },
  ];
  for (const { body, rule, refused } of cases) {
    const dir = tree(t, {});
    const conf = http(body(dir));
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.severity === 'error');
    if (!refused) {
      assert.equal(ng.status, 0, `${conf}\n${ng.output}`);
      assert.deepEqual(ours, [], conf);
      continue;
    }
    assert.ok(ng.emerg?.message.startsWith(refused), `${conf}\n${ng.output}`);
    assert.deepEqual(ours.map((f) => `${f.rule} at ${f.line}`), [`${rule} at ${ng.emerg!.line}`], conf);
    assert.ok(ours[0].message.startsWith(refused), ours[0].message);
  }
});

test('agrees with nginx -t on regex syntax: a ( or [ never closed, a ) never opened and a quantifier with nothing to repeat and a letter after (? that is no option are refused in every place nginx compiles a regex, in its words; PCRE\'s own syntax (verbs, comments, POSIX classes, named groups, extended mode) passes both', (t) => {
  const server = (l: string) => `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8150;\n    ${l}\n  }\n}\n`;
  const loc = (re: string) => server(`location ~ ${re} {\n      return 204;\n    }`);
  const cases: { conf: string; refused?: string }[] = [
    { conf: loc('^/(a'), refused: 'pcre2_compile() failed: missing closing parenthesis in "^/(a"' },
    { conf: loc('^/a)'), refused: 'pcre2_compile() failed: unmatched closing parenthesis in "^/a)" at ")"' },
    { conf: loc('^/[a'), refused: 'pcre2_compile() failed: missing terminating ] for character class in "^/[a"' },
    { conf: loc('*a'), refused: 'pcre2_compile() failed: quantifier does not follow a repeatable item in "*a" at "*a"' },
    { conf: loc('^/(*)'), refused: 'pcre2_compile() failed: quantifier does not follow a repeatable item in "^/(*)" at "*)"' },
    { conf: loc('a|+b'), refused: 'pcre2_compile() failed: quantifier does not follow a repeatable item in "a|+b" at "+b"' },
    { conf: server('location ~* "^/(?<x>a" {\n      return 204;\n    }'), refused: 'pcre2_compile() failed: missing closing parenthesis in "^/(?<x>a"' },
    { conf: server('server_name ~^(www\\.)?(.+$;'), refused: 'pcre2_compile() failed: missing closing parenthesis in "^(www\\.)?(.+$"' },
    { conf: server('rewrite ^/(a /b;'), refused: 'pcre2_compile() failed: missing closing parenthesis in "^/(a"' },
    { conf: server('if ($uri ~ "(a") {\n      return 204;\n    }'), refused: 'pcre2_compile() failed: missing closing parenthesis in "(a"' },
    { conf: server('proxy_redirect ~^(http://a/ /;'), refused: 'pcre2_compile() failed: missing closing parenthesis in "^(http://a/"' },
    { conf: `events {}\nhttp {\n  map $uri $m {\n    ~^/(a 1;\n  }\n}\n`, refused: 'pcre2_compile() failed: missing closing parenthesis in "^/(a"' },
    // a letter after (? that is no option: a named group missing its <
    { conf: loc('"^/(?sub>x)"'), refused: 'pcre2_compile() failed: unrecognized character after (? or (?- in "^/(?sub>x)" at "ub>x)"' },
    { conf: loc('"^/(?z)x"'), refused: 'pcre2_compile() failed: unrecognized character after (? or (?- in "^/(?z)x" at "z)x"' },
    { conf: server('rewrite "^/(?i-y:a)" /b;'), refused: 'pcre2_compile() failed: unrecognized character after (? or (?- in "^/(?i-y:a)" at "y:a)"' },
    // PCRE's own syntax passes both
    ...['"(*UTF)^/a"', '"^/a(?#x(y)b"', '"^/[]a]"', '"^/[[:alpha:]]+$"', '"^/(?:a|b)+$"', '"\\.(?<ext>css|js)$"', '"^/(?P<n>x)(?P=n)"', '"(?x)^/a # ( comment"', '"^/a\\(b\\)"', '"^/[(]"', '"^/(a)?+"', '"^/(?i)a"', '"^/(?-i:a)"', '"^/(?^i)a"', '"^/(?msJU)a"', '"^/(?1)?(a)"', '"^/(a)(?-1)?"', '"^/(?|(a)|(b))"'].map((re) => ({ conf: loc(re) })),
    { conf: server('server_name ~^(?<sub>[a-z]+)\\.example\\.com$;\n    rewrite ^/(a)(b)?$ /$1 last;\n    if ($uri ~* "^/(x|y)$") {\n      return 204;\n    }') },
  ];
  agreeOnParse(t, cases);
});

test('agrees with nginx -t on server names: a "*" not followed by a dot, or a lone dot, is refused at the name; on a socket two servers share (or whose default server\'s last regex name has captures), a wildcard the name hash cannot take ("www.*.com", "a*", "..") is refused too, and nginx -t\'s message, which names no line, is matched to the same name', async (t) => {
  const servers = (names: string, second: boolean) =>
    `events {}\nhttp {\n  server {\n    listen 127.0.0.1:8160;\n    server_name ${names};\n    return 204;\n  }\n${second ? '  server {\n    listen 127.0.0.1:8160;\n    server_name other.test;\n    return 204;\n  }\n' : ''}}\n`;
  // the directive's own reading, with a line: the parser's
  agreeOnParse(t, [
    ...['*example.com', '.', '*', '**.a'].map((n) => ({ conf: servers(`a.test ${n}`, false), refused: `server name "${n}" is invalid` })),
    ...['*.a', '.a', '.*', 'example.*', '""', '_'].map((n) => ({ conf: servers(n, false) })),
  ]);
  // the name hash, built for a socket with more than one server or whose default server's last regex
  // name has captures: rule invalid-server-name
  const cases: { name: string; second: boolean; refused?: string }[] = [
    ...['www.*.com', 'a..b.com', '*.*.com', 'ex*ample.com', 'a*', 'A.*.Example.com'].map((name) => ({ name, second: true, refused: name })),
    ...['www.*.com', 'a*'].map((name) => ({ name, second: false })),
    ...['*.a', '.*.a', 'example.*', 'a.com.', '~^(?<n>.+)\\.test$'].map((name) => ({ name, second: true })),
    { name: 'www.*.com ~^(?<n>.+)\\.test$', second: false, refused: 'www.*.com' },
    { name: 'www.*.com ~^(a|b)\\.test$', second: false, refused: 'www.*.com' },
    { name: '~^(?<n>.+)\\.test$ www.*.com ~^a\\.test$', second: false },
  ];
  for (const { name, second, refused } of cases) {
    const conf = servers(name, second);
    const dir = tree(t, { 'nginx.conf': conf });
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.severity === 'error');
    if (!refused) {
      assert.equal(ng.status, 0, `${conf}\n${ng.output}`);
      assert.deepEqual(ours, [], conf);
      continue;
    }
    const said = `invalid server name or wildcard "${refused.toLowerCase()}" on 127.0.0.1:8160`;
    // nginx names no file or line here
    assert.ok(ng.status !== 0 && ng.output.includes(`[emerg] ${ng.output.split('[emerg] ')[1]?.split(': ')[0]}: ${said}\n`), `${conf}\n${ng.output}`);
    assert.deepEqual(ours.map((f) => `${f.rule} at ${f.line}:${f.col}`), ['invalid-server-name at 5:17'], conf);
    assert.ok(ours[0].message.startsWith(said), ours[0].message);
    // with nginx -t in the sandbox: its message goes to the same name, and is dropped as the rule's repeat
    const both = await checkWithNginxTest({ path: dir, root: dir }, { mode: 'local', bin: nginxBin(), resolveHost: async () => undefined });
    assert.equal(both.nginxTest!.status, 'failed');
    assert.deepEqual(both.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} at ${f.line}`), ['invalid-server-name at 5'], conf);
    const alone = await checkWithNginxTest({ path: dir, root: dir, lintConfig: { rules: { 'invalid-server-name': 'off' }, ignorePaths: [] } }, { mode: 'local', bin: nginxBin(), resolveHost: async () => undefined });
    assert.deepEqual(alone.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} at ${f.line}:${f.col}`), ['nginx-test at 5:17'], conf);
  }
});

test('agrees with nginx -t on server names given twice: duplicate-server-name warns at each name nginx warns "conflicting server name ... ignored" about, on the same socket, and nowhere else', (t) => {
  const server = (listens: string[], names: string) => `  server {\n${listens.map((l) => `    listen 127.0.0.1:${l};\n`).join('')}    server_name ${names};\n    return 204;\n  }\n`;
  const cases: string[][] = [
    [server(['8170'], 'a.test A.test')],
    [server(['8170'], 'a.test'), server(['8170'], 'A.TEST'), server(['8170'], 'a.test')],
    [server(['8170'], '*.a.test .a.test'), server(['8170'], 'a.test')],
    [server(['8170'], 'a.test'), server(['8170'], '.a.test')],
    [server(['8170'], '*.a.test'), server(['8170'], 'a.test www.a.test')],
    [server(['8170'], 'www.a.* "" _'), server(['8170'], 'www.a.* "" _ ~^x$'), server(['8170'], '~^x$')],
    [server(['8170', '8171'], 'a.test'), server(['8170'], 'a.test'), server(['8171'], 'b.test')],
    [server(['8170'], '~^(?<n>.+)$ b.test b.test')],
  ];
  for (const servers of cases) {
    const conf = `events {}\nhttp {\n${servers.join('')}}\n`;
    const dir = tree(t, { 'nginx.conf': conf });
    const ng = nginxTest(dir, join(dir, 'nginx.conf'));
    assert.equal(ng.status, 0, `${conf}\n${ng.output}`);
    const said = [...ng.output.matchAll(/\[warn\] \d+#\d+: (conflicting server name "[^"]*" on \S+, ignored)/g)].map((m) => m[1]);
    const ours = check({ path: dir, root: dir }).findings.filter((f) => f.rule === 'duplicate-server-name');
    assert.deepEqual(ours.map((f) => f.message.slice(0, f.message.indexOf(', ignored') + 9)), said, conf);
    // nginx names no line: each finding stands at a server_name holding the name it reports
    for (const f of ours) assert.match(conf.split('\n')[f.line - 1], /server_name /, conf);
  }
});

test('agrees with nginx -t on if conditions: ($variable), ($variable op value) and (-f path) pass both; another shape is "invalid condition", another operator "unexpected ... in condition", naming the same argument', (t) => {
  const loc = (cond: string) => `events {}\nhttp {\n  map $uri $x { default 1; }\n  server {\n    listen 127.0.0.1:8151;\n    location / {\n      if ${cond} {\n        return 204;\n      }\n      return 200;\n    }\n  }\n}\n`;
  const cases: { cond: string; refused?: string }[] = [
    ...['($x)', '( $x )', '($x = a)', '($x != "")', '($x ~ ^/a)', '($x ~* "^/(a|b)")', '($x !~ a)', '($x !~* a)', '(-f /etc/hosts)', '(!-e $request_filename)', '(-d $x)', '(!-x /a)'].map((cond) => ({ cond })),
    { cond: '($args~ "a")', refused: 'invalid condition "$args~"' },
    { cond: '$x', refused: 'invalid condition "$x"' },
    { cond: '($x', refused: 'invalid condition "$x"' },
    { cond: '( $x', refused: 'invalid condition "$x"' },
    { cond: '($x = )', refused: 'invalid condition "$x"' },
    { cond: '($x = a b)', refused: 'invalid condition "$x"' },
    { cond: '(-f)', refused: 'invalid condition "-f"' },
    { cond: '(-z $x)', refused: 'invalid condition "-z"' },
    { cond: '(!-x /a b)', refused: 'invalid condition "!-x"' },
    { cond: '($x ~~ a)', refused: 'unexpected "~~" in condition' },
    { cond: '(x = y)', refused: 'invalid condition "x"' },
    { cond: '($ = y)', refused: 'invalid condition "$"' },
    { cond: '("$x" = "a")', refused: 'invalid condition ""$x""' },
    { cond: '((x)', refused: 'invalid condition "(x"' },
    { cond: '()', refused: 'invalid condition ")"' },
    { cond: '( )', refused: 'invalid condition ")"' },
  ];
  agreeOnParse(t, cases.map(({ cond, refused }) => ({ conf: loc(cond), refused })));
});

/**
 * Each config alone: nginx -t takes it and the parser reports nothing, or nginx refuses it with
 * exactly `refused` and the parser reports that message at the line nginx names, and nothing else.
 */
function agreeOnParse(t: TestContext, cases: readonly { conf: string; refused?: string }[]): void {
  for (const { conf, refused } of cases) {
    const dir = tree(t, { 'nginx.conf': conf });
    const file = join(dir, 'nginx.conf');
    const ng = nginxTest(dir, file);
    const ours = parse(file, { strict: true }).errors.map((e) => `${e.message} at ${e.line}`);
    if (!refused) {
      assert.equal(ng.status, 0, `nginx refused ${conf}:\n${ng.output}`);
      assert.deepEqual(ours, [], conf);
      continue;
    }
    assert.equal(ng.emerg?.message, refused, ng.output);
    assert.deepEqual(ours, [`${refused} at ${ng.emerg!.line}`], conf);
  }
}
