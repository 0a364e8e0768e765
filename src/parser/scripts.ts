/**
 * Which arguments nginx compiles as scripts or complex values, where `$name` and `${name}` are
 * variables (a `$` elsewhere - in a regex, in error_log's path - is taken as written), and the
 * syntax of a variable reference there. The lint's unknown-variable reads these arguments; the
 * parser reports a reference nginx cannot read.
 * nginx: ngx_http_script_compile / ngx_http_compile_complex_value in src/http/ngx_http_script.c,
 * ngx_stream_script_compile in src/stream/ngx_stream_script.c.
 */
import { protocolOf } from './directives.js';
import type { Directive } from './types.js';

export type Protocol = 'http' | 'stream';

/**
 * The arguments nginx compiles as scripts or complex values (so a variable in them must exist), by
 * directive: the positions, or `all`. Each one is checked against nginx -t in test/nginx-agreement.test.ts (an
 * unknown variable there is refused). Other arguments are left alone: a `$` in a regex is an anchor,
 * and directives such as error_log take their argument as it is written.
 * nginx: ngx_http_script_compile / ngx_http_compile_complex_value in src/http/ngx_http_script.c.
 */
export const READS: Record<Protocol, Record<string, readonly number[] | 'all'>> = {
  http: {
    set: [1],
    return: 'all',
    rewrite: [1],
    proxy_pass: [0],
    fastcgi_pass: [0],
    uwsgi_pass: [0],
    scgi_pass: [0],
    grpc_pass: [0],
    proxy_set_header: [1],
    grpc_set_header: [1],
    fastcgi_param: [1],
    uwsgi_param: [1],
    scgi_param: [1],
    add_header: [1],
    add_trailer: [1],
    try_files: 'all',
    root: [0],
    alias: [0],
    index: 'all',
    access_log: 'all',
    log_format: 'all',
    map: [0],
    split_clients: [0],
    limit_req_zone: [0],
    limit_conn_zone: [0],
    proxy_cache_key: [0],
    fastcgi_cache_key: [0],
    uwsgi_cache_key: [0],
    scgi_cache_key: [0],
    auth_request_set: [1],
    proxy_redirect: [1],
    sub_filter: 'all',
    ssl_certificate: [0],
    ssl_certificate_key: [0],
    limit_rate: [0],
    secure_link: [0],
    secure_link_md5: [0],
    proxy_set_body: [0],
  },
  stream: {
    set: [1],
    return: [0],
    proxy_pass: [0],
    map: [0],
    split_clients: [0],
    limit_conn_zone: [0],
    // not stream's ssl_certificate: nginx reads its variables only for a server that listens with ssl
  },
};

/** Positions 0..n-1, shared (most directives have few arguments). */
const ALL: readonly number[] = Array.from({ length: 64 }, (_, i) => i);

/**
 * The argument positions of `d` nginx compiles as scripts, ascending (callers stop at the first one
 * past the last argument; `all` is the shared 0..63, or each index of a longer list).
 * @param proto the protocol of the block `d` stands in
 * @param a the arguments as nginx unescapes them
 */
export function scriptPositions(d: Directive, proto: Protocol, a: readonly string[]): readonly number[] {
  if (d.directive === 'if') {
    // if ($var), if ($var = string), if (-f $path), if ($var ~ regex): the regex is not a script
    if (/^!?-[fdex]$/.test(a[0] ?? '')) return IF_FILE_TEST;
    return a[1] === '=' || a[1] === '!=' ? IF_COMPARE : IF_VARIABLE;
  }
  if (d.directive === 'error_page') return [a.length - 1];
  if (d.directive === 'geo') return a.length === 2 ? IF_VARIABLE : NONE;
  const r = READS[proto][d.directive];
  return r === 'all' ? (a.length <= ALL.length ? ALL : a.map((_, i) => i)) : r ?? NONE;
}
const IF_VARIABLE: readonly number[] = [0];
const IF_FILE_TEST: readonly number[] = [0, 1];
const IF_COMPARE: readonly number[] = [0, 2];
const NONE: readonly number[] = [];

/**
 * A variable reference in a script: `$name` or `${name}`, name characters being letters, digits and
 * `_`. A name starting with 1-9 is a capture ($1: the digit alone), never unknown; `$0uri` is a
 * variable named "0uri" to nginx. nginx: ngx_http_script_compile in src/http/ngx_http_script.c.
 */
export const REFERENCE = /\$(?:\{(\w+)\}|(\w+))/g;

/**
 * nginx's refusal of the variable references in a script value: a `$` with no name after it
 * (`5$`, `$-x`: "invalid variable name"), or `${` without its `}` after the name ("the closing
 * bracket in "name" variable is missing"); undefined when nginx reads them.
 * nginx: the `$` branch of ngx_http_script_compile.
 */
