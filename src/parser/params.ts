/**
 * The parameters nginx takes after a directive's address, an upstream server's address, and the URL
 * prefix of proxy_pass: a typo there (`weigth=5`, `defualt_server`, `permanet`, `server
 * http://10.0.0.1;`, `proxy_pass backend;`) is nginx's `invalid parameter "weigth=5"`, `invalid host
 * in upstream "..."` or `invalid URL prefix`, which the parser reports as invalid-args instead of
 * leaving it to nginx -t. Also try_files' `=code`, expires' value, and limit_req's and
 * limit_req_zone's parameters and rate. The lists hold every parameter of the newest nginx (and
 * NGINX Plus's), so a config for a newer nginx than the one here is not refused.
 */

import { protocolOf } from './directives.js';
import { parseSize, validTime } from './values.js';

/** A parameter a directive takes: a word (`backup`), or a word with a value (`weight=`). */
interface Params {
  words: ReadonlySet<string>;
  keyed: ReadonlySet<string>;
  /** The first argument that is a parameter (the ones before are the address). */
  from: number;
}

function params(words: string[], keyed: string[], from = 1): Params {
  return { words: new Set(words), keyed: new Set(keyed), from };
}

/**
 * listen, as the reference's syntax lists it (a test holds this list to @nginx/reference-lib's), plus
 * `default`, nginx's old spelling of default_server, and `spdy`, which nginx only warns about.
 * nginx: ngx_http_core_listen in src/http/ngx_http_core_module.c, ngx_stream_core_listen in
 * src/stream/ngx_stream_core_module.c.
 */
const LISTEN_WORDS = ['default_server', 'default', 'ssl', 'http2', 'quic', 'spdy', 'proxy_protocol', 'deferred', 'bind', 'reuseport', 'multipath'];
const LISTEN_KEYED = ['setfib', 'fastopen', 'backlog', 'rcvbuf', 'sndbuf', 'accept_filter', 'ipv6only', 'so_keepalive'];

/**
 * An upstream's server: nginx's parameters and NGINX Plus's (route, service, slow_start, drain).
 * nginx: ngx_http_upstream_server in src/http/ngx_http_upstream.c, ngx_stream_upstream_server in
 * src/stream/ngx_stream_upstream.c.
 */
const UPSTREAM_WORDS = ['backup', 'down', 'resolve', 'drain'];
const UPSTREAM_KEYED = ['weight', 'max_conns', 'max_fails', 'fail_timeout', 'route', 'service', 'slow_start'];

/**
 * limit_req's parameters (nginx: ngx_http_limit_req in src/http/modules/ngx_http_limit_req_module.c),
 * and limit_req_zone's after the key (ngx_http_limit_req_zone; `sync` is NGINX Plus's).
 */
const LIMIT_REQ = params(['nodelay'], ['zone', 'burst', 'delay'], 0);
const LIMIT_REQ_ZONE = params(['sync'], ['zone', 'rate']);
/** limit_conn_zone's after the key (http and stream: ngx_http_limit_conn_zone, ngx_stream_limit_conn_zone; `sync` is NGINX Plus's). */
const LIMIT_CONN_ZONE = params(['sync'], ['zone']);

/** By qualified context and directive name. */
const PARAMS: Record<string, Record<string, Params | undefined> | undefined> = {
  http: { limit_req: LIMIT_REQ, limit_req_zone: LIMIT_REQ_ZONE, limit_conn_zone: LIMIT_CONN_ZONE },
  stream: { limit_conn_zone: LIMIT_CONN_ZONE },
  'http>server': { listen: params(LISTEN_WORDS, LISTEN_KEYED), limit_req: LIMIT_REQ },
  'http>location': { limit_req: LIMIT_REQ },
  'stream>server': { listen: params([...LISTEN_WORDS, 'udp'], LISTEN_KEYED) },
  'http>upstream': { server: params(UPSTREAM_WORDS, UPSTREAM_KEYED) },
  'stream>upstream': { server: params(UPSTREAM_WORDS, UPSTREAM_KEYED) },
};

/** rewrite's flag. nginx: ngx_http_rewrite in src/http/modules/ngx_http_rewrite_module.c. */
const REWRITE_FLAGS: ReadonlySet<string> = new Set(['last', 'break', 'redirect', 'permanent']);

/** proxy_pass's URL prefix. nginx: ngx_http_proxy_pass in src/http/modules/ngx_http_proxy_module.c (compared without case). */
const PROXY_URL = /^https?:\/\//i;

