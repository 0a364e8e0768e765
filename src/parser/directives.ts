/**
 * The directive table: which directives exist, where they are allowed, whether they take a block and
 * how many arguments. Kept as data:
 *  - `directives.json`, generated from `@nginx/reference-lib` by `npm run directives:update`;
 *  - `overlays/reference-corrections.json`, where the reference's syntax strings give nginx a shape
 *    its source does not (each with the nginx source it follows);
 *  - `overlays/*.json` for common third-party modules (lua-nginx-module, headers-more, njs, set-misc);
 *  - `directives-nginx.json`, what the real nginx answers, asked by `npm run directives:ask`: the
 *    directives it takes once per block, and how it reads the argument of many (flag, size, time, ...).
 *
 * Contexts are qualified by protocol: `main`, `events`, `http`, `http>server`, `http>location`,
 * `http>location>if`, `http>server>if`, `http>location>limit_except`, `http>upstream`, `stream`,
 * `stream>server`, `stream>upstream`, `mail`, `mail>server`, ... and `*` for anywhere.
 */
import reference from './directives.json' with { type: 'json' };
import { nginxUnescape } from './lexer.js';
import corrections from './overlays/reference-corrections.json' with { type: 'json' };
import lua from './overlays/lua-nginx-module.json' with { type: 'json' };
import headersMore from './overlays/headers-more.json' with { type: 'json' };
import njs from './overlays/njs.json' with { type: 'json' };
import setMisc from './overlays/set-misc.json' with { type: 'json' };
import asked from './directives-nginx.json' with { type: 'json' };
import { validValue, type ValueKind } from './values.js';

export interface DirectiveShape {
  contexts: string[];
  block: boolean;
  /** Fewest arguments. */
  min: number;
  /** Most arguments; -1 for no limit. */
  max: number;
}

type Table = Record<string, DirectiveShape[]>;

function build(): Map<string, DirectiveShape[]> {
  const t = new Map<string, DirectiveShape[]>();
  for (const [name, shapes] of Object.entries((reference as { directives: Table }).directives)) t.set(name, shapes);
  for (const overlay of [lua, headersMore, njs, setMisc] as { directives: Table }[]) {
    for (const [name, shapes] of Object.entries(overlay.directives)) t.set(name, [...(t.get(name) ?? []), ...shapes]);
  }
  for (const [name, c] of Object.entries((corrections as { directives: Record<string, { shapes: DirectiveShape[] }> }).directives)) {
    t.set(name, c.shapes);
  }
  return t;
}

const TABLE = build();

/** Each known directive name, to share one string per name (the lexer's words are fresh copies). */
const NAMES: ReadonlyMap<string, string> = new Map([...TABLE.keys()].map((k) => [k, k]));

/** The table's own string for a known directive name (so a parse holds one copy of each name), else `name`. */
export function internName(name: string): string {
  return NAMES.get(name) ?? name;
}

/** Blocks whose bodies are entries (key and values), not directives. */
export const ENTRY_BLOCKS: ReadonlySet<string> = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);

/** Every directive name the table knows (reference and overlays). */
export function directiveNames(): IterableIterator<string> {
  return TABLE.keys();
}

/** Shapes of a directive, or undefined when no table knows it. */
export function lookup(name: string): DirectiveShape[] | undefined {
  return TABLE.get(name);
}

/** True for OpenResty's `*_by_lua_block` directives, whose body is raw Lua. */
export function isLuaBlock(name: string): boolean {
  return name.endsWith('_by_lua_block');
}

/**
 * The context a block directive opens, given the context it stands in.
 * nginx: the ctx each module's block handler creates (ngx_http_core_server, ngx_http_core_location,
 * ngx_http_rewrite_if, ngx_http_upstream, ngx_stream_core_server, ...).
 * Returns `entries:<name>` for map-like bodies and `unknown` for blocks no table knows.
 */
