/** Helpers several rules share. */
import { childrenNamed, headerName, inherited, type LintModel, type LNode } from '../model.js';

/** Every http `location` (and `if` inside one) that proxies with proxy_pass, with that proxy_pass. */
export function proxiedLocations(model: LintModel): readonly { block: LNode; pass: LNode }[] {
  let out = PROXIED.get(model);
  if (!out) {
    out = [];
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.ctx.startsWith('http>') && n.parent) out.push({ block: n.parent, pass: n });
    }
    PROXIED.set(model, out);
  }
  return out;
}

/** proxiedLocations() per model (several rules ask). */
const PROXIED = new WeakMap<LintModel, { block: LNode; pass: LNode }[]>();

/** Variables whose value comes from the request (the client controls them). */
export const REQUEST_VARS = /\$(\{)?(http_\w+|arg_\w+|cookie_\w+|args|query_string|request_uri|uri|document_uri|request|request_body|host|\d)\b/i;

/** Variables that can carry CR or LF after decoding (nginx decodes %0d%0a in $uri). */
export const CRLF_VARS = /\$(\{)?(uri|document_uri|request_body)\b/;

/** True for a server that serves TLS: a `listen ... ssl` or `listen ... quic`. */
export function isTlsServer(server: LNode): boolean {
  return childrenNamed(server, 'listen').some((l) => l.args.slice(1).some((a) => a === 'ssl' || a === 'quic'));
}

/** Listen sockets of a server as `addr:port` (defaults: *:80, *:443 with ssl is still the given port). */
export function listenSockets(server: LNode): { socket: string; node: LNode; isDefault: boolean }[] {
  const listens = childrenNamed(server, 'listen');
  if (!listens.length) return [];
  return listens.map((l) => {
    let a = l.args[0] ?? '';
    if (/^\d+$/.test(a)) a = `*:${a}`;
    else if (!a.startsWith('unix:') && !/:\d+$/.test(a)) a = `${a}:80`;
    return { socket: a, node: l, isDefault: l.args.includes('default_server') || l.args.includes('default') };
  });
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

/** True for an IPv4/IPv6 literal (with optional port). */
export function isIpLiteral(host: string): boolean {
  return /^\d+\.\d+\.\d+\.\d+(:\d+)?$/.test(host) || /^\[[0-9a-f:.]+\](:\d+)?$/i.test(host);
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

/**
 * nginx's inheritance trap for array directives (add_header, proxy_set_header): for every http block
 * that sets `name` itself, the enclosing level's settings it silently drops.
 * @param keep which dropped settings matter (default: all)
 * @returns per block: its first own directive (where to report), the dropped header names, the level they come from
 */
export function droppedByRedefinition(model: LintModel, name: string, keep: (n: LNode) => boolean = () => true): { at: LNode; block: LNode; dropped: string[]; from: LNode; fromLine: number }[] {
  const out: { at: LNode; block: LNode; dropped: string[]; from: LNode; fromLine: number }[] = [];
  for (let i = 0, list = model.httpBlocks; i < list.length; i++) {
    const block = list[i];
    if (!block.parent) continue;
    const own = childrenNamed(block, name);
    if (!own.length) continue;
    const outer = inherited(block.parent, name);
    if (!outer.nodes.length) continue;
    const mine = new Set(own.map(headerName));
    const dropped = [...new Set(outer.nodes.filter((n) => keep(n) && !mine.has(headerName(n))).map((n) => n.args[0]))];
    if (dropped.length) out.push({ at: own[0], block, dropped, from: outer.from!, fromLine: outer.nodes[0].d.line });
  }
  return out;
}
