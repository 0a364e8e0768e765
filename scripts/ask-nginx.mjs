#!/usr/bin/env node
// Regenerates src/parser/directives-nginx.json: what the real nginx answers about each directive of
// src/parser/directives.json, asked with `nginx -t`, not read from its source. Run
// `npm run directives:ask` (needs nginx; the stream module is loaded from /usr/lib/nginx/modules).
//
// - `unique`: the directives nginx refuses to see twice in one block ("\"gzip\" directive is
//   duplicate"). In one context of each protocol a directive is allowed in, a config with it once
//   must pass and the same config with it twice must fail with that message. Arguments are the
//   reference's default value, or a sample from SAMPLES below; for a keyword default (`off`) among
//   other forms, OTHER's value must be refused twice too (`mirror /a; mirror /b;` is fine).
//   nginx: the "is duplicate" returns of the ngx_conf_set_*_slot handlers in src/core/ngx_conf_file.c
//   and of the modules' own handlers (proxy_pass, alias, ...).
// - `values`: how nginx reads the first argument of a directive whose reference syntax is one
//   placeholder (`size`, `time`, `number`; optional arguments after it are not read) or exactly
//   `on | off`: `flag`, `size` (ngx_parse_size: k, m), `offset` (ngx_parse_offset: k, m, g), `msec`
//   / `sec` (ngx_parse_time) or `number` (ngx_atoi), told apart by which of PROBES nginx accepts, and
//   nginx's message for a value it refuses ({value} stands for the value). A directive whose answers
//   fit no kind exactly is left out.
//
// A directive this nginx does not build, or whose once-config it refuses, is left out of both: no
// finding is better than a false one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDirectives } from '@nginx/reference-lib';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const STREAM_MODULE = '/usr/lib/nginx/modules/ngx_stream_module.so';
const table = JSON.parse(readFileSync(new URL('../src/parser/directives.json', import.meta.url), 'utf8')).directives;

/** Arguments for directives the reference gives no (usable) default for. */
const SAMPLES = {
  proxy_pass: { http: 'http://127.0.0.1:1', stream: '127.0.0.1:1' },
  fastcgi_pass: '127.0.0.1:1',
  uwsgi_pass: '127.0.0.1:1',
  scgi_pass: '127.0.0.1:1',
  grpc_pass: 'grpc://127.0.0.1:1',
  memcached_pass: '127.0.0.1:1',
  alias: '/tmp/',
  proxy_bind: '127.0.0.1',
  fastcgi_bind: '127.0.0.1',
  uwsgi_bind: '127.0.0.1',
  scgi_bind: '127.0.0.1',
  grpc_bind: '127.0.0.1',
  memcached_bind: '127.0.0.1',
  proxy_method: 'GET',
  proxy_set_body: 'x',
  fastcgi_index: 'index.php',
  fastcgi_cache_key: 'x',
  scgi_cache_key: 'x',
  uwsgi_cache_key: 'x',
  try_files: '$uri =404',
  internal: '',
  stub_status: '',
  flv: '',
  mp4: '',
  empty_gif: '',
  ip_hash: '',
  least_conn: '',
  keepalive: '8',
  hash: '$remote_addr',
  zone: { http: 'z 64k', stream: 'z 64k' },
  random: '',
  hash: '$remote_addr',
  worker_rlimit_nofile: '1024',
  worker_rlimit_core: '1m',
  worker_shutdown_timeout: '10s',
  working_directory: '/tmp',
  timer_resolution: '100ms',
  worker_cpu_affinity: 'auto',
  use: 'epoll',
  secure_link: '$arg_s',
  secure_link_md5: 'x',
  secure_link_secret: 'x',
  source_charset: 'koi8-r',
  auth_basic_user_file: '/tmp/htpasswd',
  auth_request_set: '$x $upstream_http_x',
  gzip_disable: 'msie6',
  max_ranges: '1',
  user: 'root',
};

/**
 * A second value for directives whose default is a keyword (`off`, `none`) among other forms: nginx
 * may refuse the keyword twice and accept the other form many times (`mirror /a; mirror /b;`), so
 * such a directive counts only when it refuses this value twice too. One with a keyword default and
 * no entry here is left out.
 */
const OTHER = {
  aio: 'on',
  auth_basic: 'x',
  auth_request: '/a',
  charset: 'utf-8',
  client_body_in_file_only: 'on',
  directio: '4m',
  disable_symlinks: 'on',
  expires: '1h',
  fastcgi_store: 'on',
  gzip_static: 'on',
  http2_push: '/a',
  mirror: '/m',
  open_file_cache: 'max=10',
  open_log_file_cache: 'max=10',
  proxy_cookie_domain: 'a b',
  proxy_cookie_flags: '~ secure',
  proxy_cookie_path: '/a /b',
  proxy_store: 'on',
  scgi_store: 'on',
  uwsgi_store: 'on',
  ssl_ocsp: 'on',
  ssl_ocsp_cache: 'shared:x:1m',
  ssl_verify_client: 'optional_no_ca',
  userid: 'on',
  userid_domain: 'example.com',
  userid_expires: '1h',
  userid_mark: 'x',
  userid_p3p: 'x',
  proxy_protocol: 'on',
};

