import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, type Block } from '../model.js';
import { directiveNames } from '../../parser/directives.js';
import VARIABLES from '../../parser/variables.json' with { type: 'json' };

type Protocol = 'http' | 'stream';

/** The variables nginx's modules define (scripts/gen-variables.mjs), by protocol: names and prefix families (`http_`). */
const BUILTIN: Record<Protocol, { names: ReadonlySet<string>; prefixes: readonly string[] }> = {
  http: { names: new Set(VARIABLES.http.names), prefixes: VARIABLES.http.prefixes },
  stream: { names: new Set(VARIABLES.stream.names), prefixes: VARIABLES.stream.prefixes },
};

/**
 * The arguments nginx compiles as scripts or complex values (so a variable in them must exist), by
 * directive: the positions, or `all`. Each one is checked against nginx -t in test/lint.test.ts (an
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

/**
 * Directives that define a variable, and which argument names it: the config's own variables, known
 * everywhere in its protocol (nginx keeps one set per http and per stream). Besides these, every
 * `set_*` directive of the table whose first argument is a variable defines it (set_by_lua*,
 * set-misc's set_escape_uri, ...).
 */
const DEFINES: Record<string, (a: readonly string[]) => string | undefined> = {
  set: (a) => a[0],
  map: (a) => a[1],
  geo: (a) => a[a.length - 1],
  split_clients: (a) => a[1],
  perl_set: (a) => a[0],
  js_set: (a) => a[0],
  js_var: (a) => a[0],
  auth_request_set: (a) => a[0],
  keyval: (a) => a[1],
  auth_jwt_claim_set: (a) => a[0],
  auth_jwt_header_set: (a) => a[0],
};

/** The table's `set_*` directives (set_by_lua, set-misc's): each defines the variable its first argument names. */
const SET_DIRECTIVES: readonly string[] = [...directiveNames()].filter((n) => n.startsWith('set_') && n !== 'set_real_ip_from');

/** Named captures of a PCRE: `(?<name>`, `(?P<name>`, `(?'name'`; nginx makes each a variable. */
const NAMED_CAPTURE = /\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g;

/** Directives whose arguments hold the regexes a named capture can come from. */
const REGEX_HOLDERS = ['location', 'if', 'rewrite', 'server_name', 'valid_referers', 'proxy_redirect', 'proxy_cookie_path', 'proxy_cookie_domain', 'fastcgi_split_path_info'];

/**
 * A variable reference in a script: `$name` or `${name}`, name characters being letters, digits and
 * `_`. A name starting with 1-9 is a capture ($1: the digit alone), never unknown; `$0uri` is a
 * variable named "0uri" to nginx. nginx: ngx_http_script_compile in src/http/ngx_http_script.c.
 */
const REFERENCE = /\$(?:\{(\w+)\}|(\w+))/g;

const protocolOf = (b: Block): Protocol => (b.ctx.startsWith('stream') ? 'stream' : 'http');

/** True when nginx's modules define `name` (lower-case) in `proto`. */
function builtin(proto: Protocol, name: string): boolean {
  const b = BUILTIN[proto];
  if (b.names.has(name)) return true;
  // `$arg_` alone is nginx's too (an empty name: nginx's own tests use it, http_variables.t)
  for (const p of b.prefixes) if (name.startsWith(p)) return true;
  return false;
}

/** The variable name an argument like `$name` defines (lower-case), or undefined. */
function definedName(a: string | undefined): string | undefined {
  const m = a ? /^\$([A-Za-z_]\w*)$/.exec(a) : null;
  return m ? m[1].toLowerCase() : undefined;
}

/** Positions 0..n-1, shared (most directives have few arguments). */
const ALL: readonly number[] = Array.from({ length: 64 }, (_, i) => i);

/** The argument positions of `d` nginx reads variables in (positions past the last argument are skipped by the caller). */
function readPositions(d: Directive, proto: Protocol, a: readonly string[]): readonly number[] {
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

/** No names. */
const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * The names (lower-case) a value references that no module of nginx defines in `proto`: what is
 * left for the configuration to define. `memo` keeps the answer per value (values repeat: a snippet
 * included in every location, `$host` in every proxy_set_header).
 */
function undefinedNames(v: string, proto: Protocol, memo: Map<string, readonly string[]>): readonly string[] {
  let names = memo.get(v);
  if (names) return names;
  let out: string[] | undefined;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(v); m; m = REFERENCE.exec(v)) {
    const name = (m[1] ?? m[2]).toLowerCase();
    if (name.charCodeAt(0) >= 0x31 && name.charCodeAt(0) <= 0x39) continue; // a capture
    if (!builtin(proto, name)) (out ??= []).push(name);
  }
  names = out ?? NO_NAMES;
  memo.set(v, names);
  return names;
}

