/**
 * Which block in the base is which block in the head: identities by what nginx selects them by,
 * not by position.
 */
import { sameArgs, sameNodes, type PNode } from './model.js';

/** Blocks whose relative order changes what nginx does (first match wins). */
export function orderMatters(n: PNode): boolean {
  if (n.name === 'if') return true;
  return n.name === 'location' && (n.args[0] === '~' || n.args[0] === '~*');
}

/** The `port` of a listen argument (`80`, `10.0.0.5:443`, `[::]:443`, `unix:...`), nginx's default 80. */
export function listenPort(arg: string): string {
  if (arg.startsWith('unix:')) return arg;
  if (/^\d+$/.test(arg)) return arg;
  const m = /:(\d+)$/.exec(arg);
  return m ? m[1] : '80';
}

/** A `server` block's listen set (address:port, parameters dropped) and server_name set. */
export function serverSets(n: PNode): { listens: string[]; names: string[] } {
  const listens = new Set<string>();
  const names = new Set<string>();
  for (const c of n.children ?? []) {
    if (c.name === 'listen') listens.add(c.args[0]);
    else if (c.name === 'server_name') for (const a of c.args) names.add(a.toLowerCase());
  }
  return { listens: [...listens].sort(), names: [...names].sort() };
}

/**
 * A block's identity: `key` for matching, `label` for people (`server api.example.com:443`,
 * `location = /metrics`, `upstream app_servers`, `map $http_upgrade $connection_upgrade`).
 * - http, events, stream, mail, types: the name;
 * - server: its listen set and server_name set (label: first name and the ports);
 * - location, if, map, geo, split_clients, upstream, limit_except and the rest: name and arguments.
 */
export function identity(n: PNode): { key: string; label: string } {
  let id = IDENTITY.get(n);
  if (!id) IDENTITY.set(n, (id = computeIdentity(n)));
  return id;
}

/** identity() is asked several times per block while matching: computed once. */
const IDENTITY = new WeakMap<PNode, { key: string; label: string }>();

function computeIdentity(n: PNode): { key: string; label: string } {
  if (n.name === 'server' && n.children) {
    const { listens, names } = serverSets(n);
    const ports = [...new Set(listens.map(listenPort))].sort((a, b) => Number(a) - Number(b));
    const label = `server ${names[0] ?? '_'}${names.length > 1 ? ` (+${names.length - 1})` : ''}:${ports.join(',') || '80'}`;
    return { key: `server|${listens.join(' ')}|${names.join(' ')}`, label };
  }
  if (n.name === 'if') return { key: `if|${n.args.join(' ')}`, label: `if (${n.args.join(' ')})` };
  const label = [n.name, ...n.args].join(' ');
  return { key: `${n.name}|${n.args.join('\u0000')}`, label };
}

/** Jaccard overlap of two sets. */
function overlap(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 0;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
}

/**
 * Pairs base and head blocks: first at the same file and line, the same node or the same contents,
 * then by identical identity (in order for repeated keys), then
 * `server` blocks left over by the most shared server_names and listens (a server that gained a
 * name or a listen is the same server, changed).
 * @returns pairs (base, head) and the blocks only one side has
 */
export function matchBlocks(base: PNode[], head: PNode[]): { pairs: [PNode, PNode][]; removed: PNode[]; added: PNode[] } {
  const pairs: [PNode, PNode][] = [];
  // First the blocks written at one place (file and line): a node both sides share (a block of a
  // file both parses share, see PlanMemo), else one that says the same (a block the head parse
  // copied to resolve the includes in it). Equal contents have equal identities, so that is the
  // pair - found without computing an identity, for most blocks of a large tree with a small change.
  // (The base side never holds one node twice: planTree looks nodes up on the head side only.)
  const byPlace = new Map<string, Map<number, PNode[]>>();
  for (const b of base) {
    let f = byPlace.get(b.file);
    if (!f) byPlace.set(b.file, (f = new Map()));
    const l = f.get(b.line);
    if (l) l.push(b);
    else f.set(b.line, [b]);
  }
  const paired = new Set<PNode>();
  const rest: PNode[] = [];
  for (const h of head) {
    const l = byPlace.get(h.file)?.get(h.line);
    let i = l ? l.indexOf(h) : -1;
    if (i < 0 && l) i = l.findIndex((b) => b.name === h.name && sameArgs(b.args, h.args) && sameNodes(b.children!, h.children!));
    if (i < 0) {
      rest.push(h);
      continue;
    }
    paired.add(l![i]);
    pairs.push([l![i], h]);
    l!.splice(i, 1);
  }
  const byKey = new Map<string, PNode[]>();
  for (const b of base) {
    if (paired.has(b)) continue;
    const k = identity(b).key;
    const l = byKey.get(k);
    if (l) l.push(b);
    else byKey.set(k, [b]);
  }
  const added: PNode[] = [];
  for (const h of rest) {
    const l = byKey.get(identity(h).key);
    const b = l?.shift();
    if (b) pairs.push([b, h]);
    else added.push(h);
  }
  let removed = [...byKey.values()].flat();
  // Servers whose listen or server_name set changed.
  const left = added.filter((h) => h.name === 'server');
  for (const h of left) {
    const hs = serverSets(h);
    let best: PNode | undefined;
    let score = 0;
    for (const b of removed) {
      if (b.name !== 'server') continue;
      const bs = serverSets(b);
      const s = overlap(hs.names, bs.names) * 2 + overlap(hs.listens, bs.listens);
      if (overlap(hs.names, bs.names) > 0 && s > score) {
        best = b;
        score = s;
      }
    }
    if (best) {
      pairs.push([best, h]);
      removed = removed.filter((x) => x !== best);
      added.splice(added.indexOf(h), 1);
    }
  }
  return { pairs, removed, added };
}
