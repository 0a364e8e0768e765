/**
 * The lint model: the include-resolved tree of one configuration, walked once. Each block directive
 * met on the walk (server, location, if, upstream, ...) becomes a Block holding its own directives
 * with includes expanded in place; a simple directive stays the parser's Directive object, handed
 * to the rules with the Block it stands in and its file. No object per simple directive: a large
 * config has hundreds of thousands of them, and an object for each (kept for the whole lint) was
 * most of the lint's heap and garbage-collection time.
 *
 * nginx's inheritance rules are answered from the Block chain: inherited() for array-type
 * directives (add_header, proxy_set_header, allow/deny), effective() for single-valued ones.
 */
import { enterBlock } from '../parser/directives.js';
import { splitLocation, type LocationMatch, type ParseResult } from '../parser/parser.js';
import { classEnd } from '../parser/regex.js';
import type { Directive } from '../parser/types.js';

/** A block directive at one place in the include-resolved tree (a file included twice gives two). */
export class Block {
  /** The block's directives, includes expanded in place, in document order (comments left out). */
  readonly kids: Directive[];
  /**
   * For each of `kids`, the include chain it was reached through (file indexes, main file first,
   * its own file last); undefined when the block includes nothing: then every kid has the block's.
   */
  private readonly kidStacks: number[][] | undefined;

  constructor(
    /** The block directive (a virtual one with directive `''` for the top level). */
    readonly d: Directive,
    /** The include chain of the block directive (see kidStack()). */
    readonly stack: number[],
    readonly parent: Block | null,
    /** Qualified context of the block's contents (`http>server`, `http>location`, `entries:map`, ...). */
    readonly ctx: string,
    readonly tree: Tree,
  ) {
    const list = d.block ?? NO_KIDS;
    let plain = true;
    for (let i = 0; i < list.length && plain; i++) plain = !list[i].includes && list[i].directive !== '#';
    if (plain) {
      // nothing to expand (most blocks): the parser's own list serves
      this.kids = list;
      this.kidStacks = undefined;
    } else {
      this.kids = [];
      this.kidStacks = [];
      this.add(list, stack);
    }
  }

  private add(list: Directive[], stack: number[]): void {
    const configs = this.tree.configs;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d.directive === '#') continue;
      const inc = d.includes;
      if (inc) {
        for (let j = 0; j < inc.length; j++) {
          const t = inc[j];
          if (!stack.includes(t)) this.add(configs[t].parsed, [...stack, t]); // a cycle is cut
        }
        continue;
      }
      this.kids.push(d);
      this.kidStacks!.push(stack);
    }
  }

  /** Index into `tree.files` of the file the block directive is written in. */
  get file(): number {
    return this.stack[this.stack.length - 1];
  }

  /** The include chain kids[i] was reached through: file indexes, main file first, its own file last. */
  kidStack(i: number): number[] {
    return this.kidStacks ? this.kidStacks[i] : this.stack;
  }

  /** Index into `tree.files` of the file kids[i] is written in. */
  fileOf(i: number): number {
    const s = this.kidStack(i);
    return s[s.length - 1];
  }

  /**
   * Positions in `kids` by directive name, for a block with many directives (http holds every
   * server and upstream): built on the first lookup; a small block is scanned instead.
   */
  private index: Map<string, number[]> | undefined = undefined;
  /** ownList()'s answers for a big block (see indexOf). */
  lists: Map<string, Inherited> | undefined = undefined;

  /** Positions in `kids` of the directives named `name` (ascending), or undefined for a small block. */
  indexOf(name: string): readonly number[] | undefined {
    if (this.kids.length <= BIG_BLOCK) return undefined;
    let index = this.index;
    if (!index) {
      index = this.index = new Map();
      for (let i = 0, kids = this.kids; i < kids.length; i++) {
        const list = index.get(kids[i].directive);
        if (list) list.push(i);
        else index.set(kids[i].directive, [i]);
      }
    }
    return index.get(name) ?? NO_POSITIONS;
  }

  /** Directive name (`''` for the top level). */
  get name(): string {
    return this.d.directive;
  }
}