export const rule: Rule = {
  id: 'unknown-variable',
  severity: 'error',
  refusal: true,
  scope: 'main',
  description: 'A variable no module of nginx and no set, map, geo, split_clients or named capture of the configuration defines: nginx refuses the configuration (unknown "name" variable), and its message names no file or line.',
  source: 'nginx: ngx_http_variables_init_vars in src/http/ngx_http_variables.c and ngx_stream_variables_init_vars (unknown "%V" variable); the variables of nginx\'s modules from the reference\'s variable index (@nginx/reference-lib), the docs\' module pages and the installed nginx (src/parser/variables.json)',
  create({ report, tree }) {
    /** Variables the configuration defines, by protocol (lower-case). */
    const defined: Record<Protocol, Set<string>> = { http: new Set(), stream: new Set() };
    /** References to names no module defines, decided at the end (the definition may come later). */
    const refs: { d: Directive; file: number; arg: number; name: string; proto: Protocol }[] = [];

    const captures = (proto: Protocol, s: string) => {
      if (!s.includes('(?')) return;
      NAMED_CAPTURE.lastIndex = 0;
      for (let m = NAMED_CAPTURE.exec(s); m; m = NAMED_CAPTURE.exec(s)) defined[proto].add((m[1] ?? m[2]).toLowerCase());
    };
    /** undefinedNames() per value, by protocol. */
    const memo: Record<Protocol, Map<string, readonly string[]>> = { http: new Map(), stream: new Map() };
    const scan = (d: Directive, file: number, proto: Protocol, positions: readonly number[], a: readonly string[]) => {
      for (let k = 0; k < positions.length && positions[k] < a.length; k++) {
        const i = positions[k];
        const v = a[i];
        if (!v.includes('$')) continue;
        const names = undefinedNames(v, proto, memo[proto]);
        for (let j = 0; j < names.length; j++) refs.push({ d, file, arg: i, name: names[j], proto });
      }
    };
    const define = (d: Directive, proto: Protocol, a: readonly string[]) => {
      const how = DEFINES[d.directive] ?? (d.directive.startsWith('set_') ? DEFINES.set : undefined);
      const name = how && definedName(how(a));
      if (name) defined[proto].add(name);
    };

    /** A directive that holds a regex: its named captures define variables. */
    const regexes: Listener = (d, at) => {
      const a = args(d);
      for (let i = 0; i < a.length; i++) captures(protocolOf(at), a[i]);
    };
    /** A directive with a `$` (withVariables): the variable it defines, and the variables it reads. */
    const variables: Listener = (d, at, file, self) => {
      const proto = protocolOf(at);
      const a = args(d);
      define(d, proto, a);
      scan(d, file, proto, readPositions(d, proto, a), a);
      if (d.directive === 'map' && self) {
        // entries: a regex key's named captures, and each value (a complex value since nginx 0.9.0)
        for (let j = 0, kids = self.kids; j < kids.length; j++) {
          const e = kids[j];
          captures(proto, e.directive);
          const ea = args(e);
          if (ea.length === 1) scan(e, self.fileOf(j), proto, [0], ea);
        }
      }
    };
    const on: Record<string, Listener> = {};
    for (const n of REGEX_HOLDERS) on[n] = regexes;
    // every directive that defines or reads a variable has a `$` in an argument
    const withVariables: Record<string, Listener> = {};
    for (const n of [...Object.keys(READS.http), ...Object.keys(READS.stream), ...Object.keys(DEFINES), ...SET_DIRECTIVES, 'error_page', 'geo', 'if']) withVariables[n] = variables;
    return {
      on,
      withVariables,
      end() {
        // a directive no table knows may be a module's that defines variables: say nothing then
        if (tree.configs.some((c) => c.errors.some((e) => e.rule === 'unknown-directive'))) return;
        for (const r of refs) {
          if (defined[r.proto].has(r.name)) continue;
          report(r.d, r.file, `unknown variable "$${r.name}": no module of nginx and no set, map, geo, split_clients or named capture of this configuration defines it; nginx refuses the configuration with 'unknown "${r.name}" variable', naming no file or line; define it (set, map) or correct the name`, r.arg);
        }
      },
    };
  },
};
