#!/usr/bin/env node
// Regenerates src/parser/variables.json: the variables nginx's modules define, by protocol, for the
// lint rule unknown-variable. Run `npm run variables:update` after bumping @nginx/reference-lib
// (and with nginx installed, so its own answers are asked too); never edit the JSON by hand.
//
// Three sources, all kept (a variable any of them knows is known):
// - `reference`: the variable index of @nginx/reference-lib (nginx.org's docs, newest nginx and
//   NGINX Plus). A name written `$http_NAME` is a prefix family: every `$http_*` is known.
// - `documented`: variables the docs' module pages define that the reference's index leaves out
//   (ngx_http_browser_module, ngx_http_geoip_module, ngx_stream_geoip_module, core's $tcpinfo_*,
//   from nginx.org/en/docs/varindex.html; and stream's $server_name, which came with stream's
//   server_name directive in nginx 1.25.5 and which nginx's own tests use: stream_server_name.t).
// - `asked`: what the installed nginx answers: every identifier in its binary and modules is put in
//   a `return` of an http location and of a stream server; those nginx -t does not refuse as
//   `unknown "name" variable` are known to this nginx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getVariables } from '@nginx/reference-lib';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const MODULES = '/usr/lib/nginx/modules';
const STREAM_MODULE = join(MODULES, 'ngx_stream_module.so');
const OUT = new URL('../src/parser/variables.json', import.meta.url);

/** Protocol of a module by its name (the reference's `ngx_otel_module` is http's). */
const protocolOf = (mod) => (mod.includes('_stream_') ? 'stream' : 'http');

const GEOIP = ['area_code', 'city', 'city_continent_code', 'city_country_code', 'city_country_code3', 'city_country_name', 'country_code', 'country_code3', 'country_name', 'dma_code', 'latitude', 'longitude', 'org', 'postal_code', 'region', 'region_name'].map((n) => `geoip_${n}`);
const DOCUMENTED = {
  http: [...GEOIP, 'ancient_browser', 'modern_browser', 'msie', 'tcpinfo_rtt', 'tcpinfo_rttvar', 'tcpinfo_snd_cwnd', 'tcpinfo_rcv_space'],
  stream: [...GEOIP, 'server_name'],
};

const table = { http: { names: new Set(), prefixes: new Set() }, stream: { names: new Set(), prefixes: new Set() } };
for (const v of getVariables()) {
  const t = table[protocolOf(v.module)];
  const name = v.name.replace(/^\$/, '');
  if (name.endsWith('_NAME')) t.prefixes.add(name.slice(0, -'NAME'.length));
  else t.names.add(name.toLowerCase());
}
const reference = { http: [...table.http.names].sort(), stream: [...table.stream.names].sort() };
const known = (proto, n) => table[proto].names.has(n) || DOCUMENTED[proto].includes(n) || [...table[proto].prefixes].some((p) => n.startsWith(p));

/** The identifiers in nginx's binary and modules that no source above knows (candidates to ask about). */
function candidates() {
  const files = [NGINX, ...(existsSync(MODULES) ? readdirSync(MODULES).map((f) => join(MODULES, f)) : [])];
  const out = new Set();
  for (const f of files) {
    const r = spawnSync('strings', ['-n', '2', f], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const s of r.stdout.split('\n')) if (/^[a-z][a-z0-9_]{1,40}$/.test(s)) out.add(s);
  }
  return [...out].sort();
}

/**
 * The names among `names` that this nginx knows in `proto`: nginx names the first unknown one, which
 * is dropped and the rest asked again until nginx takes them all.
 */
function ask(proto, names) {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-vars-'));
  try {
    let left = names.slice();
    for (;;) {
      // in `set` lines of ~100 names (nginx takes at most 4 KB per argument)
      const sets = [];
      for (let i = 0; i < left.length; i += 100) sets.push(`set $ngg_probe_${i} "${left.slice(i, i + 100).map((n) => `$${n}`).join(' ')}";`);
      const body =
        proto === 'http'
          ? `events {}\nhttp {\nserver {\nlisten 127.0.0.1:18472;\nlocation / {\n${sets.join('\n')}\nreturn 204;\n}\n}\n}\n`
          : `load_module ${STREAM_MODULE};\nevents {}\nstream {\nserver {\nlisten 127.0.0.1:18472;\n${sets.join('\n')}\nreturn x;\n}\n}\n`;
      writeFileSync(join(dir, 'nginx.conf'), `pid ${join(dir, 'nginx.pid')};\nerror_log stderr;\n${body}`);
      const r = spawnSync(NGINX, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
      if (r.status === 0) return left;
      const m = /unknown "([^"]+)" variable/.exec(r.stderr);
      if (!m) throw new Error(`nginx refused the probe for another reason: ${r.stderr}`);
      const next = left.filter((n) => n !== m[1]);
      if (next.length === left.length) throw new Error(`nginx named "${m[1]}", which was not asked`);
      left = next;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const asked = { http: [], stream: [] };
let version;
if (existsSync(NGINX)) {
  version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '');
  const names = candidates();
  for (const proto of ['http', 'stream']) {
    if (proto === 'stream' && !existsSync(STREAM_MODULE)) continue;
    asked[proto] = ask(proto, names.filter((n) => !known(proto, n)));
  }
} else console.warn(`${NGINX} not found: only the reference's and the docs' variables are written`);

const json = {
  source: `@nginx/reference-lib@${JSON.parse(readFileSync(new URL('../node_modules/@nginx/reference-lib/package.json', import.meta.url), 'utf8')).version}; nginx.org/en/docs/varindex.html; asked of ${version ?? 'no nginx'}`,
  http: { names: [...new Set([...reference.http, ...DOCUMENTED.http, ...asked.http])].sort(), prefixes: [...table.http.prefixes].sort() },
  stream: { names: [...new Set([...reference.stream, ...DOCUMENTED.stream, ...asked.stream])].sort(), prefixes: [...table.stream.prefixes].sort() },
  asked,
};
writeFileSync(OUT, JSON.stringify(json, null, 1) + '\n');
console.log(`wrote ${OUT.pathname}: http ${json.http.names.length} names, ${json.http.prefixes.length} prefixes; stream ${json.stream.names.length} names, ${json.stream.prefixes.length} prefixes; asked: http ${asked.http.join(' ') || '-'}; stream ${asked.stream.join(' ') || '-'}`);
