/**
 * Impact notes - the facts a reviewer would otherwise work out by hand - and the marks that make a
 * change destructive; then the blast radius (one change per written line, with everything it
 * affects) and redaction of secrets.
 */
import type { Change } from './diff.js';
import { identity } from './identity.js';
import type { PNode } from './model.js';

/** The block at `path` (labels from identity()), or undefined. */
export function findBlock(tree: PNode[], path: string[]): PNode | undefined {
  let list = tree;
  let found: PNode | undefined;
  for (const label of path) {
    found = list.find((n) => n.children && identity(n).label === label);
    if (!found) return undefined;
    list = found.children!;
  }
  return found;
}

/**
 * Traffic shares of an upstream's servers by weight (nginx: ngx_http_upstream_init_round_robin;
 * `backup` and `down` servers get no share while the others are up).
 * @returns address -> share in [0, 1]
 */
export function shares(upstream: PNode | undefined): Map<string, number> {
  const m = new Map<string, number>();
  if (!upstream) return m;
  const servers = (upstream.children ?? []).filter((n) => n.name === 'server' && !n.args.includes('backup') && !n.args.includes('down'));
  const weight = (n: PNode) => Number(/^weight=(\d+)$/.exec(n.args.find((a) => a.startsWith('weight=')) ?? '')?.[1] ?? 1);
  const total = servers.reduce((s, n) => s + weight(n), 0);
  for (const n of servers) m.set(n.args[0], total ? weight(n) / total : 0);
  return m;
}

const pct = (x: number | undefined) => `${Math.round((x ?? 0) * 100)}%`;
const param = (args: string[] | null, name: string) => args?.find((a) => a.startsWith(name + '='))?.slice(name.length + 1);

/** Adds impact notes and destructive marks to `changes`, reading upstreams from both trees. */
export function addImpact(changes: Change[], base: PNode[], head: PNode[]): void {
  const sharesNoted = new Set<string>();
  for (const c of changes) {
    const last = (c.block ? c.path[c.path.length - 2] : c.path[c.path.length - 1]) ?? '';
    if (last.startsWith('upstream ') && c.directive === 'server') {
      // The shares of the whole upstream, noted once (on its first server change).
      const where = c.path.join(' > ');
      if (sharesNoted.has(where)) continue;
      sharesNoted.add(where);
      const b = shares(findBlock(base, c.path));
      const h = shares(findBlock(head, c.path));
      const moved = [...new Set([...b.keys(), ...h.keys()])].filter((a) => pct(b.get(a)) !== pct(h.get(a)));
      if (moved.length) c.impact = 'traffic: ' + moved.map((a) => `${a.replace(/:\d+$/, '')} ${pct(b.get(a))} -> ${pct(h.get(a))}`).join(', ');
    } else if (c.directive === 'limit_req_zone' || c.directive === 'limit_req') {
      const notes: string[] = [];
      for (const p of ['rate', 'burst']) {
        const x = param(c.before, p);
        const y = param(c.after, p);
        if (x !== y) notes.push(`${p} ${x ?? (p === 'burst' ? '0' : '-')} -> ${y ?? (p === 'burst' ? '0' : '-')}`);
      }
      const nd = (a: string[] | null) => (a?.includes('nodelay') ? 'nodelay' : 'delayed');
      if (c.before && c.after && nd(c.before) !== nd(c.after)) notes.push(`${nd(c.before)} -> ${nd(c.after)}`);
      if (notes.length) c.impact = notes.join(', ');
    } else if (c.directive === 'ssl_protocols') {
      const dropped = (c.before ?? []).filter((p) => !(c.after ?? []).includes(p));
      c.impact = `TLS protocols ${(c.before ?? []).join(' ') || '(default)'} -> ${(c.after ?? []).join(' ') || '(default)'}` + (dropped.length ? `: ${dropped.join(', ')} clients are refused` : '');
    } else if (c.directive === 'ssl_certificate' || c.directive === 'ssl_certificate_key') {
      c.impact = `${c.directive === 'ssl_certificate' ? 'certificate' : 'certificate key'} ${c.before?.[0] ?? '(none)'} -> ${c.after?.[0] ?? '(none)'}`;
    } else if (c.directive === 'listen' && c.action === 'remove') {
      c.destructive = true;
      c.impact = `stops listening on ${c.args?.[0]}`;
    } else if (c.block && c.action === 'remove' && c.destructive) {
      c.impact = `${c.directive} removed: its traffic is answered elsewhere or not at all`;
    }
    // A return or deny that now answers at `/` (the whole server, or location /).
    const atRoot = last.startsWith('server ') || last === 'location /' || last === 'location = /';
    if (atRoot && c.action !== 'remove' && (c.directive === 'return' || (c.directive === 'deny' && c.after?.[0] === 'all'))) {
      // a return that already answered at / and keeps its status class (200 -> 200 with another
      // body) changes what / says, not whether it is served
      const cls = (args: string[] | null | undefined) => (/^\d{3}$/.test(args?.[0] ?? '') ? args![0][0] : '3');
      c.destructive = !(c.action === 'change' && c.directive === 'return' && cls(c.before) === cls(c.after));
      c.impact = c.directive === 'return' ? `every request at / now gets ${c.after?.join(' ')}` : 'every request at / is now denied (403)';
    }
  }
}

