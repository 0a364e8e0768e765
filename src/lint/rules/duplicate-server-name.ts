import type { Rule } from '../rule.js';
import { wildcardValid } from './invalid-server-name.js';
import { hashedNameListeners } from './util.js';

/**
 * The server name hash of one listen socket, as nginx fills it: exact names, `*.x` / `.x` wildcards
 * (by `x`) and `x.*` wildcards (by `x`). `.x` takes both `x` and `*.x`.
 * nginx: ngx_hash_add_key with NGX_HASH_WILDCARD_KEY in src/core/ngx_hash.c (NGX_BUSY on a conflict).
 */
class NameHash {
  private readonly exact = new Set<string>();
  private readonly head = new Set<string>();
  private readonly tail = new Set<string>();

  /** Adds a name (valid for the hash: wildcardValid()); false when it conflicts with one added before (nginx ignores it). */
  add(name: string): boolean {
    const n = name.toLowerCase();
    if (n.length > 1 && n[0] === '.') {
      // checked against the exact names first, then the head wildcards (the exact one stays taken)
      const x = n.slice(1);
      if (!take(this.exact, x)) return false;
      return take(this.head, x);
    }
    if (n.length > 2 && n[0] === '*' && n[1] === '.') return take(this.head, n.slice(2));
    if (n.length > 2 && n.endsWith('.*')) return take(this.tail, n.slice(0, -2));
    return take(this.exact, n);
  }
}

/** Adds `key` to `set`; false when it was there. */
function take(set: Set<string>, key: string): boolean {
  if (set.has(key)) return false;
  set.add(key);
  return true;
}

export const rule: Rule = {
  id: 'duplicate-server-name',
  severity: 'warning',
  nginxWarns: true,
  description: 'A server name given twice on one listen socket (in two servers, or once more in one): nginx warns "conflicting server name" and ignores the later one, so requests for it never reach that server.',
  source: 'nginx: ngx_http_server_names in src/http/ngx_http.c ("conflicting server name ... on ..., ignored") and ngx_hash_add_key in src/core/ngx_hash.c (".example.com" takes "example.com" and "*.example.com")',
  create(ctx) {
    return hashedNameListeners(ctx, (socket) => {
      const hash = new NameHash();
      // an invalid name is nginx's error before any conflict: rule invalid-server-name
      return (name) =>
        !wildcardValid(name) || hash.add(name)
          ? undefined
          : `conflicting server name "${name.toLowerCase()}" on ${socket}, ignored: an earlier server_name on this socket already takes it, so its requests never reach this server; remove one of them`;
    });
  },
};