/**
 * rewrite, return, add_header and proxy_pass are checked in http only (stream's proxy_pass takes an
 * address, stream's return a value); analyze() has already refused them where http does not take them.
 */
const inHttp = (ctx: string) => protocolOf(ctx) === 'http';

/** The directive names paramError() looks at: a cheap test before it. */
export const PARAM_DIRECTIVES: ReadonlySet<string> = new Set(['listen', 'server', 'rewrite', 'proxy_pass', 'add_header', 'add_trailer', 'return', 'try_files', 'expires', 'limit_req', 'limit_req_zone', 'limit_conn_zone', 'server_name']);

/** How a redirect starts: what return's one argument may be when it is not a code. nginx: ngx_http_rewrite_return. */
export const REDIRECT_PREFIX = /^(https?:\/\/|\$scheme)/;

/**
 * nginx's refusal of a directive's parameters, in nginx's words, with the argument it is about; an
 * argument holding a variable is not judged (nginx reads it at request time).
 * @param ctx the qualified context the directive stands in
 * @param args the arguments as nginx unescapes them
 * @returns undefined when nginx takes them (or the directive is not one of PARAM_DIRECTIVES)
 */
export function paramError(ctx: string, name: string, args: readonly string[]): { message: string; arg: number } | undefined {
  if (name === 'rewrite') {
    const flag = args[2];
    if (flag === undefined || !inHttp(ctx) || REWRITE_FLAGS.has(flag)) return undefined;
    return { message: `invalid parameter "${flag}"`, arg: 2 };
  }
  if (name === 'add_header' || name === 'add_trailer') {
    // the one parameter after the value (case matters). nginx: ngx_http_headers_add in
    // src/http/modules/ngx_http_headers_filter_module.c
    const p = args[2];
    if (p === undefined || !inHttp(ctx) || p === 'always' || p.includes('$')) return undefined;
    return { message: `invalid parameter "${p}"`, arg: 2 };
  }
  if (name === 'return') {
    // a code (0-999), or one argument that is a redirect. nginx: ngx_http_rewrite_return in
    // src/http/modules/ngx_http_rewrite_module.c ("invalid return code")
    const code = args[0];
    if (code === undefined || !inHttp(ctx) || (code.includes('$') && !REDIRECT_PREFIX.test(code))) return undefined;
    const bad = /^\d+$/.test(code) ? Number(code) > 999 : args.length > 1 || !REDIRECT_PREFIX.test(code);
    return bad ? { message: `invalid return code "${code}"`, arg: 0 } : undefined;
  }
  if (name === 'proxy_pass') {
    const url = args[0];
    if (url === undefined || !inHttp(ctx) || url.includes('$') || PROXY_URL.test(url)) return undefined;
    return { message: 'invalid URL prefix', arg: 0 };
  }
  if (name === 'try_files') {
    // a last argument `=code` is a code from 0 to 999. nginx: ngx_http_core_try_files in
    // src/http/ngx_http_core_module.c ("invalid code")
    const last = args[args.length - 1];
    if (!last?.startsWith('=') || last.includes('$') || !inHttp(ctx)) return undefined;
    return /^=\d+$/.test(last) && Number(last.slice(1)) <= 999 ? undefined : { message: `invalid code "${last}"`, arg: args.length - 1 };
  }
  if (name === 'expires') return inHttp(ctx) ? expiresError(args) : undefined;
  if (name === 'server_name') {
    // a wildcard `*` must be followed by a dot and a name, and a name cannot be a lone dot; the
    // wildcards a name may hold are judged only once servers share an address (rule invalid-server-name).
    // nginx: ngx_http_core_server_name in src/http/ngx_http_core_module.c (`server name "..." is invalid`)
    if (!inHttp(ctx)) return undefined;
    for (let i = 0; i < args.length; i++) {
      const v = args[i];
      if ((v[0] === '*' && (v.length < 3 || v[1] !== '.')) || (v[0] === '.' && v.length < 2)) return { message: `server name "${v}" is invalid`, arg: i };
    }
    return undefined;
  }
  if (name === 'limit_req_zone' || name === 'limit_conn_zone') {
    const bad = zoneSizeError(args);
    if (bad) return bad;
  }
  if (name === 'limit_req_zone') {
    // rate=Nr/s or rate=Nr/m, N above 0. nginx: ngx_http_limit_req_zone ("invalid rate")
    const i = args.findIndex((a) => a.startsWith('rate='));
    const rate = args[i];
    if (rate !== undefined && !rate.includes('$') && !/^rate=0*[1-9]\d*(r\/s|r\/m)?$/.test(rate)) return { message: `invalid rate "${rate}"`, arg: i };
  }
  const p = PARAMS[ctx]?.[name];
  if (!p) return undefined;
  if (name === 'server') {
    const bad = upstreamAddressError(args[0] ?? '');
    if (bad) return { message: bad, arg: 0 };
  }
  for (let i = p.from; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    if (eq < 0 ? p.words.has(a) : p.keyed.has(a.slice(0, eq))) continue;
    if (a.includes('$')) continue;
    return { message: `invalid parameter "${a}"`, arg: i };
  }
  return undefined;
}

