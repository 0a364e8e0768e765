/** Helpers several rules share. */
import type { Directive } from '../../parser/types.js';
import { type Block, type ListenSocket, type Tree } from '../model.js';
import type { Listener, Listeners, RuleContext } from '../rule.js';
/**
 * Listener selector (Listeners.on) for proxy_pass in an http `location`, or an `if` or
 * `limit_except` inside one: the listener's `at` is the block that proxies.
 */
export declare const PROXIED = "proxy_pass@http>*";
/** Variables whose value comes from the request (the client controls them). */
export declare const REQUEST_VARS: RegExp;
/** Variables that can carry CR or LF after decoding (nginx decodes %0d%0a in $uri). */
export declare const CRLF_VARS: RegExp;
/** True for a server that serves TLS: a `listen ... ssl` or `listen ... quic`. */
export declare function isTlsServer(server: Block): boolean;
/** Public (not private, loopback, link-local or unique-local) IP literal. */
export declare function isPublicIp(addr: string): boolean;
/** True for an IPv4/IPv6 literal (with optional port). */
export declare function isIpLiteral(host: string): boolean;
/** Security response headers (lower-case) that must be sent on error responses too. */
export declare const SECURITY_HEADERS: Set<string>;
/** What onRedefinition() reports at one block. */
export interface Dropped {
    /** The block's first own directive (where to report) and its file. */
    at: Directive;
    file: number;
    block: Block;
    /** Header names (as written at the enclosing level) the block drops. */
    dropped: string[];
    /** The line of the first of them, and their level's name for messages (`server`, `http`, or a fragment's top level by its context). */
    fromLine: number;
    fromName: string;
}
/**
 * nginx's inheritance trap for array directives (add_header, proxy_set_header): listeners for the
 * http blocks (server, location, if) that set `name` themselves, calling `fn` with the enclosing
 * level's settings each one silently drops.
 * @param keep which dropped settings matter, by header name (lower-case) and directive (default: all)
 */
export declare function onRedefinition(name: string, fn: (x: Dropped) => void, keep?: (h: string, d: Directive) => boolean): Record<string, Listener>;
/** The variable and capture references of a value, in order (an exec loop: matchAll copies its regex on every call). */
export declare function variableRefs(v: string): RegExpExecArray[];
/** How deep the rules follow a chain of variables (`set $a $b; set $b $http_x;`). */
export declare const MAX_VARIABLE_CHAIN = 4;
/**
 * True when `at` is, or stands in, a location marked `internal`, at any depth: nginx answers a
 * client's request for it, or for a location nested in it, with 404 (checked against nginx 1.22.1);
 * only nginx's own redirects (error_page, X-Accel-Redirect, try_files) reach it.
 * nginx docs: "internal" (ngx_http_core_module).
 */
export declare function inInternalLocation(at: Block): boolean;
/** The nearest block named `name` that `at` is or stands in, or null. */
export declare function enclosing(at: Block, name: string): Block | null;
/** True when `satisfy any` is in effect at `at` (nginx's default is all). */
export declare function satisfyAny(at: Block): boolean;
/** A value a variable can get: from a `set`, or as an entry of a `map` into it. */
export interface VariableDefinition {
    value: string;
    /** The `set`, or the `map` block directive. */
    d: Directive;
    how: 'is set from' | 'is set by a map to';
}
/**
 * The values `set` and `map` can give variable `name` (without `$`) where block `at` runs: each
 * `set` of it in `at`, an enclosing block, or an `if` block directly in one of them; each entry
 * value of a `map` into it at the http (or stream) level: in the http block, or at the top level
 * of a file of http-level directives checked as a fragment. A `set` in another location does not
 * count: it runs only there.
 * nginx: `set` (ngx_http_rewrite_module) runs in the server and location rewrite phases; `map`
 * (ngx_http_map_module) values are evaluated when the variable is read.
 */
export declare function variableDefinitions(name: string, at: Block): VariableDefinition[];
/** True when an authentication module is in effect at `at` (set there or above, and not `off`). */
export declare function authInEffect(at: Block): boolean;
/**
 * True when a rewrite redirects: its replacement starts with http://, https:// or $scheme (nginx
 * tests this case-sensitively, and redirects whatever the flag), or its flag is redirect or
 * permanent. nginx: ngx_http_rewrite in src/http/modules/ngx_http_rewrite_module.c.
 */
export declare function isRedirectingRewrite(d: Directive): boolean;
/** A server and one of its listen sockets (listenSockets()). */
export interface ServerOnSocket {
    server: Block;
    l: ListenSocket;
}
/**
 * The servers on each listen socket, per http or stream block (sockets are nginx's per protocol
 * block), in the order the walk meets them: the first is the socket's default unless one is marked.
 * One per lint run (serversBySocket()), shared by the rules about sockets.
 */
declare class ServersBySocket {
    private readonly byBlock;
    /** The server added last: every rule's listener hands it in, one after another. */
    private last;
    /** Adds `server`, standing in `at` (its http or stream block), under each of its sockets, once. */
    add(at: Block, server: Block): void;
    /** Every socket of every block, or of the blocks of context `ctx` (`http`): [socket, its servers in order]. */
    sockets(ctx?: string): IterableIterator<[string, ServerOnSocket[]]>;
}
/**
 * The lint run's table of servers by listen socket, and the listener that fills it (for
 * `server@http`, and `server@stream` where a rule wants stream's too): built once however many
 * rules ask.
 */
export declare function serversBySocket(tree: Tree): {
    table: ServersBySocket;
    add: Listener;
};
/** The server that answers a socket by default: the one that marks it default_server, else the first. */
export declare function defaultOn(list: readonly ServerOnSocket[]): ServerOnSocket;
/**
 * The first directive of each name per block, for rules about a name nginx lets a block define once
 * (an upstream, a log_format): `first(at, name, d)` gives the earlier directive of that name in
 * `at`, or records `d` and gives undefined.
 */
export declare function firstPerBlock(): (at: Block, name: string, d: Directive) => Directive | undefined;
/** ` (the first is at line N)` for a repeat of `first`, saying so when it is the same directive (its file included twice). */
export declare function firstAt(first: Directive, d: Directive): string;
/**
 * Listeners for a rule about the server names nginx hashes: `perSocket(socket)` gives, for each
 * hashed socket in turn, a check that is handed that socket's names in nginx's order and returns the
 * message for a name it finds wrong; each (directive, argument) is reported once.
 */
export declare function hashedNameListeners({ report, tree }: RuleContext, perSocket: (socket: string) => (name: string) => string | undefined): Listeners;
export {};