/** Wrappers per qualified context: `X` stands for the directive line(s). */
const WRAP = {
  main: 'X\nevents {}\n',
  events: 'events {\nX\n}\n',
  http: 'events {}\nhttp {\nX\n}\n',
  'http>server': 'events {}\nhttp {\nserver {\nlisten 127.0.0.1:18470;\nX\n}\n}\n',
  'http>location': 'events {}\nhttp {\nserver {\nlisten 127.0.0.1:18470;\nlocation / {\nX\n}\n}\n}\n',
  'http>upstream': 'events {}\nhttp {\nupstream u {\nserver 127.0.0.1:1;\nX\n}\n}\n',
  stream: `load_module ${STREAM_MODULE};\nevents {}\nstream {\nX\n}\n`,
  'stream>server': `load_module ${STREAM_MODULE};\nevents {}\nstream {\nserver {\nlisten 127.0.0.1:18471;\nX\n}\n}\n`,
  'stream>server+handler': `load_module ${STREAM_MODULE};\nevents {}\nstream {\nserver {\nlisten 127.0.0.1:18471;\nreturn x;\nX\n}\n}\n`,
  'stream>upstream': `load_module ${STREAM_MODULE};\nevents {}\nstream {\nupstream u {\nserver 127.0.0.1:1;\nX\n}\n}\n`,
};
/** Contexts tried, in order, for each protocol (the first one a directive is allowed in). */
const ORDER = {
  main: ['main'],
  events: ['events'],
  http: ['http>location', 'http>server', 'http', 'http>upstream'],
  stream: ['stream>server', 'stream', 'stream>upstream'],
};

const dir = mkdtempSync(join(tmpdir(), 'ngg-unique-'));
mkdirSync(join(dir, 'logs'));
writeFileSync(join(dir, 'htpasswd'), '');
function nginxT(text) {
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, text);
  // no -g: "pid" set there would make one pid in the config a duplicate (nginx -t writes no pid file)
  const r = spawnSync(NGINX, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', conf], { encoding: 'utf8' });
  return { status: r.status, out: (r.stderr ?? '') + (r.stdout ?? '') };
}

const refs = getDirectives();
/**
 * The arguments to try: a sample, else the reference's default when it reads as plain arguments,
 * and for a keyword default among other forms, also OTHER's value (undefined: left out).
 */