/**
 * The blast radius: changes written on the same line of the same file (an included snippet) are one
 * change, whose `affects` lists every path that includes it; a change made through an include that
 * reaches one place keeps that place in `affects` too.
 */
export function groupByLine(changes: Change[]): Change[] {
  const out: Change[] = [];
  const seen = new Map<string, Change>();
  for (const c of changes) {
    const where = c.path.join(' > ');
    const viaInclude = c.ownerFile !== undefined && c.ownerFile !== '' && c.ownerFile !== c.file;
    const k = JSON.stringify([c.action, c.directive, c.file, c.line, c.before, c.after]);
    const prev = seen.get(k);
    if (prev) {
      prev.affects = [...(prev.affects ?? [prev.path.join(' > ')]), where];
      continue;
    }
    const copy: Change = { ...c };
    if (viaInclude) copy.affects = [where];
    delete copy.ownerFile;
    seen.set(k, copy);
    out.push(copy);
  }
  for (const c of out) if (c.affects && c.affects.length > 1) c.affects = [...new Set(c.affects)];
  return out;
}

/** Header names and variables whose values are secrets. */
const SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$|token|secret|passw|api[-_]?key|credential/i;
const HEADER_DIRECTIVES = new Set(['proxy_set_header', 'grpc_set_header', 'add_header', 'fastcgi_param', 'uwsgi_param', 'scgi_param', 'set']);
/**
 * Directives whose arguments hold a secret literally (nginx: ngx_http_secure_link_module). Names
 * alone do not say it: server_tokens and proxy_cache_key hold none.
 */
const SECRET_DIRECTIVES = new Set(['secure_link_secret', 'secure_link_md5']);
export const REDACTED = '(redacted)';

/** Arguments with secret values replaced by `(redacted)` (auth headers, passwords, keys, tokens). */
export function redactArgs(directive: string, args: string[] | null | undefined): string[] | null | undefined {
  if (!args) return args;
  if (HEADER_DIRECTIVES.has(directive) && args.length > 1 && SECRET_NAME.test(args[0].replace(/^\$/, ''))) return [args[0], ...args.slice(1).map(() => REDACTED)];
  if (directive === 'more_set_headers') return args.map((a) => (SECRET_NAME.test(a.split(':')[0].replace(/^['"]?[-+]?/, '')) ? `${a.split(':')[0]}: ${REDACTED}` : a));
  if (SECRET_DIRECTIVES.has(directive)) return args.map(() => REDACTED);
  return args;
}

/** `redactArgs` applied to every argument list of a change. */
export function redactChange(c: Change): Change {
  return { ...c, args: redactArgs(c.directive, c.args) ?? undefined, before: redactArgs(c.directive, c.before) ?? null, after: redactArgs(c.directive, c.after) ?? null };
}