export function scriptError(v: string): string | undefined {
  for (let i = v.indexOf('$'); i >= 0; i = v.indexOf('$', i)) {
    i++;
    if (i === v.length) return 'invalid variable name';
    const c = v.charCodeAt(i);
    if (c >= 0x31 && c <= 0x39) {
      i++; // a capture, $1-$9
      continue;
    }
    const bracket = c === 0x7b; // {
    if (bracket && ++i === v.length) return 'invalid variable name';
    const start = i;
    while (i < v.length && NAME_CHAR.test(v[i])) i++;
    if (bracket) {
      if (v[i] !== '}') return `the closing bracket in "${v.slice(start, i)}" variable is missing`;
      i++;
    }
    if (i === start || (bracket && i === start + 1)) return 'invalid variable name';
  }
  return undefined;
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/** log_format's `escape=` values (nginx 1.11.8: default, json; 1.13.10: none). */
const LOG_ESCAPES: ReadonlySet<string> = new Set(['default', 'json', 'none']);

/** Every directive scriptPositions() gives positions for: READS of both protocols, and if, error_page and geo. */
export const SCRIPT_DIRECTIVES: ReadonlySet<string> = new Set([...Object.keys(READS.http), ...Object.keys(READS.stream), 'if', 'error_page', 'geo']);

/**
 * Directives whose values scriptSyntaxError() reads as scripts: SCRIPT_DIRECTIVES but log_format,
 * whose own reader words its errors otherwise (logFormatError()), and if's condition and geo's
 * address, which nginx reads as a variable name (`geo ${x $g` is `unknown "{x" variable`).
 */
const SYNTAX_CHECKED: ReadonlySet<string> = new Set([...SCRIPT_DIRECTIVES].filter((n) => n !== 'log_format' && n !== 'if' && n !== 'geo'));

/**
 * nginx's refusal of a variable reference in log_format's format strings (the arguments after the
 * name and an `escape=`), with that argument's index; undefined when nginx reads them. Unlike a
 * script, a digit is a name character here (`$1` is a variable named "1"), and a `$` with no name
 * after it is `invalid parameter` naming the rest of the argument from that `$`.
 * nginx: ngx_http_log_compile_format in src/http/modules/ngx_http_log_module.c (and
 * ngx_stream_log_compile_format in src/stream/ngx_stream_log_module.c, the same reading).
 * @param a log_format's arguments as nginx unescapes them (the name first)
 */
export function logFormatError(a: readonly string[]): { message: string; arg: number } | undefined {
  const escape = a[1]?.startsWith('escape=');
  if (escape && !LOG_ESCAPES.has(a[1].slice(7))) return { message: `unknown log format escaping "${a[1].slice(7)}"`, arg: 1 };
  for (let s = escape ? 2 : 1; s < a.length; s++) {
    const v = a[s];
    for (let i = v.indexOf('$'); i >= 0; i = v.indexOf('$', i)) {
      const invalid = { message: `invalid parameter "${v.slice(i)}"`, arg: s };
      i++;
      const bracket = v[i] === '{';
      if (bracket) i++;
      if (i >= v.length) return invalid;
      const start = i;
      while (i < v.length && NAME_CHAR.test(v[i])) i++;
      const name = v.slice(start, i);
      if (bracket) {
        if (v[i] !== '}') return { message: `the closing bracket in "${name}" variable is missing`, arg: s };
        i++;
      }
      if (!name) return invalid;
    }
  }
  return undefined;
}

/**
 * nginx's refusal of a variable reference in an argument of `d` that nginx compiles as a script
 * (scriptPositions()) or, for log_format, as a log format (logFormatError()), with that argument's
 * index; undefined when there is none.
 * @param ctx the qualified context `d` stands in (`http>location`, `stream>server`, ...)
 * @param a the arguments as nginx unescapes them
 */
export function scriptSyntaxError(ctx: string, d: Directive, a: readonly string[]): { message: string; arg: number } | undefined {
  const log = d.directive === 'log_format';
  if (!log && !SYNTAX_CHECKED.has(d.directive)) return undefined;
  const proto = protocolOf(ctx);
  if (proto !== 'http' && proto !== 'stream') return undefined;
  if (log) return logFormatError(a);
  const positions = scriptPositions(d, proto, a);
  for (let k = 0; k < positions.length && positions[k] < a.length; k++) {
    const v = a[positions[k]];
    if (!v.includes('$')) continue;
    const message = scriptError(v);
    if (message) return { message, arg: positions[k] };
  }
  return undefined;
}