/** Above this many directives a block's lookups by name go through an index (Block.indexOf). */
const BIG_BLOCK = 32;
const NO_KIDS: Directive[] = Object.freeze([]) as unknown as Directive[];
const NO_POSITIONS: readonly number[] = Object.freeze([]);

/** One configuration's walk: its files, its top level and per-run memos. */
export interface Tree {
  /** Parsed files (the payload's `config`), indexed as Block.file and kidStack(). */
  configs: ParseResult['payload']['config'];
  /** File names (as the parser named them) by index. */
  files: string[];
  /** The top level: a virtual block whose kids are the main file's directives. */
  root: Block;
  /** True when the tree is a whole configuration (a main config in the main context). */
  isMain: boolean;
  /** `# nginx-gitops:` pragmas per file. */
  pragmas: ParseResult['files'];
  /** headerName(), urlOf() and locationMatch() per distinct argument string. */
  memo: ReturnType<typeof stringMemos>;
  /**
   * The last answer of headerName(), urlOf(), locationMatch() and inherited(): the walk hands a
   * directive to all its listeners in turn, and they ask the same questions one after another.
   */
  last: LastAnswers;
}

interface LastAnswers {
  header: { d: Directive | null; name: string };
  url: { d: Directive | null; url: Url | undefined };
  match: { d: Directive | null; match: LocationMatch };
  inherited: { block: Block | null; name: string; also?: string; result: Inherited };
  sockets: { server: Block | null; list: ListenSocket[] };
}

/**
 * Reads a parse as a lint tree: the root block with the main file's directives, includes expanded
 * (each included file's directives keep their own file), cycles cut.
 * @param isMain whether the parsed file is a main config (not a fragment)
 */
export function buildTree(result: ParseResult, isMain: boolean): Tree {
  const configs = result.payload.config;
  const rootCtx = result.files[0]?.context ?? 'main';
  const tree = { configs, files: configs.map((c) => c.file), isMain: isMain && rootCtx === 'main', pragmas: result.files, memo: stringMemos(), last: noAnswers() } as Tree;
  tree.root = new Block({ directive: '', line: 1, args: [], block: configs[0].parsed }, [0], null, rootCtx, tree);
  return tree;
}

function noAnswers(): LastAnswers {
  return { header: { d: null, name: '' }, url: { d: null, url: undefined }, match: { d: null, match: { mod: '', uri: '' } }, inherited: { block: null, name: '', result: NONE }, sockets: { server: null, list: [] } };
}

/** The block a block directive opens: `kids[i]` of `at`, which must have a block. */
export function openBlock(at: Block, i: number): Block {
  const d = at.kids[i];
  return new Block(d, at.kidStack(i), at, enterBlock(at.ctx, d.directive), at.tree);
}

/** Arguments as nginx unescapes them. */
export function args(d: Directive): string[] {
  return d.values ?? d.args;
}

/** The directives of `block` itself named `name` (a new array). */
export function own(block: Block, name: string): Directive[] {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.map((i) => kids[i]);
  const out: Directive[] = [];
  for (let i = 0; i < kids.length; i++) if (kids[i].directive === name) out.push(kids[i]);
  return out;
}

/** The first directive of `block` itself named `name`. */
export function ownFirst(block: Block, name: string): Directive | undefined {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.length ? kids[at[0]] : undefined;
  for (let i = 0; i < kids.length; i++) if (kids[i].directive === name) return kids[i];
  return undefined;
}

/** Position in `kids` of the last directive named `name` (the one nginx keeps for a single-valued setting), or -1. */
function lastAt(block: Block, name: string): number {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.length ? at[at.length - 1] : -1;
  for (let i = kids.length - 1; i >= 0; i--) if (kids[i].directive === name) return i;
  return -1;
}