function argsFor(name, proto, entry) {
  const s = SAMPLES[name];
  if (s !== undefined) return [typeof s === 'string' ? s : s[proto]];
  const ref = refFor(name, entry, proto);
  const d = ref?.default;
  if (!d || /[|<>…]|^—$|\.\.\./.test(d)) return undefined;
  const syntax = ref.syntax.join(' | ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  if (/^(off|none)$/.test(d) && syntax !== 'on | off') return OTHER[name] !== undefined ? [d, OTHER[name]] : undefined;
  return [d];
}

const unique = { main: [], events: [], http: [], stream: [] };
let tried = 0;
for (const [name, entries] of Object.entries(table)) {
  for (const [proto, order] of Object.entries(ORDER)) {
    const entry = entries.find((e) => e.contexts.some((c) => order.includes(c)));
    if (!entry || entry.block) continue;
    if (proto === 'stream' && !existsSync(STREAM_MODULE)) continue;
    const values = argsFor(name, proto, entry);
    if (values === undefined) continue;
    const lines = values.map((a) => (a ? `${name} ${a};` : `${name};`));
    for (const ctx of order.filter((c) => entry.contexts.includes(c))) {
      const wraps = ctx === 'stream>server' ? [WRAP[ctx], WRAP['stream>server+handler']] : [WRAP[ctx]];
      const wrap = wraps.find((w) => lines.every((line) => nginxT(w.replace('X', line)).status === 0));
      tried++;
      if (!wrap) continue;
      const refused = (line) => {
        const twice = nginxT(wrap.replace('X', `${line}\n${line}`));
        return twice.status !== 0 && twice.out.includes(`"${name}" directive is duplicate`);
      };
      if (lines.every(refused)) unique[proto].push(name);
      break;
    }
  }
}
// block directives nginx takes once per block: the protocol blocks, and a location's limit_except
const BLOCKS = [
  ['main', 'events', 'events {}'],
  ['main', 'http', 'http {}'],
  ['main', 'stream', 'stream {}'],
  ['http', 'limit_except', 'limit_except GET {\ndeny all;\n}'],
];
for (const [proto, name, line] of BLOCKS) {
  const ctx = proto === 'main' ? (name === 'stream' ? `load_module ${STREAM_MODULE};\nX\n` : 'X\n') : WRAP['http>location'];
  const base = name === 'events' || proto !== 'main' ? ctx : ctx + 'events {}\n';
  if (name === 'stream' && !existsSync(STREAM_MODULE)) continue;
  tried++;
  if (nginxT(base.replace('X', line)).status !== 0) continue;
  const twice = nginxT(base.replace('X', `${line}\n${line}`));
  if (twice.status !== 0 && twice.out.includes(`"${name}" directive is duplicate`)) unique[proto].push(name);
}
const values = { http: {}, stream: {}, main: {}, events: {} };
/** The values tried on one-placeholder directives, and which of them each kind accepts. */
const PROBES = ['10', '-1', '10k', '10m', '10g', '10mb', '500ms', '10s', '1y', '10x', 'abc', 'on', 'off', 'yes'];
const KINDS = {
  flag: ['on', 'off'],
  number: ['10'],
  size: ['10', '10k', '10m'],
  offset: ['10', '10k', '10m', '10g'],
  // "10m" is ten minutes to ngx_parse_time
  msec: ['10', '10m', '500ms', '10s'],
  sec: ['10', '10m', '10s', '1y'],
};
/** The reference entry of a directive for a protocol (a table entry may merge several modules: "ngx_http_proxy_module,ngx_stream_proxy_module"). */
function refFor(name, entry, proto) {
  const mods = entry.module.split(',');
  const fits = (m) => (proto === 'stream' ? m.includes('_stream_') : !m.includes('_stream_') && !m.includes('_mail_'));
  return refs.find((r) => r.name === name && mods.includes(r.module) && fits(r.module));
}
/** The first syntax form's shape: 'flag' for exactly `on | off`, 'one' for one placeholder (optional arguments after it), else undefined. */
function syntaxShape(ref) {
  if (!ref || ref.syntax.length !== 1) return undefined;
  const s = ref.syntax[0].replace(/<\/?p>/g, '').trim();
  if (s === '<code>on</code> | <code>off</code>') return 'flag';
  if (/^<em><code>[\w-]+<\/code><\/em>(\s+\[.*\])?$/.test(s) && !s.includes('|')) return 'one';
  return undefined;
}
for (const [name, entries] of Object.entries(table)) {
  for (const [proto, order] of Object.entries(ORDER)) {
    const entry = entries.find((e) => e.contexts.some((c) => order.includes(c)));
    if (!entry || entry.block || entry.min > 1) continue;
    if (proto === 'stream' && !existsSync(STREAM_MODULE)) continue;
    const ref = refFor(name, entry, proto);
    const shape = syntaxShape(ref);
    if (!shape) continue;
    const ctx = order.find((c) => entry.contexts.includes(c));
    const wrap = ctx === 'stream>server' ? WRAP['stream>server+handler'] : WRAP[ctx];
    tried++;
    const accepted = [];
    const refusals = {};
    for (const v of PROBES) {
      const r = nginxT(wrap.replace('X', `${name} ${v};`));
      if (r.status === 0) accepted.push(v);
      else refusals[v] = /\[emerg\] \d+#\d+: (.*) in \S+:\d+$/m.exec(r.out)?.[1];
    }
    // nginx's message for a refused value, with the value as a placeholder
    const bad = shape === 'flag' ? 'yes' : 'abc';
    const message = refusals[bad]?.replaceAll(`"${bad}"`, '"{value}"');
    if (!message) continue;
    const invalid = (v) => refusals[v] === message.replaceAll('{value}', v);
    // a kind fits when nginx refuses every other probe with that message, and accepts the kind's
    // own (one of them may fail for another reason: "10m" as proxy_buffer_size outgrows proxy_buffers)
    const kind = Object.keys(KINDS).find((k) => {
      const own = KINDS[k];
      const other = own.filter((v) => !accepted.includes(v));
      return PROBES.every((v) => own.includes(v) || invalid(v)) && other.length <= (k === 'flag' ? 0 : 1) && other.every((v) => !invalid(v));
    });
    if (!kind || (kind === 'flag') !== (shape === 'flag')) continue;
    values[proto][name] = { kind, message };
  }
}
rmSync(dir, { recursive: true, force: true });
const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
for (const k of Object.keys(unique)) unique[k].sort();
for (const k of Object.keys(values)) values[k] = Object.fromEntries(Object.entries(values[k]).sort());
writeFileSync(
  new URL('../src/parser/directives-nginx.json', import.meta.url),
  JSON.stringify({ source: `${version}, asked with nginx -t by scripts/ask-nginx.mjs`, unique, values }, null, 2) + '\n',
);
const count = (o) => Object.entries(o).map(([k, v]) => `${k} ${Array.isArray(v) ? v.length : Object.keys(v).length}`).join(', ');
console.log(`tried ${tried} directive/context pairs; unique: ${count(unique)}; values: ${count(values)}`);
