/**
 * The lint model: the include-resolved tree of one configuration, with each directive's context
 * chain and nginx's inheritance rules.
 */
import { enterBlock } from '../parser/directives.js';
import type { ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';

/**
 * One directive in the include-resolved tree. A class, not a literal: a large config has hundreds of
 * thousands of nodes, and a fixed shape with `name`, `args` and `hasBlock` read from the directive
 * keeps each one small.
 */
export class LNode {
  constructor(
    readonly d: Directive,
    /** File the directive is written in (as the parser named it). */
    readonly file: string,
    readonly parent: LNode | null,
    /** Block contents with includes expanded in place; empty for a simple directive. */
    public children: LNode[],
    /** Qualified context the directive stands in (`http>server`, `http>location`, `entries:map`, ...). */
    readonly ctx: string,
    /** The include directives (outermost first) through which this directive was reached. */
    readonly via: LNode[],
    /** Shared per-model lookups (children by name, memoized inheritance); internal to this module. */
    readonly idx: ModelIndex,
  ) {}

  /**
   * What headerName(), urlOf() or locationMatch() derived from this directive, kept by whichever asks
   * first (the others compute theirs): a location's match, else a header name (a string) or a URL
   * (an object, or null for none). Saves a memo lookup on every later call.
   */
  m: string | Url | LocationMatch | null | undefined = undefined;

  /** Directive name (entries of map-like blocks keep their key here). */
  get name(): string {
    return this.d.directive;
  }

  /** Arguments as nginx unescapes them. */
  get args(): string[] {
    return this.d.values ?? this.d.args;
  }

  get hasBlock(): boolean {
    return this.d.block !== undefined;
  }
}

/** A proxy_pass-like URL split: `http://api:8080/x` -> { scheme: 'http', host: 'api:8080', path: '/x' }. */
export interface Url {
  scheme: string;
  host: string;
  path?: string;
}

/**
 * Per model: for each directive name its nodes grouped by parent, built once per name on first use
 * in one pass over that name's nodes (a per-block index would cost a Map for each of tens of
 * thousands of blocks), and the memoized results of inherited() and effective().
 */
interface ModelIndex {
  byName: Map<string, LNode[]>;
  byParent: Map<string, Map<LNode, LNode[]>>;
  inherited: Map<string, Map<LNode, { nodes: LNode[]; from?: LNode }>>;
  effective: Map<string, Map<LNode, LNode | null>>;
  /** headerName(), urlOf() and locationMatch() per distinct argument string. */
  memo: ReturnType<typeof stringMemos>;
}

export interface LintModel {
  /** A virtual root whose children are the main file's top-level directives. */
  root: LNode;
  /** True when the tree is a whole configuration (a main config in the main context). */
  isMain: boolean;
  /** Every directive by name. */
  byName: Map<string, LNode[]>;
  /** Every directive, in document order. */
  all: LNode[];
  /** The http-side blocks whose settings nest and inherit: server, location, if (in that order of kind). */
  httpBlocks: LNode[];
  /** `# nginx-gitops:` pragmas per file. */
  pragmas: ParseResult['files'];
}

/**
 * Builds the model from a parse: includes replaced by the included files' directives (each keeping
 * its own file), cycles cut.
 * @param isMain whether the parsed file is a main config (not a fragment)
 */
export function buildModel(result: ParseResult, isMain: boolean): LintModel {
  const configs = result.payload.config;
  const all: LNode[] = [];
  const byName = new Map<string, LNode[]>();
  const rootCtx = result.files[0]?.context ?? 'main';
  const idx: ModelIndex = { byName, byParent: new Map(), inherited: new Map(), effective: new Map(), memo: stringMemos() };
  const root = new LNode({ directive: '', line: 1, args: [], block: [] }, configs[0].file, null, [], rootCtx, [], idx);

  // `kids` collects a block's children (includes expanded); the block keeps an exact-size copy
  const build = (list: Directive[], fi: number, parent: LNode, kids: LNode[], ctx: string, via: LNode[], stack: number[]) => {
    const file = configs[fi].file;
    // indexed loops here and in the rules: until the JIT optimizes a loop, for...of allocates a
    // result object per element, and most of a one-shot lint runs before that
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d.directive === '#') continue;
      const node = new LNode(d, file, parent, NO_CHILDREN, ctx, via, idx);
      if (d.includes) {
        for (const t of d.includes) {
          if (stack.includes(t)) continue;
          build(configs[t].parsed, t, parent, kids, ctx, [...via, node], [...stack, t]);
        }
        continue;
      }
      kids.push(node);
      all.push(node);
      let arr = byName.get(d.directive);
      if (!arr) byName.set(d.directive, (arr = []));
      arr.push(node);
      if (d.block) {
        const mine: LNode[] = [];
        build(d.block, fi, node, mine, enterBlock(ctx, d.directive), via, stack);
        node.children = mine.length ? mine.slice() : NO_CHILDREN;
      }
    }
  };
  const top: LNode[] = [];
  build(configs[0].parsed, 0, root, top, rootCtx, [], [0]);
  root.children = top;
  const httpBlocks = ['server', 'location', 'if'].flatMap((n) => (byName.get(n) ?? []).filter((b) => b.hasBlock && b.ctx.startsWith('http')));
  return { root, isMain: isMain && rootCtx === 'main', byName, all, httpBlocks, pragmas: result.files };
}

