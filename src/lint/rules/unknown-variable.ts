import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args } from '../model.js';
import { directiveNames, protocolOf } from '../../parser/directives.js';
import { REFERENCE, SCRIPT_DIRECTIVES, scriptPositions, type Protocol } from '../../parser/scripts.js';
import VARIABLES from '../../parser/variables.json' with { type: 'json' };

/** The variables nginx's modules define (scripts/gen-variables.mjs), by protocol: names and prefix families (`http_`). */
const BUILTIN: Record<Protocol, { names: ReadonlySet<string>; prefixes: readonly string[] }> = {
  http: { names: new Set(VARIABLES.http.names), prefixes: VARIABLES.http.prefixes },
  stream: { names: new Set(VARIABLES.stream.names), prefixes: VARIABLES.stream.prefixes },
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

/** DEFINES, and the table's `set_*` directives (set_by_lua, set-misc's), which define the variable their first argument names. */
const DEFINERS: ReadonlyMap<string, (a: readonly string[]) => string | undefined> = new Map([
  ...Object.entries(DEFINES),
  ...[...directiveNames()].filter((n) => n.startsWith('set_') && n !== 'set_real_ip_from').map((n) => [n, DEFINES.set] as const),
]);

/** Named captures of a PCRE: `(?<name>`, `(?P<name>`, `(?'name'`; nginx makes each a variable. */
const NAMED_CAPTURE = /\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g;

/** Directives whose arguments hold the regexes a named capture can come from. */
const REGEX_HOLDERS = ['location', 'if', 'rewrite', 'server_name', 'valid_referers', 'proxy_redirect', 'proxy_cookie_path', 'proxy_cookie_domain', 'fastcgi_split_path_info'];

/** Directives whose arguments are regexes only when written `~regex` (a location of one argument too). */
const TILDE_REGEX: ReadonlySet<string> = new Set(['server_name', 'valid_referers', 'proxy_redirect', 'proxy_cookie_path', 'proxy_cookie_domain']);

/** The variable namespace a block's directives are in: nginx keeps one for http and one for stream. */
const namespaceOf = (ctx: string): Protocol => (protocolOf(ctx) === 'stream' ? 'stream' : 'http');

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
      const how = DEFINERS.get(d.directive);
      const name = how && definedName(how(a));
      if (name) defined[proto].add(name);
    };

    /**
     * A directive that holds a regex: its named captures define variables. An argument is read as a
     * regex where nginx compiles one: a `~` location's, a `~name` of server_name and the like; the
     * rewrite, if and fastcgi_split_path_info arguments all (a capture named in a plain one is rare,
     * and defining too much only ever misses a finding).
     */
    const regexes: Listener = (d, at) => {
      const a = args(d);
      const tildeOnly = TILDE_REGEX.has(d.directive) || (d.directive === 'location' && a.length < 2);
      if (d.directive === 'location' && a.length >= 2 && a[0] !== '~' && a[0] !== '~*') return;
      for (let i = 0; i < a.length; i++) if (!tildeOnly || a[i].startsWith('~')) captures(namespaceOf(at.ctx), a[i]);
    };
    /** A directive with a `$` (withVariables): the variable it defines, and the variables it reads. */
    const variables: Listener = (d, at, file, self) => {
      const proto = namespaceOf(at.ctx);
      const a = args(d);
      define(d, proto, a);
      scan(d, file, proto, scriptPositions(d, proto, a), a);
      if (d.directive === 'map' && self) {
        // entries: a regex key's named captures, and each value (a complex value since nginx 0.9.0)
        for (let j = 0, kids = self.kids; j < kids.length; j++) {
          const e = kids[j];
          if (e.directive.startsWith('~')) captures(proto, e.directive); // a regex key (`\~` is a plain one)
          const ea = args(e);
          if (ea.length === 1) scan(e, self.fileOf(j), proto, [0], ea);
        }
      }
    };
    const on: Record<string, Listener> = {};
    for (const n of REGEX_HOLDERS) on[n] = regexes;
    // every directive that defines or reads a variable has a `$` in an argument
    const withVariables: Record<string, Listener> = {};
    for (const n of [...SCRIPT_DIRECTIVES, ...DEFINERS.keys()]) withVariables[n] = variables;
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
