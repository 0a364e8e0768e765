import type { Rule } from '../rule.js';
import { hashedNameListeners } from './util.js';

/**
 * True when nginx's server name hash takes `name`: at most one `*`, no `..`, and a `*` only as
 * `*.example.com` or `www.example.*` (a leading dot, `.example.com`, is a wildcard of its own).
 * nginx: ngx_hash_add_key with NGX_HASH_WILDCARD_KEY in src/core/ngx_hash.c.
 */
export function wildcardValid(name: string): boolean {
  let stars = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === '*' && ++stars > 1) return false;
    if (name[i] === '.' && name[i + 1] === '.') return false;
  }
  if (name.length > 1 && name[0] === '.') return true;
  if (name.length > 2 && ((name[0] === '*' && name[1] === '.') || name.endsWith('.*'))) return true;
  return stars === 0;
}

export const rule: Rule = {
  id: 'invalid-server-name',
  severity: 'error',
  refusal: true,
  description: 'A server_name wildcard nginx cannot hash ("www.*.com", "*.example.*", "a*", a name with ".."), on a listen socket several servers share (or whose default server has a regex name with captures): nginx refuses the configuration.',
  source: 'nginx: ngx_http_server_names in src/http/ngx_http.c ("invalid server name or wildcard ... on ...", checked for an address with more than one server or a default server with regex captures), ngx_http_core_server_name in src/http/ngx_http_core_module.c (captures) and ngx_hash_add_key in src/core/ngx_hash.c',
  create(ctx) {
    return hashedNameListeners(ctx, (socket) => (name) =>
      wildcardValid(name) ? undefined : `invalid server name or wildcard "${name.toLowerCase()}" on ${socket}: nginx refuses the configuration; a wildcard is "*.example.com", ".example.com" or "www.example.*"`,
    );
  },
};