/**
 * The `zone=name:size` parameter of limit_req_zone and limit_conn_zone (http and stream): a size
 * nginx reads (parseSize()) of at least 8 memory pages - 32k with 4 KiB pages, the smallest page
 * size, so a larger page size's bigger minimum is left to nginx -t.
 * nginx: ngx_http_limit_req_zone, ngx_http_limit_conn_zone ("invalid zone size", "zone ... is too
 * small") and ngx_parse_size in src/core/ngx_parse.c.
 */
function zoneSizeError(args: readonly string[]): { message: string; arg: number } | undefined {
  const i = args.findIndex((a) => a.startsWith('zone='));
  const zone = args[i];
  if (zone === undefined || zone.includes('$')) return undefined;
  const colon = zone.indexOf(':');
  if (colon === 5) return undefined; // no name: "must have zone parameter", left to nginx -t
  const size = colon < 0 ? undefined : parseSize(zone.slice(colon + 1));
  if (size === undefined) return { message: `invalid zone size "${zone}"`, arg: i };
  return size < 8 * 4096 ? { message: `zone "${zone}" is too small`, arg: i } : undefined;
}

/**
 * expires' arguments: `[modified] epoch | max | off | [+|-]time | @time`, the time as nginx reads one
 * in seconds. nginx: ngx_http_headers_expires in src/http/modules/ngx_http_headers_filter_module.c
 * (`"expires" directive invalid value`); a value with a variable is read at request time.
 */
function expiresError(args: readonly string[]): { message: string; arg: number } | undefined {
  const bad = (arg: number) => ({ message: '"expires" directive invalid value', arg });
  let n = 0;
  if (args.length === 2) {
    if (args[0] !== 'modified') return bad(0);
    n = 1;
  }
  const v = args[n];
  if (v === undefined || v.includes('$') || v === 'epoch' || v === 'max' || v === 'off') return undefined;
  // `@` (a time of day) with `modified` is another refusal ("daily time cannot be used with ..."): left to nginx -t
  if (v.startsWith('@') && n === 1) return undefined;
  const t = v.startsWith('@') || v.startsWith('+') || v.startsWith('-') ? v.slice(1) : v;
  return validTime(t, true) ? undefined : bad(n);
}

/**
 * nginx's refusal of an upstream server's address, for the two mistakes it names plainly: a scheme or
 * a path (`http://10.0.0.1:8080`, `10.0.0.1:8080/`: "invalid host"), and a port that is not a number
 * from 1 to 65535 ("invalid port"). UNIX sockets, IPv6 in brackets, addresses with a variable and
 * anything less plain are left to nginx -t.
 * nginx: ngx_parse_url / ngx_parse_inet_url in src/core/ngx_inet.c, called by ngx_http_upstream_server
 * (`%s in upstream "%V"`).
 */
function upstreamAddressError(a: string): string | undefined {
  if (!a || a.startsWith('unix:') || a.startsWith('[') || a.includes('$')) return undefined;
  if (a.includes('/')) return `invalid host in upstream "${a}"`;
  const colon = a.indexOf(':');
  if (colon <= 0) return undefined;
  const port = a.slice(colon + 1);
  if (!port) return undefined;
  const n = /^\d+$/.test(port) ? Number(port) : NaN;
  return n >= 1 && n <= 65535 ? undefined : `invalid port in upstream "${a}"`;
}

/** The listen parameters paramError() takes in http and stream (for the test against the reference's syntax). */
export const LISTEN_PARAMETERS = { words: LISTEN_WORDS, keyed: LISTEN_KEYED };
