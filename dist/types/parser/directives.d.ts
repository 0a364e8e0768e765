import { type ValueKind } from './values.js';
export interface DirectiveShape {
    contexts: string[];
    block: boolean;
    /** Fewest arguments. */
    min: number;
    /** Most arguments; -1 for no limit. */
    max: number;
}
/** The table's own string for a known directive name (so a parse holds one copy of each name), else `name`. */
export declare function internName(name: string): string;
/** Blocks whose bodies are entries (key and values), not directives. */
export declare const ENTRY_BLOCKS: ReadonlySet<string>;
/** Every directive name the table knows (reference and overlays). */
export declare function directiveNames(): IterableIterator<string>;
/** Shapes of a directive, or undefined when no table knows it. */
export declare function lookup(name: string): DirectiveShape[] | undefined;
/** True for OpenResty's `*_by_lua_block` directives, whose body is raw Lua. */
export declare function isLuaBlock(name: string): boolean;
/**
 * The context a block directive opens, given the context it stands in.
 * nginx: the ctx each module's block handler creates (ngx_http_core_server, ngx_http_core_location,
 * ngx_http_rewrite_if, ngx_http_upstream, ngx_stream_core_server, ...).
 * Returns `entries:<name>` for map-like bodies and `unknown` for blocks no table knows.
 */
export declare function enterBlock(ctx: string, name: string): string;
/** The qualified context of a chain of block names, e.g. `['http','server','location']` -> `http>location`. */
export declare function contextOf(chain: readonly string[]): string;
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
export declare function analyze(name: string, nargs: number, term: string, ctx: string, opts: {
    strict: boolean;
    checkCtx: boolean;
    checkArgs: boolean;
}): Problem | null;
/** True when the directive is known and allowed in `ctx` (ignoring its arguments). */
export declare function allowedIn(name: string, ctx: string): boolean;
/** Source of the generated table, e.g. `@nginx/reference-lib@1.1.41`. */
export declare const TABLE_SOURCE: string;
/** Where directives-nginx.json comes from (nginx's version and how it was asked). */
export declare const ASKED_SOURCE: string;
/** The protocol part of a qualified context: `http` for `http>location>if`, `main`, `events`, ... */
export declare function protocolOf(ctx: string): string;
/**
 * The directives nginx takes at most once in one block of context `ctx` (a second one is its
 * `"gzip" directive is duplicate`), by the context's protocol: `main`, `events`, `http`, `stream`;
 * undefined for contexts with none known (mail, map-like entries). Found by asking nginx (see
 * scripts/ask-nginx.mjs): a directive this nginx did not build is not in it.
 * nginx: the "is duplicate" returns of ngx_conf_set_*_slot in src/core/ngx_conf_file.c and of module handlers.
 */
export declare function takenOnce(ctx: string): ReadonlySet<string> | undefined;
/** How nginx reads one directive's first argument, and its message when it refuses one ({value}: the value). */
export interface ValueRule {
    kind: ValueKind;
    message: string;
}
/**
 * The directives of context `ctx` whose first argument nginx was asked about (flag, number, size,
 * offset, msec, sec; see scripts/ask-nginx.mjs), by name; undefined for a context with none
 * (mail, map-like entries). Check a value with valueError().
 * @param ctx a qualified context (`http>location>if`: its protocol, `http`, decides)
 */
export declare function valueRules(ctx: string): ReadonlyMap<string, ValueRule> | undefined;
/**
 * nginx's refusal of a directive's first argument, in nginx's words: `invalid value "yes" in "gzip"
 * directive, it must be "on" or "off"`, `"client_max_body_size" directive invalid value`. A value
 * with a variable is not judged (newer nginx takes variables in some of these).
 * @param rule the directive's entry of valueRules()
 * @param value its first argument as nginx unescapes it
 * @returns the message, or undefined when nginx reads the value
 */
export declare function valueError(rule: ValueRule, value: string): string | undefined;
