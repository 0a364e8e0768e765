import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { protocolOf } from '../../parser/directives.js';
import { args } from '../model.js';
import { firstAt } from './util.js';
import { parseSize } from '../../parser/values.js';

/**
 * How a directive declares a shared memory zone: the argument that names it and gives its size, the
 * use nginx tags the zone with (two uses of one name are refused), and, for a use that takes a zone
 * once, what nginx says of a second declaration. Other uses (an upstream's `zone`, ssl_session_cache)
 * may share a zone, of one size.
 */
interface Use {
  /**
   * The arguments naming zones: `zone=` / `keys_zone=` + `name:size`, `shared:name:size`, or `zone
   * name [size]`; size in bytes (parseSize()), 0 when none is given, undefined when nginx reads none.
   */
  zones(a: readonly string[]): { name: string; size: number | undefined; arg: number }[];
  /** For a use that declares a zone once: nginx's words for the second declaration. */
  once?: (name: string, first: Directive) => string;
}

/** `zone=name:size` (or `keys_zone=`): the first argument with that prefix. */
const keyed = (prefix: string) => (a: readonly string[]) => {
  const i = a.findIndex((x) => x.startsWith(prefix));
  if (i < 0) return [];
  const v = a[i].slice(prefix.length);
  const colon = v.indexOf(':');
  return colon > 0 ? [{ name: v.slice(0, colon), size: parseSize(v.slice(colon + 1)), arg: i }] : [];
};

const boundToKey = (directive: string) => (name: string, first: Directive) => `${directive} "${name}" is already bound to key "${args(first)[0] ?? ''}"`;

/** By directive name; the use is further told apart by protocol (stream's modules are others than http's). */
const USES: Record<string, Use> = {
  limit_req_zone: { zones: keyed('zone='), once: boundToKey('limit_req_zone') },
  limit_conn_zone: { zones: keyed('zone='), once: boundToKey('limit_conn_zone') },
  proxy_cache_path: { zones: keyed('keys_zone='), once: (name) => `duplicate zone "${name}"` },
  fastcgi_cache_path: { zones: keyed('keys_zone='), once: (name) => `duplicate zone "${name}"` },
  uwsgi_cache_path: { zones: keyed('keys_zone='), once: (name) => `duplicate zone "${name}"` },
  scgi_cache_path: { zones: keyed('keys_zone='), once: (name) => `duplicate zone "${name}"` },
  // an upstream's zone: `zone name [size]`; several upstreams may share one
  zone: { zones: (a) => (a[0] ? [{ name: a[0], size: a[1] === undefined ? 0 : parseSize(a[1]), arg: 0 }] : []) },
  // ssl_session_cache shared:name:size (besides builtin, none, off); servers may share one
  ssl_session_cache: {
    zones: (a) =>
      a.flatMap((v, arg) => {
        if (!v.startsWith('shared:')) return [];
        const colon = v.indexOf(':', 7);
        return colon > 7 ? [{ name: v.slice(7, colon), size: parseSize(v.slice(colon + 1)), arg }] : [];
      }),
  },
};

export const rule: Rule = {
  id: 'duplicate-zone',
  severity: 'error',
  refusal: true,
  description: 'A shared memory zone declared twice where nginx takes it once (limit_req_zone, limit_conn_zone, a cache path\'s keys_zone), for two uses, or with two sizes: nginx refuses the configuration.',
  source: 'nginx: ngx_shared_memory_add in src/core/ngx_cycle.c ("already declared for a different use", "conflicts with already declared size"), ngx_http_limit_req_zone / ngx_http_limit_conn_zone ("is already bound to key"), ngx_http_file_cache_set_slot ("duplicate zone")',
  create({ report }) {
    /** Zones declared so far, by name (nginx keeps one list for the whole configuration, every protocol). */
    const zones = new Map<string, { use: string; size: number | undefined; d: Directive }>();
    const declare: Listener = (d, at, file) => {
      const use = USES[d.directive];
      const tag = `${protocolOf(at.ctx)} ${d.directive}`;
      for (const z of use.zones(args(d))) {
        const first = zones.get(z.name);
        if (!first) {
          zones.set(z.name, { use: tag, size: z.size, d });
          continue;
        }
        const where = firstAt(first.d, d).trimStart();
        if (first.use !== tag) report(d, file, `the shared memory zone "${z.name}" is already declared for a different use, by ${first.d.directive} ${where}: nginx refuses the configuration; give each its own zone`, z.arg);
        else if (first.size && z.size && first.size !== z.size) report(d, file, `the size ${z.size} of shared memory zone "${z.name}" conflicts with already declared size ${first.size} ${where}: nginx refuses the configuration`, z.arg);
        else if (use.once) report(d, file, `${use.once(z.name, first.d)} ${where}: nginx refuses the configuration; name this zone otherwise`, z.arg);
        else if (!first.size) first.size = z.size; // nginx: a zone declared without a size takes the next one's
      }
    };
    return {
      on: {
        'limit_req_zone@http': declare,
        'limit_conn_zone@http': declare,
        'limit_conn_zone@stream': declare,
        'proxy_cache_path@http': declare,
        'fastcgi_cache_path@http': declare,
        'uwsgi_cache_path@http': declare,
        'scgi_cache_path@http': declare,
        'zone@http>upstream': declare,
        'zone@stream>upstream': declare,
        ssl_session_cache: declare,
      },
    };
  },
};