/** True when `block` itself has a directive named `a` (or `b`). */
export function hasOwn(block: Block, a: string, b?: string): boolean {
  const kids = block.kids;
  const at = block.indexOf(a);
  if (at) return at.length > 0 || (b !== undefined && block.indexOf(b)!.length > 0);
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i].directive;
    if (n === a || n === b) return true;
  }
  return false;
}

/** Where an inherited list comes from: the directives and the block that defines them. */
export interface Inherited {
  nodes: Directive[];
  /** The defining block (undefined when nothing is in effect); for a merged list, the innermost one. */
  from?: Block;
  /** For a list merged from several levels (add_header_inherit merge): the block each node stands in. */
  blocks?: Block[];
  /** headerName() of each of `nodes`, once asked (headerNames()). */
  names?: string[];
}

const NONE: Inherited = Object.freeze({ nodes: Object.freeze([]) as unknown as Directive[] });

/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block (location, server, http, if)
 * @param name one directive name; `also`: a second one nginx merges into the same list (deny with allow)
 * @returns the directives in effect at `block` (document order; shared: do not modify) and the block that defines them
 */
export function inherited(block: Block, name: string, also?: string): Inherited {
  const last = block.tree.last;
  const l = last.inherited;
  if (l.block === block && l.name === name && l.also === also) return l.result;
  const result = inheritedOf(block, name, also);
  // updated in place: a new object per answer was a large share of the lint's garbage
  l.block = block;
  l.name = name;
  l.also = also;
  l.result = result;
  return result;
}

function inheritedOf(block: Block, name: string, also?: string): Inherited {
  const mode = INHERIT_MODE[name];
  if (mode) return inheritedByMode(block, name, mode);
  for (let b: Block | null = block; b; b = b.parent) {
    if (hasOwn(b, name, also)) return ownList(b, name, also);
    const n = b.d.directive;
    if (n === 'http' || n === 'stream' || n === 'upstream') break;
  }
  return NONE;
}

/** The directives that set how add_header and add_trailer inherit (nginx 1.29.3: on, off or merge). */
const INHERIT_MODE: Record<string, string | undefined> = { add_header: 'add_header_inherit', add_trailer: 'add_trailer_inherit' };

/**
 * inheritedOf() under `<name>_inherit` (itself inherited as a scalar): `on` is nginx's usual rule,
 * `off` keeps only the level's own directives, `merge` adds them to the enclosing level's.
 * nginx: ngx_http_headers_merge_conf in src/http/modules/ngx_http_headers_filter_module.c (1.29.3).
 */
function inheritedByMode(block: Block, name: string, modeName: string): Inherited {
  const setting = effective(block, modeName);
  const mode = setting ? args(setting)[0] : 'on';
  const own = hasOwn(block, name) ? ownList(block, name) : NONE;
  const top = block.d.directive === 'http' || block.d.directive === 'stream' || !block.parent;
  if (mode === 'off' || top) return own;
  if (mode !== 'merge') return own.nodes.length ? own : inheritedByMode(block.parent!, name, modeName);
  const outer = inheritedByMode(block.parent!, name, modeName);
  if (!outer.nodes.length) return own;
  if (!own.nodes.length) return outer;
  const outerBlocks = outer.blocks ?? outer.nodes.map(() => outer.from!);
  return { nodes: [...outer.nodes, ...own.nodes], from: block, blocks: [...outerBlocks, ...own.nodes.map(() => block)] };
}

/** The file the `i`th directive of an inherited() list is written in (for reporting at it). */
export function inheritedFile(inh: Inherited, i: number): number {
  return fileIn(inh.blocks ? inh.blocks[i] : inh.from!, inh.nodes[i]);
}

