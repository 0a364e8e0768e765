/**
 * The semantic diff: matched blocks are compared directive by directive; order counts only where
 * nginx says it does (regex locations and `if` blocks among themselves, `rewrite`, `allow`/`deny`,
 * `return`; arguments always keep their order, so `try_files` order counts).
 */
import { diffArrays } from 'diff';
import { sameArgs as same, sameNodes, type PNode } from './model.js';
import { identity, matchBlocks, orderMatters } from './identity.js';

export type Action = 'add' | 'remove' | 'change';

export interface Change {
  action: Action;
  /** Human-readable identities from the top: `["http", "server api.example.com:443", "location /api/"]`;
   * for a block added or removed as a whole, the last one is the block's own. */
  path: string[];
  directive: string;
  /** The arguments of an added or removed directive (for a block: its identity arguments). */
  args?: string[];
  before: string[] | null;
  after: string[] | null;
  /** Where it is written: the head's file and line (the base's for a removal). */
  file: string;
  line: number;
  /** For a change inside an included file: every place (path joined by " > ") that includes it. */
  affects?: string[];
  /** Removes a server, listen, location or upstream, or makes `/` answer with a return or deny. */
  destructive: boolean;
  /** What it does to traffic, in a reviewer's words (traffic shares, rates, TLS...). */
  impact?: string;
  /** True for a block (added or removed as a whole). */
  block?: boolean;
  /** File of the block the change sits in, to tell changes made through an include. */
  ownerFile?: string;
}

/** Directives whose sequence counts (first match wins or applied in order). */
const ORDERED_GROUPS: Record<string, string> = { rewrite: 'rewrite', allow: 'access', deny: 'access', return: 'return', break: 'rewrite' };

/** Directives that can repeat, told apart by their first argument. */
const KEYED = new Set([
  'proxy_set_header', 'grpc_set_header', 'add_header', 'add_trailer', 'fastcgi_param', 'uwsgi_param', 'scgi_param',
  'set', 'sub_filter', 'proxy_hide_header', 'proxy_pass_header', 'more_set_headers', 'more_clear_headers', 'env', 'error_page',
]);

const DESTRUCTIVE_BLOCKS = new Set(['server', 'location', 'upstream', 'http', 'stream']);

/** Directives that can repeat, told apart by the zone (or path, or name) they declare or use. */
const ZONE_KEYED: Record<string, (a: string[]) => string | undefined> = {
  limit_req_zone: (a) => a.find((x) => x.startsWith('zone='))?.split(':')[0],
  limit_conn_zone: (a) => a.find((x) => x.startsWith('zone='))?.split(':')[0],
  limit_req: (a) => a.find((x) => x.startsWith('zone=')),
  limit_conn: (a) => a[0],
  log_format: (a) => a[0],
  proxy_cache_path: (a) => a[0],
  fastcgi_cache_path: (a) => a[0],
  listen: (a) => a[0],
};

/** The key a simple directive is matched by within its block. */
function simpleKey(n: PNode, inUpstream: boolean): string {
  if (n.entry) return `entry|${n.name}`;
  if (inUpstream && n.name === 'server') return `server|${n.args[0]}`;
  const z = Object.hasOwn(ZONE_KEYED, n.name) ? ZONE_KEYED[n.name](n.args) : undefined;
  if (z !== undefined) return `${n.name}|${z}`;
  if (KEYED.has(n.name)) return `${n.name}|${n.name === 'error_page' ? n.args.slice(0, -1).join(' ') : (n.args[0] ?? '').toLowerCase()}`;
  return n.name;
}


/**
 * Diffs two plan trees.
 * @returns the changes in tree order (base removals before head additions within a block)
 */
export function diffTrees(base: PNode[], head: PNode[]): Change[] {
  const out: Change[] = [];
  diffBlock(base, head, [], '', out);
  return out;
}