/** Children of every simple directive: one shared empty array. */
const NO_CHILDREN: LNode[] = Object.freeze([]) as unknown as LNode[];

function own(node: LNode, name: string): LNode[] | undefined {
  const g = node.idx;
  let m = g.byParent.get(name);
  if (!m) {
    m = new Map();
    const nodes = g.byName.get(name) ?? NO_CHILDREN;
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i];
      const p = c.parent!;
      const arr = m.get(p);
      if (arr) arr.push(c);
      else m.set(p, [c]);
    }
    g.byParent.set(name, m);
  }
  return m.get(node);
}

/**
 * Children of `node` named `names` (one name, or a list: then in document order).
 * @returns a shared array: do not modify
 */
export function childrenNamed(node: LNode, names: string | readonly string[]): LNode[] {
  if (typeof names === 'string') return own(node, names) ?? NO_CHILDREN;
  const lists = names.map((n) => own(node, n)).filter((l): l is LNode[] => !!l && l.length > 0);
  if (lists.length <= 1) return lists[0] ?? NO_CHILDREN;
  return node.children.filter((c) => names.includes(c.name)); // several names: keep document order
}

/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block node (location, server, http, if)
 * @param names one directive name, or several that nginx merges as one list (allow and deny)
 * @returns the directives in effect at `block` and the block that defines them (undefined if none)
 */
export function inherited(block: LNode, names: string | readonly string[]): { nodes: LNode[]; from?: LNode } {
  const key = typeof names === 'string' ? names : names.join(' ');
  let memo = block.idx.inherited.get(key);
  if (!memo) block.idx.inherited.set(key, (memo = new Map()));
  let r = memo.get(block);
  if (r) return r;
  const own = childrenNamed(block, names);
  if (own.length) r = { nodes: own, from: block };
  else if (!block.parent || block.name === 'http' || block.name === 'stream' || block.name === 'upstream') r = NONE;
  else r = inherited(block.parent, names); // the enclosing level's answer, memoized there too
  memo.set(block, r);
  return r;
}

const NONE: { nodes: LNode[]; from?: LNode } = Object.freeze({ nodes: Object.freeze([]) as unknown as LNode[] });

/** The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars). */
export function effective(block: LNode, name: string): LNode | undefined {
  let memo = block.idx.effective.get(name);
  if (!memo) block.idx.effective.set(name, (memo = new Map()));
  let r = memo.get(block);
  if (r === undefined) {
    const mine = own(block, name);
    r = mine?.length ? mine[mine.length - 1] : block.parent ? effective(block.parent, name) ?? null : null;
    memo.set(block, r);
  }
  return r ?? undefined;
}

/**
 * A memo of a pure function of one string: the same values recur across a config (header names,
 * upstream URLs, location URIs), so one result per distinct string is kept instead of one per
 * directive. Emptied when it reaches `max` entries (configs with that many distinct values gain
 * nothing from it).
 */