/** The directives of `b` named `name` or `also`, in document order (a big block keeps its answer). */
function ownList(b: Block, name: string, also?: string): Inherited {
  const kids = b.kids;
  const at = b.indexOf(name);
  if (!at) {
    const nodes: Directive[] = [];
    for (let i = 0; i < kids.length; i++) if (kids[i].directive === name || kids[i].directive === also) nodes.push(kids[i]);
    return { nodes, from: b };
  }
  const key = also === undefined ? name : `${name} ${also}`;
  let r = b.lists?.get(key);
  if (!r) {
    const positions = also === undefined ? at : [...at, ...b.indexOf(also)!].sort((x, y) => x - y);
    r = { nodes: positions.map((i) => kids[i]), from: b };
    (b.lists ??= new Map()).set(key, r);
  }
  return r;
}

/** headerName() of each directive of an inherited() list (kept with the list: the rules that ask about one block share it). */
export function headerNames(at: Block, inh: Inherited): string[] {
  if (inh.names) return inh.names;
  const names = inh.nodes.map((d) => headerName(at, d));
  if (inh !== NONE) inh.names = names;
  return names;
}

/** The first directive of the list inherited() gives whose header name (headerName()) is `header`. */
export function inheritedHeader(block: Block, name: string, header: string): Directive | undefined {
  const inh = inherited(block, name);
  const i = headerNames(block, inh).indexOf(header);
  return i < 0 ? undefined : inh.nodes[i];
}

/**
 * The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars).
 * effectiveIn() without its result object: rules ask this for every proxied location.
 */
export function effective(block: Block, name: string): Directive | undefined {
  for (let b: Block | null = block; b; b = b.parent) {
    const i = lastAt(b, name);
    if (i >= 0) return b.kids[i];
  }
  return undefined;
}

/** effective(), with the file the setting is written in (for reporting at it). */
export function effectiveIn(block: Block, name: string): { d: Directive; file: number } | undefined {
  for (let b: Block | null = block; b; b = b.parent) {
    const i = lastAt(b, name);
    if (i >= 0) return { d: b.kids[i], file: b.fileOf(i) };
  }
  return undefined;
}

/**
 * The file a directive that stands directly in `block` is written in (for reporting at an
 * inherited directive): an index into `tree.files`.
 */
export function fileIn(block: Block, d: Directive): number {
  // a big block (http) is searched among the directives of d's name only: rules report at an
  // http-level directive for each of thousands of servers
  const at = block.indexOf(d.directive);
  let i = -1;
  if (at) {
    for (let k = 0; k < at.length && i < 0; k++) if (block.kids[at[k]] === d) i = at[k];
  } else i = block.kids.indexOf(d);
  return i < 0 ? block.file : block.fileOf(i);
}

/**
 * A memo of a pure function of one string: the same values recur across a config (header names,
 * upstream URLs, location URIs), so one result per distinct string is kept instead of one per
 * directive. Emptied when it reaches `max` entries (configs with that many distinct values gain
 * nothing from it, and a long-lived process does not grow it without bound).
 */
export function stringMemo<T>(fn: (s: string) => T, max = 16384): (s: string) => T {
  const m = new Map<string, T>();
  return (s) => {
    let r = m.get(s);
    if (r === undefined && !m.has(s)) {
      if (m.size >= max) m.clear();
      m.set(s, (r = fn(s)));
    }
    return r as T;
  };
}

/** The string memos of one tree (they hold argument strings, which hold their file's text: they live and go with the tree). */
function stringMemos() {
  return {
    lowerCase: stringMemo((s) => s.toLowerCase()),
    url: stringMemo((s) => splitUrl(s) ?? null),
    prefixMatch: stringMemo(splitLocation),
    modifierMatch: stringMemo((mod) => stringMemo((uri) => ({ mod, uri }))),
    socket: stringMemo(socketOf),
  };
}

/** Header name of an add_header / proxy_set_header directive (its first argument), lower-cased. */
export function headerName(at: Block, d: Directive): string {
  const last = at.tree.last;
  if (d === last.header.d) return last.header.name;
  const name = at.tree.memo.lowerCase(args(d)[0] ?? '');
  last.header.d = d;
  last.header.name = name;
  return name;
}