export function enterBlock(ctx: string, name: string): string {
  let byName = ENTERED.get(ctx);
  if (!byName) ENTERED.set(ctx, (byName = new Map()));
  let r = byName.get(name);
  if (r === undefined) {
    r = blockContext(ctx, name);
    if (TABLE.has(name)) byName.set(name, r); // known names only: the memo stays bounded by the table
  }
  return r;
}

/** enterBlock() per context and known block name (one string per answer, not one per block). */
const ENTERED = new Map<string, Map<string, string>>();

function blockContext(ctx: string, name: string): string {
  if (ctx.startsWith('entries:') || ctx === 'unknown') return 'unknown';
  if (ENTRY_BLOCKS.has(name)) return `entries:${name}`;
  const proto = ctx.startsWith('stream') ? 'stream' : ctx.startsWith('mail') ? 'mail' : 'http';
  if (ctx === 'main' && ['http', 'events', 'stream', 'mail', 'mgmt'].includes(name)) return name;
  switch (name) {
    case 'server':
      return `${proto}>server`;
    case 'upstream':
      return `${proto}>upstream`;
    case 'location':
      return 'http>location';
    case 'if':
      return ctx === 'http>server' ? 'http>server>if' : 'http>location>if';
    case 'limit_except':
      return 'http>location>limit_except';
  }
  if (TABLE.has(name)) return `${proto}>${name}`;
  return 'unknown';
}

/** The qualified context of a chain of block names, e.g. `['http','server','location']` -> `http>location`. */
export function contextOf(chain: readonly string[]): string {
  let ctx = 'main';
  for (const name of chain) ctx = enterBlock(ctx, name);
  return ctx;
}

export interface Problem {
  rule: 'unknown-directive' | 'directive-not-allowed' | 'invalid-args';
  message: string;
}

/**
 * Checks one directive against the table, in nginx's words and crossplane's order
 * (crossplane: analyzer.analyze; nginx: ngx_conf_handler in src/core/ngx_conf_file.c).
 *
 * @param term how the directive ended: `;`, `{`, or `}`/eof for an unterminated one.
 * @returns a problem, or null when the directive fits (or cannot be judged: unknown context).
 */
export function analyze(
  name: string,
  nargs: number,
  term: string,
  ctx: string,
  opts: { strict: boolean; checkCtx: boolean; checkArgs: boolean },
): Problem | null {
  if (ctx === 'unknown' || ctx.startsWith('entries:')) return null;
  const fit = fitIn(name, ctx);
  if (!fit) {
    if (!opts.strict) return null;
    if (name.startsWith('\uFEFF')) {
      return { rule: 'unknown-directive', message: `unknown directive "\\uFEFF${name.slice(1)}": the file starts with a UTF-8 byte order mark, which nginx reads as part of the first name; save the file without it` };
    }
    // nginx names it as it read it, escapes (\t, \n, ...) unescaped: ngx_conf_read_token
    return { rule: 'unknown-directive', message: `unknown directive "${nginxUnescape(name)}"` };
  }
  const here = fit.shapes;
  if (here.length === 0) {
    return opts.checkCtx ? { rule: 'directive-not-allowed', message: `"${name}" directive is not allowed here` } : null;
  }
  if (!opts.checkArgs) return null;
  if (term === '{' && !fit.block) {
    return { rule: 'invalid-args', message: `directive "${name}" is not terminated by ";"` };
  }
  if (term === ';' && !fit.simple) {
    return { rule: 'invalid-args', message: `directive "${name}" has no opening "{"` };
  }
  for (const s of here) if (nargs >= s.min && (s.max < 0 || nargs <= s.max)) return null;
  return { rule: 'invalid-args', message: `invalid number of arguments in "${name}" directive` };
}

/** True when the directive is known and allowed in `ctx` (ignoring its arguments). */
export function allowedIn(name: string, ctx: string): boolean {
  return !!fitIn(name, ctx)?.shapes.length;
}

/** What a known directive may look like in one context: its shapes there, and whether any is a block / simple. */
interface Fit {
  shapes: DirectiveShape[];
  block: boolean;
  simple: boolean;
}

/** fitIn() per context and directive name (known names only: bounded by the table). */
const IN_CONTEXT = new Map<string, Map<string, Fit>>();