function stringMemo<T>(fn: (s: string) => T, max = 16384): (s: string) => T {
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

/** The string memos of one model (they hold argument strings, which hold their file's text: they live and go with the model). */
function stringMemos() {
  return {
    lowerCase: stringMemo((s) => s.toLowerCase()),
    url: stringMemo((s) => splitUrl(s) ?? null),
    prefixMatch: stringMemo(splitPrefixLocation),
    modifierMatch: stringMemo((mod) => stringMemo((uri) => ({ mod, uri }))),
  };
}

/** Header name of an add_header / proxy_set_header directive (its first argument), lower-cased. */
export function headerName(n: LNode): string {
  const m = n.m;
  if (typeof m === 'string') return m;
  const r = n.idx.memo.lowerCase(n.args[0] ?? '');
  if (m === undefined && n.name !== 'location') n.m = r;
  return r;
}

export interface LocationMatch {
  mod: string;
  uri: string;
}

/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (shared: do not modify). */
export function locationMatch(n: LNode): LocationMatch {
  if (n.name !== 'location') return matchOf(n);
  let r = n.m as LocationMatch | undefined;
  if (r === undefined) n.m = r = matchOf(n);
  return r;
}

function matchOf(n: LNode): LocationMatch {
  const a = n.args;
  return a.length >= 2 ? n.idx.memo.modifierMatch(a[0])(a[1]) : n.idx.memo.prefixMatch(a[0] ?? '');
}

/** splitUrl() of a directive's first argument (proxy_pass and the like; shared: do not modify). */
export function urlOf(n: LNode): Url | undefined {
  const m = n.m;
  if (m !== undefined && typeof m !== 'string' && n.name !== 'location') return (m as Url | null) ?? undefined;
  const r = n.idx.memo.url(n.args[0] ?? '');
  if (m === undefined && n.name !== 'location') n.m = r;
  return r ?? undefined;
}

/** Modifier and URI of a one-argument location (`=/x`, `~*\.php$`, `@name`, `/prefix`). */
function splitPrefixLocation(a: string): { mod: string; uri: string } {
  if (a.startsWith('@')) return { mod: '@', uri: a };
  for (const m of ['~*', '^~', '~', '=']) if (a.startsWith(m) && a.length > m.length) return { mod: m, uri: a.slice(m.length) };
  return { mod: '', uri: a };
}

/** True for `location ~` / `~*`. */
export function isRegexLocation(n: LNode): boolean {
  const { mod } = locationMatch(n);
  return mod === '~' || mod === '~*';
}

/** Parses an nginx size or time value to a number in base units (seconds for times). */
export function parseTime(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const m = /^(\d+)(ms|s|m|h|d|w|M|y)?$/.exec(v);
  if (!m) return undefined;
  const mult: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2592000, y: 31536000 };
  return Number(m[1]) * mult[m[2] ?? 's'];
}

/** Splits `scheme://host[:port]/path` of a proxy_pass-like URL; path includes its leading `/`. */
export function splitUrl(url: string): Url | undefined {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(url);
  return m ? { scheme: m[1].toLowerCase(), host: m[2], path: m[3] } : undefined;
}

/** Counts capturing groups of a PCRE pattern (named groups count; `(?:`, lookarounds do not). */
export function captureGroups(re: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (re[i + 1] === ']') i++;
      continue;
    }
    if (c === '(') {
      if (re[i + 1] !== '?') n++;
      else if (/^\(\?(P?<[A-Za-z_]|')/.test(re.slice(i, i + 5))) n++;
    }
  }
  return n;
}

/** True when a string has a capture reference ($N or ${N}) - a cheap test before captureRefs(). */
export function hasCaptureRef(s: string): boolean {
  return s.includes('$') && /\$\{?\d/.test(s);
}

/** Numbered capture references ($1..$9) in a string. */
export function captureRefs(s: string): number[] {
  return [...s.matchAll(/\$(\d)|\$\{(\d)\}/g)].map((m) => Number(m[1] ?? m[2])).filter((n) => n > 0);
}