/** A proxy_pass-like URL split: `http://api:8080/x` -> { scheme: 'http', host: 'api:8080', hostname: 'api', path: '/x' }. */
export interface Url {
  scheme: string;
  /** As written, port included (`api:8080`, `[::1]:80`, `$backend`). */
  host: string;
  /** `host` without its port. */
  hostname: string;
  path?: string;
}

/** splitUrl() of a directive's first argument (proxy_pass and the like; shared: do not modify). */
export function urlOf(at: Block, d: Directive): Url | undefined {
  const last = at.tree.last;
  if (d === last.url.d) return last.url.url;
  const url = at.tree.memo.url(args(d)[0] ?? '') ?? undefined;
  last.url.d = d;
  last.url.url = url;
  return url;
}

export type { LocationMatch };

/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (shared: do not modify). */
export function locationMatch(at: Block, d: Directive): LocationMatch {
  const last = at.tree.last;
  if (d === last.match.d) return last.match.match;
  const a = args(d);
  const memo = at.tree.memo;
  const match = a.length >= 2 ? memo.modifierMatch(a[0])(a[1]) : memo.prefixMatch(a[0] ?? '');
  last.match.d = d;
  last.match.match = match;
  return match;
}

/** True for `location ~` / `~*`. */
export function isRegexLocation(at: Block, d: Directive): boolean {
  const { mod } = locationMatch(at, d);
  return mod === '~' || mod === '~*';
}


/** A listen socket of a server (listenSockets()). */
export interface ListenSocket {
  /**
   * The socket, one spelling per socket: `*:80` (for `80`, `*:80`, `0.0.0.0:80`), `[::]:443` (for
   * `[::0]:443`), `host:80`, `unix:/path`, with ` (quic)` or ` (udp)` for a datagram socket.
   */
  socket: string;
  /** The address as `listen` takes it (`80`, `[::]:443`), for messages. */
  address: string;
  /** The listen directive, or the server block for a server without one (nginx listens on *:80). */
  node: Directive;
  file: number;
  isDefault: boolean;
}

const DIGITS = /^\d+$/;
const IPV6_SOCKET = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/;

/**
 * One spelling of an `addr:port` socket: the IPv4 wildcard as `*`, an IPv6 address in its canonical
 * form (WHATWG URL's serializer: `[::0]` -> `[::]`). nginx compares the socket addresses, not their
 * spelling ("a duplicate default server for 0.0.0.0:80" for `listen 80` and `listen 0.0.0.0:80`).
 */
function socketOf(a: string): string {
  if (DIGITS.test(a)) return `*:${a}`;
  if (a.startsWith('unix:')) return a;
  const v6 = IPV6_SOCKET.exec(a);
  if (v6) {
    let host = `[${v6[1]}]`;
    try {
      host = new URL(`http://[${v6[1]}]/`).hostname;
    } catch {
      // an address the URL parser refuses: keep its spelling
    }
    return `${host}:${v6[2] ?? '80'}`;
  }
  const port = PORT.exec(a);
  const host = port ? a.slice(0, port.index) : a;
  const p = port ? port[0].slice(1) : '80';
  return `${host === '0.0.0.0' ? '*' : host}:${p}`;
}

/**
 * Listen sockets of a server (see ListenSocket). A server of the http block without `listen`
 * listens on *:80 (nginx: ngx_http_core_merge_srv_conf, when run as root).
 * @returns shared with the next caller about the same server (the rules ask in turn): do not modify
 */