/** The shapes of a known directive allowed in `ctx` (none: not allowed there); undefined for an unknown directive. */
function fitIn(name: string, ctx: string): Fit | undefined {
  const shapes = TABLE.get(name);
  if (!shapes) return undefined;
  let byName = IN_CONTEXT.get(ctx);
  if (!byName) IN_CONTEXT.set(ctx, (byName = new Map()));
  let fit = byName.get(name);
  if (!fit) {
    const here = shapes.filter((s) => s.contexts.includes(ctx) || s.contexts.includes('*'));
    byName.set(name, (fit = { shapes: here, block: here.some((s) => s.block), simple: here.some((s) => !s.block) }));
  }
  return fit;
}

/** Source of the generated table, e.g. `@nginx/reference-lib@1.1.41`. */
export const TABLE_SOURCE: string = (reference as { source: string }).source;

/** directives-nginx.json's `unique` by protocol, as sets. */
const TAKEN_ONCE: Record<string, ReadonlySet<string> | undefined> = Object.fromEntries(Object.entries(asked.unique).map(([proto, names]) => [proto, new Set(names)]));

/** Where directives-nginx.json comes from (nginx's version and how it was asked). */
export const ASKED_SOURCE: string = asked.source;

/** The protocol part of a qualified context: `http` for `http>location>if`, `main`, `events`, ... */
export function protocolOf(ctx: string): string {
  let p = PROTOCOL.get(ctx);
  if (p === undefined) {
    const gt = ctx.indexOf('>');
    p = gt < 0 ? ctx : ctx.slice(0, gt);
    if (PROTOCOL.size < 1024) PROTOCOL.set(ctx, p); // contexts are few; the bound only guards odd input
  }
  return p;
}

/** protocolOf() per context: asked once per block. */
const PROTOCOL = new Map<string, string>();

/**
 * The directives nginx takes at most once in one block of context `ctx` (a second one is its
 * `"gzip" directive is duplicate`), by the context's protocol: `main`, `events`, `http`, `stream`;
 * undefined for contexts with none known (mail, map-like entries). Found by asking nginx (see
 * scripts/ask-nginx.mjs): a directive this nginx did not build is not in it.
 * nginx: the "is duplicate" returns of ngx_conf_set_*_slot in src/core/ngx_conf_file.c and of module handlers.
 */
export function takenOnce(ctx: string): ReadonlySet<string> | undefined {
  return TAKEN_ONCE[protocolOf(ctx)];
}

/** How nginx reads one directive's first argument, and its message when it refuses one ({value}: the value). */
export interface ValueRule {
  kind: ValueKind;
  message: string;
}

/** directives-nginx.json's `values` by protocol and directive name. */
const VALUES: Record<string, ReadonlyMap<string, ValueRule> | undefined> = Object.fromEntries(
  Object.entries(asked.values).map(([proto, byName]) => [proto, new Map(Object.entries(byName as Record<string, ValueRule>))]),
);

/**
 * The directives of context `ctx` whose first argument nginx was asked about (flag, number, size,
 * offset, msec, sec; see scripts/ask-nginx.mjs), by name; undefined for a context with none
 * (mail, map-like entries). Check a value with valueError().
 * @param ctx a qualified context (`http>location>if`: its protocol, `http`, decides)
 */
export function valueRules(ctx: string): ReadonlyMap<string, ValueRule> | undefined {
  return VALUES[protocolOf(ctx)];
}

/**
 * nginx's refusal of a directive's first argument, in nginx's words: `invalid value "yes" in "gzip"
 * directive, it must be "on" or "off"`, `"client_max_body_size" directive invalid value`. A value
 * with a variable is not judged (newer nginx takes variables in some of these).
 * @param rule the directive's entry of valueRules()
 * @param value its first argument as nginx unescapes it
 * @returns the message, or undefined when nginx reads the value
 */
export function valueError(rule: ValueRule, value: string): string | undefined {
  if (value.includes('$') || validValue(rule.kind, value)) return undefined;
  return rule.message.replaceAll('{value}', value);
}
