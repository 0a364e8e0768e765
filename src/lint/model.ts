/**
 * The lint model: the include-resolved tree of one configuration, with each directive's context
 * chain and nginx's inheritance rules.
 */
import { enterBlock } from '../parser/directives.js';
import type { ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';

/** One directive in the include-resolved tree. */
export interface LNode {
  /** Directive name (entries of map-like blocks keep their key here). */
  name: string;
  /** Arguments as nginx unescapes them. */
  args: string[];
  d: Directive;
  /** File the directive is written in (as the parser named it). */
  file: string;
  parent: LNode | null;
  /** Block contents with includes expanded in place; empty for a simple directive. */
  children: LNode[];
  hasBlock: boolean;
  /** Qualified context the directive stands in (`http>server`, `http>location`, `entries:map`, ...). */
  ctx: string;
  /** The include directives (outermost first) through which this directive was reached. */
  via: LNode[];
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
  const root: LNode = { name: '', args: [], d: { directive: '', line: 1, args: [] }, file: configs[0].file, parent: null, children: [], hasBlock: true, ctx: rootCtx, via: [] };

  const build = (list: Directive[], fi: number, parent: LNode, ctx: string, via: LNode[], stack: number[]) => {
    for (const d of list) {
      if (d.directive === '#') continue;
      const node: LNode = { name: d.directive, args: d.values ?? d.args, d, file: configs[fi].file, parent, children: d.block ? [] : NO_CHILDREN, hasBlock: !!d.block, ctx, via };
      if (d.includes) {
        for (const t of d.includes) {
          if (stack.includes(t)) continue;
          build(configs[t].parsed, t, parent, ctx, [...via, node], [...stack, t]);
        }
        continue;
      }
      parent.children.push(node);
      all.push(node);
      let arr = byName.get(node.name);
      if (!arr) byName.set(node.name, (arr = []));
      arr.push(node);
      if (d.block) build(d.block, fi, node, enterBlock(ctx, d.directive), via, stack);
    }
  };
  build(configs[0].parsed, 0, root, rootCtx, [], [0]);
  const httpBlocks = ['server', 'location', 'if'].flatMap((n) => (byName.get(n) ?? []).filter((b) => b.hasBlock && b.ctx.startsWith('http')));
  GROUPS.set(root, { byName, byParent: new Map() });
  return { root, isMain: isMain && rootCtx === 'main', byName, all, httpBlocks, pragmas: result.files };
}

/** Children of every simple directive: one shared empty array. */
const NO_CHILDREN: LNode[] = Object.freeze([]) as unknown as LNode[];

/**
 * Per model: for each directive name, its nodes grouped by parent - built once per name on first
 * use, in one pass over that name's nodes (a per-block index would cost a Map for each of tens of
 * thousands of blocks).
 */
const GROUPS = new WeakMap<LNode, { byName: Map<string, LNode[]>; byParent: Map<string, Map<LNode, LNode[]>> }>();

function rootOf(node: LNode): LNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

function own(node: LNode, name: string): LNode[] | undefined {
  const g = GROUPS.get(rootOf(node))!; // every node comes from buildModel, which registers its root
  let m = g.byParent.get(name);
  if (!m) {
    m = new Map();
    for (const c of g.byName.get(name) ?? []) {
      const p = c.parent!;
      const arr = m.get(p);
      if (arr) arr.push(c);
      else m.set(p, [c]);
    }
    g.byParent.set(name, m);
  }
  return m.get(node);
}

/** Children of `node` with one of `names`, in document order. */
export function childrenNamed(node: LNode, ...names: string[]): LNode[] {
  if (names.length === 1) return own(node, names[0]) ?? [];
  const lists = names.map((n) => own(node, n)).filter((l): l is LNode[] => !!l && l.length > 0);
  if (lists.length <= 1) return lists[0] ?? [];
  return node.children.filter((c) => names.includes(c.name)); // several names: keep document order
}

/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block node (location, server, http, if)
 * @returns the directives in effect at `block` and the block that defines them (undefined if none)
 */
export function inherited(block: LNode, ...names: string[]): { nodes: LNode[]; from?: LNode } {
  for (let b: LNode | null = block; b; b = b.parent) {
    const own = childrenNamed(b, ...names);
    if (own.length) return { nodes: own, from: b };
    if (b.name === 'http' || b.name === 'stream' || b.name === 'upstream') break;
  }
  return { nodes: [] };
}

/** The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars). */
export function effective(block: LNode, name: string): LNode | undefined {
  for (let b: LNode | null = block; b; b = b.parent) {
    const mine = own(b, name);
    if (mine?.length) return mine[mine.length - 1];
  }
  return undefined;
}

/** The enclosing blocks of a node, innermost first. */
export function ancestors(node: LNode): LNode[] {
  const out: LNode[] = [];
  for (let b = node.parent; b && b.name; b = b.parent) out.push(b);
  return out;
}

const LOWER = new Map<string, string>();

/** Header name of an add_header / proxy_set_header directive, lower-cased (memoized: names repeat). */
export function headerName(n: LNode): string {
  const h = n.args[0] ?? '';
  let l = LOWER.get(h);
  if (l === undefined) {
    l = h.toLowerCase();
    if (LOWER.size < 10000) LOWER.set(h, l);
  }
  return l;
}

const MATCH = new WeakMap<LNode, { mod: string; uri: string }>();

/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (memoized per node). */
export function locationMatch(n: LNode): { mod: string; uri: string } {
  let m = MATCH.get(n);
  if (!m) MATCH.set(n, (m = splitLocation(n)));
  return m;
}

function splitLocation(n: LNode): { mod: string; uri: string } {
  if (n.args.length >= 2) return { mod: n.args[0], uri: n.args[1] };
  const a = n.args[0] ?? '';
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

const URLS = new Map<string, { scheme: string; host: string; path?: string } | undefined>();

/** Splits `scheme://host[:port]/path` of a proxy_pass-like URL; path includes its leading `/` (memoized: URLs repeat). */
export function splitUrl(url: string): { scheme: string; host: string; path?: string } | undefined {
  if (URLS.has(url)) return URLS.get(url);
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i.exec(url);
  const r = m ? { scheme: m[1].toLowerCase(), host: m[2], path: m[3] } : undefined;
  if (URLS.size < 100000) URLS.set(url, r);
  return r;
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

/** Numbered capture references ($1..$9) in a string. */
export function captureRefs(s: string): number[] {
  return [...s.matchAll(/\$(\d)|\$\{(\d)\}/g)].map((m) => Number(m[1] ?? m[2])).filter((n) => n > 0);
}