export function listenSockets(server: Block): ListenSocket[] {
  const last = server.tree.last.sockets;
  if (last.server === server) return last.list;
  const out: ListenSocket[] = [];
  for (let i = 0, kids = server.kids; i < kids.length; i++) {
    const l = kids[i];
    if (l.directive !== 'listen') continue;
    const a0 = args(l);
    const a = a0[0] ?? '';
    const datagram = a0.includes('quic') ? 'quic' : a0.includes('udp') ? 'udp' : '';
    out.push({
      socket: datagram ? `${server.tree.memo.socket(a)} (${datagram})` : server.tree.memo.socket(a),
      address: a,
      node: l,
      file: server.fileOf(i),
      isDefault: a0.includes('default_server') || a0.includes('default'),
    });
  }
  if (!out.length && server.parent?.ctx === 'http') out.push({ socket: '*:80', address: '80', node: server.d, file: server.file, isDefault: false });
  last.server = server;
  last.list = out;
  return out;
}

const TIME = /^(\d+)(ms|s|m|h|d|w|M|y)?$/;
const TIME_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2592000, y: 31536000 };

/** Parses an nginx size or time value to a number in base units (seconds for times). */
export function parseTime(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const m = TIME.exec(v);
  if (!m) return undefined;
  return Number(m[1]) * TIME_UNITS[m[2] ?? 's'];
}

const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i;
/** A `:port` suffix. */
export const PORT = /:\d+$/;

/**
 * Splits `scheme://host[:port]/path` of a proxy_pass-like URL; path includes its leading `/`. A
 * UNIX-domain socket is nginx's `scheme://unix:/socket/path[:/uri]`: host `unix:/socket/path`, and
 * the URI after the colon. nginx: ngx_parse_url / ngx_parse_unix_domain_url in src/core/ngx_inet.c.
 */
function splitUrl(url: string): Url | undefined {
  const m = URL_PARTS.exec(url);
  if (!m) return undefined;
  const scheme = m[1].toLowerCase();
  if (m[2] === 'unix:') {
    const rest = url.slice(m[1].length + 3 + 5); // after "scheme://unix:"
    const colon = rest.indexOf(':');
    const host = `unix:${colon < 0 ? rest : rest.slice(0, colon)}`;
    return { scheme, host, hostname: host, path: colon < 0 || colon === rest.length - 1 ? undefined : rest.slice(colon + 1) };
  }
  return { scheme, host: m[2], hostname: m[2].replace(PORT, ''), path: m[3] };
}

/**
 * A named group's opening at the start of a string: `(?<name>`, `(?P<name>` or `(?'name'` (name in
 * group 1 or 2). PCRE: pcre2pattern(3), "Named capture groups".
 */
export const NAMED_GROUP = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/;

/**
 * The capturing groups of a PCRE pattern: how many (named groups count; `(?:` and lookarounds do
 * not), and the names of the named ones in order. A `(` escaped or inside a character class opens
 * no group. nginx makes each named group a variable: ngx_regex_compile in src/core/ngx_regex.c
 * (PCRE2_INFO_NAMETABLE).
 */
function groupsOf(re: string): { count: number; names: string[] } {
  let count = 0;
  const names: string[] = [];
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(re, i);
    else if (c === '(') {
      const named = re[i + 1] === '?' ? NAMED_GROUP.exec(re.slice(i, i + 40)) : null;
      if (named) names.push(named[1] ?? named[2]);
      if (named || re[i + 1] !== '?') count++;
    }
  }
  return { count, names };
}

/** Counts capturing groups of a PCRE pattern (groupsOf()). */
export function captureGroups(re: string): number {
  return groupsOf(re).count;
}

/** The named groups of a PCRE pattern, in order (groupsOf()). */
export function namedGroups(re: string): string[] {
  return groupsOf(re).names;
}

const CAPTURE_REF = /\$\{?\d/;

/** True when a string has a capture reference ($N or ${N}) - a cheap test before captureRefs(). */
export function hasCaptureRef(s: string): boolean {
  return s.includes('$') && CAPTURE_REF.test(s);
}

/** Numbered capture references ($1..$9) in a string. */
export function captureRefs(s: string): number[] {
  return [...s.matchAll(/\$(\d)|\$\{(\d)\}/g)].map((m) => Number(m[1] ?? m[2])).filter((n) => n > 0);
}