function diffBlock(base: PNode[], head: PNode[], path: string[], ownerFile: string, out: Change[]): void {
  if (sameNodes(base, head)) return;
  const inUpstream = path.length > 0 && path[path.length - 1].startsWith('upstream ');
  const blocksB = base.filter((n) => n.children);
  const blocksH = head.filter((n) => n.children);
  const simpleB = base.filter((n) => !n.children);
  const simpleH = head.filter((n) => !n.children);

  // --- simple directives
  const group = (list: PNode[]) => {
    const m = new Map<string, PNode[]>();
    for (const n of list) {
      const k = Object.hasOwn(ORDERED_GROUPS, n.name) ? `ordered|${ORDERED_GROUPS[n.name]}` : simpleKey(n, inUpstream);
      const l = m.get(k);
      if (l) l.push(n);
      else m.set(k, [n]);
    }
    return m;
  };
  const gb = group(simpleB);
  const gh = group(simpleH);
  for (const k of new Set([...gb.keys(), ...gh.keys()])) {
    const b = gb.get(k) ?? [];
    const h = gh.get(k) ?? [];
    if (k.startsWith('ordered|')) {
      const text = (n: PNode) => [n.name, ...n.args].join('\u0000');
      let bi = 0;
      let hi = 0;
      const parts = diffArrays(b.map(text), h.map(text));
      for (let pi = 0; pi < parts.length; pi++) {
        const part = parts[pi];
        const nodes = part.removed ? b.slice(bi, bi + part.count!) : h.slice(hi, hi + part.count!);
        if (part.removed && parts[pi + 1]?.added) {
          // lines rewritten in place (removed right where others were added): the same directive
          // at the same position is a change of its arguments, not a removal and an addition
          const next = h.slice(hi, hi + parts[pi + 1].count!);
          let k = 0;
          while (k < nodes.length && k < next.length && nodes[k].name === next[k].name) {
            out.push(change('change', path, next[k], ownerFile, nodes[k].args, next[k].args));
            k++;
          }
          for (const n of nodes.slice(k)) out.push(change('remove', path, n, ownerFile, n.args, null));
          for (const n of next.slice(k)) out.push(change('add', path, n, ownerFile, null, n.args));
          bi += part.count!;
          hi += parts[pi + 1].count!;
          pi++;
          continue;
        }
        if (part.removed) for (const n of nodes) out.push(change('remove', path, n, ownerFile, n.args, null));
        else if (part.added) for (const n of nodes) out.push(change('add', path, n, ownerFile, null, n.args));
        if (!part.added) bi += part.count!;
        if (!part.removed) hi += part.count!;
      }
      continue;
    }
    if (b.length === 1 && h.length === 1) {
      if (!same(b[0].args, h[0].args)) out.push(change('change', path, h[0], ownerFile, b[0].args, h[0].args));
      continue;
    }
    // Repeated directives: a multiset of argument lists.
    const left = [...b];
    const added: PNode[] = [];
    for (const n of h) {
      const i = left.findIndex((x) => same(x.args, n.args));
      if (i >= 0) left.splice(i, 1);
      else added.push(n);
    }
    for (const n of left) out.push(change('remove', path, n, ownerFile, n.args, null));
    for (const n of added) out.push(change('add', path, n, ownerFile, null, n.args));
  }

  // --- blocks
  const { pairs, removed, added } = matchBlocks(blocksB, blocksH);
  // A block added or removed as a whole: its path ends with its own identity.
  for (const n of removed) out.push({ ...change('remove', [...path, identity(n).label], n, ownerFile, n.args, null), block: true, destructive: DESTRUCTIVE_BLOCKS.has(n.name) });
  for (const n of added) out.push({ ...change('add', [...path, identity(n).label], n, ownerFile, null, n.args), block: true });
  for (const [b, h] of pairs) if (b !== h && !sameNodes(b.children!, h.children!)) diffBlock(b.children!, h.children!, [...path, identity(h).label], h.file, out);

  // Order of regex locations and ifs among themselves.
  const ordered = pairs.filter(([b]) => orderMatters(b));
  const baseOrder = ordered.map(([b]) => b).sort((x, y) => blocksB.indexOf(x) - blocksB.indexOf(y)).map((x) => identity(x).label);
  const headOrder = ordered.map(([, h]) => h).sort((x, y) => blocksH.indexOf(x) - blocksH.indexOf(y)).map((x) => identity(x).label);
  if (!same(baseOrder, headOrder)) {
    const first = ordered.map(([, h]) => h).sort((x, y) => blocksH.indexOf(x) - blocksH.indexOf(y))[0];
    out.push({ action: 'change', path, directive: 'order', before: baseOrder, after: headOrder, file: first.file, line: first.line, destructive: false, impact: 'regex locations and if blocks are tried in order: the first match now differs', ownerFile });
  }
}

function change(action: Action, path: string[], n: PNode, ownerFile: string, before: string[] | null, after: string[] | null): Change {
  const c: Change = { action, path, directive: n.name, before, after, file: n.file, line: n.line, destructive: false, ownerFile };
  if (action !== 'change') c.args = n.args;
  return c;
}
