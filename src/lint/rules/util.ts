/** Helpers several rules share. */
import type { Directive } from '../../parser/types.js';
import { args, captureGroups, effective, hasOwn, headerName, inherited, listenSockets, own, type Block, type ListenSocket, type Tree } from '../model.js';
import type { Listener, Listeners, RuleContext } from '../rule.js';
import { REDIRECT_PREFIX } from '../../parser/params.js';

/**
 * Listener selector (Listeners.on) for proxy_pass in an http `location`, or an `if` or
 * `limit_except` inside one: the listener's `at` is the block that proxies.
 */
export const PROXIED = 'proxy_pass@http>*';

/** Variables whose value comes from the request (the client controls them). */
export const REQUEST_VARS = /\$(\{)?(http_\w+|arg_\w+|cookie_\w+|args|query_string|request_uri|uri|document_uri|request|request_body|host|\d)\b/i;

/** Variables that can carry CR or LF after decoding (nginx decodes %0d%0a in $uri). */
export const CRLF_VARS = /\$(\{)?(uri|document_uri|request_body)\b/;

/** True for a server that serves TLS: a `listen ... ssl` or `listen ... quic`. */
export function isTlsServer(server: Block): boolean {
  return own(server, 'listen').some((l) => args(l).slice(1).some((a) => a === 'ssl' || a === 'quic'));
}

/** Public (not private, loopback, link-local or unique-local) IP literal. */
export function isPublicIp(addr: string): boolean {
  const a = addr.replace(/^\[|\](:\d+)?$/g, '').replace(/:\d+$/, '');
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (v4) {
    const [x, y] = [Number(v4[1]), Number(v4[2])];
    if (x === 10 || x === 127 || x === 0) return false;
    if (x === 172 && y >= 16 && y <= 31) return false;
    if (x === 192 && y === 168) return false;
    if (x === 169 && y === 254) return false;
    if (x === 100 && y >= 64 && y <= 127) return false;
    return true;
  }
  if (a.includes(':')) {
    const l = a.toLowerCase();
    return !(l === '::1' || l.startsWith('fe80:') || l.startsWith('fc') || l.startsWith('fd'));
  }
  return false;
}

const IPV4 = /^\d+\.\d+\.\d+\.\d+(:\d+)?$/;
const IPV6 = /^\[[0-9a-f:.]+\](:\d+)?$/i;

/** True for an IPv4/IPv6 literal (with optional port). */
export function isIpLiteral(host: string): boolean {
  return IPV4.test(host) || IPV6.test(host);
}

/** Security response headers (lower-case) that must be sent on error responses too. */
export const SECURITY_HEADERS = new Set([
  'strict-transport-security',
  'x-frame-options',
  'x-content-type-options',
  'content-security-policy',
  'content-security-policy-report-only',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'x-xss-protection',
]);

/** The http-side blocks whose settings nest and inherit. */
const HTTP_BLOCKS = ['server', 'location', 'if'] as const;

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
export function onRedefinition(name: string, fn: (x: Dropped) => void, keep: (h: string, d: Directive) => boolean = () => true): Record<string, Listener> {
  const listener: Listener = (_d, at, _file, block) => {
    if (!block) return;
    let first = -1;
    for (let i = 0, kids = block.kids; i < kids.length && first < 0; i++) if (kids[i].directive === name) first = i;
    if (first < 0) return;
    const outer = inherited(at, name);
    if (!outer.nodes.length) return;
    const mine = new Set<string>();
    for (let i = first, kids = block.kids; i < kids.length; i++) if (kids[i].directive === name) mine.add(headerName(block, kids[i]));
    const dropped = [...new Set(outer.nodes.filter((n) => keep(headerName(at, n), n) && !mine.has(headerName(at, n))).map((n) => args(n)[0]))];
    const from = outer.from!;
    if (dropped.length) fn({ at: block.kids[first], file: block.fileOf(first), block, dropped, fromLine: outer.nodes[0].line, fromName: from.name || from.ctx.split('>').pop()! });
  };
  // `server@http`, not `server@http*`: an upstream's server entries open no block
  return Object.fromEntries(HTTP_BLOCKS.map((n) => [n === 'server' ? 'server@http' : `${n}@http*`, listener]));
}

/** Variable and capture references: `$name`, `${name}`, `$1` (name in group 1 or 2). */
const VARIABLE_REFS = /\$(?:\{(\w+)\}|(\w+))/g;

/** The variable and capture references of a value, in order (an exec loop: matchAll copies its regex on every call). */
export function variableRefs(v: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  VARIABLE_REFS.lastIndex = 0;
  for (let m = VARIABLE_REFS.exec(v); m; m = VARIABLE_REFS.exec(v)) out.push(m);
  return out;
}

/** How deep the rules follow a chain of variables (`set $a $b; set $b $http_x;`). */
export const MAX_VARIABLE_CHAIN = 4;

/**
 * True when `at` is, or stands in, a location marked `internal`, at any depth: nginx answers a
 * client's request for it, or for a location nested in it, with 404 (checked against nginx 1.22.1);
 * only nginx's own redirects (error_page, X-Accel-Redirect, try_files) reach it.
 * nginx docs: "internal" (ngx_http_core_module).
 */
export function inInternalLocation(at: Block): boolean {
  for (let b: Block | null = at; b && b.name; b = b.parent) if (b.name === 'location' && hasOwn(b, 'internal')) return true;
  return false;
}

/** The nearest block named `name` that `at` is or stands in, or null. */
export function enclosing(at: Block, name: string): Block | null {
  let b: Block | null = at;
  while (b && b.name !== name) b = b.parent;
  return b;
}

/** True when `satisfy any` is in effect at `at` (nginx's default is all). */
export function satisfyAny(at: Block): boolean {
  const d = effective(at, 'satisfy');
  return d !== undefined && args(d)[0] === 'any';
}

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
export function variableDefinitions(name: string, at: Block): VariableDefinition[] {
  const out: VariableDefinition[] = [];
  const v = `$${name}`;
  const sets = (list: Directive[], ifs: boolean) => {
    for (const d of list) {
      if (d.directive === 'set' && args(d)[0] === v && args(d)[1] !== undefined) out.push({ value: args(d)[1], d, how: 'is set from' });
      else if (ifs && d.directive === 'if' && d.block) sets(d.block, false);
    }
  };
  for (let b: Block | null = at; b; b = b.parent) {
    if (b.ctx === 'http' || b.ctx === 'stream') {
      // maps only (set is not allowed at this level), through the index of this big block: no scan of every server
      for (const m of own(b, 'map')) {
        if (!m.block || args(m)[1] !== v) continue;
        for (const e of m.block) if (e.args.length) out.push({ value: args(e)[0], d: m, how: 'is set by a map to' });
      }
      break;
    }
    sets(b.kids, true);
  }
  return out;
}

/** The access-phase modules that ask for credentials (each `off` disables it). */
const AUTH = ['auth_basic', 'auth_request', 'auth_jwt', 'auth_oidc'];

/** True when an authentication module is in effect at `at` (set there or above, and not `off`). */
export function authInEffect(at: Block): boolean {
  return AUTH.some((name) => {
    const d = effective(at, name);
    return d !== undefined && args(d)[0] !== 'off';
  });
}

/**
 * True when a rewrite redirects: its replacement starts with http://, https:// or $scheme (nginx
 * tests this case-sensitively, and redirects whatever the flag), or its flag is redirect or
 * permanent. nginx: ngx_http_rewrite in src/http/modules/ngx_http_rewrite_module.c.
 */
export function isRedirectingRewrite(d: Directive): boolean {
  const a = args(d);
  return REDIRECT_PREFIX.test(a[1] ?? '') || a[2] === 'redirect' || a[2] === 'permanent';
}

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
class ServersBySocket {
  private readonly byBlock = new Map<Block, Map<string, ServerOnSocket[]>>();
  /** The server added last: every rule's listener hands it in, one after another. */
  private last: Block | null = null;

  /** Adds `server`, standing in `at` (its http or stream block), under each of its sockets, once. */
  add(at: Block, server: Block): void {
    if (server === this.last) return;
    this.last = server;
    let bySocket = this.byBlock.get(at);
    if (!bySocket) this.byBlock.set(at, (bySocket = new Map()));
    for (const l of listenSockets(server)) {
      const list = bySocket.get(l.socket);
      if (list) list.push({ server, l });
      else bySocket.set(l.socket, [{ server, l }]);
    }
  }

  /** Every socket of every block, or of the blocks of context `ctx` (`http`): [socket, its servers in order]. */
  *sockets(ctx?: string): IterableIterator<[string, ServerOnSocket[]]> {
    for (const [at, bySocket] of this.byBlock) if (ctx === undefined || at.ctx === ctx) yield* bySocket;
  }
}

const TABLES = new WeakMap<Tree, ServersBySocket>();

/**
 * The lint run's table of servers by listen socket, and the listener that fills it (for
 * `server@http`, and `server@stream` where a rule wants stream's too): built once however many
 * rules ask.
 */
export function serversBySocket(tree: Tree): { table: ServersBySocket; add: Listener } {
  let table = TABLES.get(tree);
  if (!table) TABLES.set(tree, (table = new ServersBySocket()));
  const t = table;
  return {
    table: t,
    add: (_d, at, _file, s) => {
      if (s) t.add(at, s);
    },
  };
}

/** The server that answers a socket by default: the one that marks it default_server, else the first. */
export function defaultOn(list: readonly ServerOnSocket[]): ServerOnSocket {
  return list.find((x) => x.l.isDefault) ?? list[0];
}

/**
 * The listen sockets of the http blocks where nginx builds a server name hash: those with more than
 * one server, or whose default server (defaultOn()) has captures in its last regex name. Only there
 * are names hashed, so only there are an invalid wildcard ("invalid server name or wildcard") and a
 * name given twice ("conflicting server name") found; each with its name as nginx prints it
 * (`0.0.0.0:80` for `*:80`) and its servers in order.
 * nginx: ngx_http_optimize_servers and ngx_http_server_names in src/http/ngx_http.c;
 * ngx_http_core_server_name in src/http/ngx_http_core_module.c (cscf->captures).
 */
function* hashedSockets(table: ServersBySocket): IterableIterator<{ socket: string; servers: Block[] }> {
  for (const [socket, list] of table.sockets('http')) {
    if (list.length < 2 && !regexCaptures(defaultOn(list).server)) continue;
    yield { socket: socket.startsWith('*:') ? `0.0.0.0${socket.slice(1)}` : socket, servers: list.map((x) => x.server) };
  }
}

/**
 * The first directive of each name per block, for rules about a name nginx lets a block define once
 * (an upstream, a log_format): `first(at, name, d)` gives the earlier directive of that name in
 * `at`, or records `d` and gives undefined.
 */
export function firstPerBlock(): (at: Block, name: string, d: Directive) => Directive | undefined {
  const seen = new Map<Block, Map<string, Directive>>();
  return (at, name, d) => {
    let byName = seen.get(at);
    if (!byName) seen.set(at, (byName = new Map()));
    const first = byName.get(name);
    if (!first) byName.set(name, d);
    return first;
  };
}

/** ` (the first is at line N)` for a repeat of `first`, saying so when it is the same directive (its file included twice). */
export function firstAt(first: Directive, d: Directive): string {
  return ` (the first is at line ${first.line}${first === d ? ', the same file included twice' : ''})`;
}

/**
 * Listeners for a rule about the server names nginx hashes: `perSocket(socket)` gives, for each
 * hashed socket in turn, a check that is handed that socket's names in nginx's order and returns the
 * message for a name it finds wrong; each (directive, argument) is reported once.
 */
export function hashedNameListeners({ report, tree }: RuleContext, perSocket: (socket: string) => (name: string) => string | undefined): Listeners {
  const { table, add } = serversBySocket(tree);
  return {
    on: { 'server@http': add },
    end() {
      const once = firstTime();
      for (const { socket, servers } of hashedSockets(table)) {
        const check = perSocket(socket);
        for (const s of servers) {
          for (const n of hashedNames(s)) {
            const message = check(n.name);
            if (message !== undefined && once(n.d, n.arg)) report(n.d, n.file, message, n.arg);
          }
        }
      }
    },
  };
}

/**
 * The names a server's server_name directives hash (not the `~` regexes, not `$hostname`), in order,
 * with the directive, its file and the argument's index.
 */
function hashedNames(server: Block): { name: string; d: Directive; file: number; arg: number }[] {
  const out: { name: string; d: Directive; file: number; arg: number }[] = [];
  for (let i = 0, kids = server.kids; i < kids.length; i++) {
    if (kids[i].directive !== 'server_name') continue;
    const a = args(kids[i]);
    for (let k = 0; k < a.length; k++) if (!a[k].startsWith('~') && a[k] !== '$hostname') out.push({ name: a[k], d: kids[i], file: server.fileOf(i), arg: k });
  }
  return out;
}

/**
 * True when the last regex name (`~...`) of a server has capturing groups: nginx's `captures` of the
 * server, which ngx_http_core_server_name sets from each regex name in turn.
 */
function regexCaptures(server: Block): boolean {
  let last: string | undefined;
  for (const d of server.kids) if (d.directive === 'server_name') for (const a of args(d)) if (a.startsWith('~')) last = a;
  return last !== undefined && captureGroups(last.slice(1)) > 0;
}

/**
 * A filter that lets each (directive, argument) through once: a server on two hashed sockets, or a
 * file included twice, meets the same name again.
 */
function firstTime(): (d: Directive, arg: number) => boolean {
  const seen = new Map<Directive, Set<number>>();
  return (d, arg) => {
    let args = seen.get(d);
    if (!args) seen.set(d, (args = new Set()));
    if (args.has(arg)) return false;
    args.add(arg);
    return true;
  };
}
