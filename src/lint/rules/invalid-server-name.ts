import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, captureGroups, listenSockets, type Block } from '../model.js';

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

/** A name the hash refuses, and the server it is written in. */
interface BadName {
  server: Block;
  d: Directive;
  file: number;
  arg: number;
}

export const rule: Rule = {
  id: 'invalid-server-name',
  severity: 'error',
  refusal: true,
  description: 'A server_name wildcard nginx cannot hash ("www.*.com", "*.example.*", "a*", a name with ".."), on a listen socket several servers share (or whose default server has a regex name with captures): nginx refuses the configuration.',
  source: 'nginx: ngx_http_server_names in src/http/ngx_http.c ("invalid server name or wildcard ... on ...", checked for an address with more than one server or a default server with regex captures), ngx_http_core_server_name in src/http/ngx_http_core_module.c (captures) and ngx_hash_add_key in src/core/ngx_hash.c',
  create({ report }) {
    /** Per http block and socket: how many servers listen there, and its default server. */
    const sockets = new Map<Block, Map<string, { servers: number; default: Block; marked: boolean }>>();
    const bad: { at: Block; name: BadName }[] = [];
    return {
      on: {
        'server@http'(_d, at, _file, s) {
          if (!s) return;
          let bySocket = sockets.get(at);
          if (!bySocket) sockets.set(at, (bySocket = new Map()));
          // (a server listening twice on one socket is nginx's "duplicate listen": rule duplicate-listen)
          for (const l of listenSockets(s)) {
            const on = bySocket.get(l.socket);
            if (!on) bySocket.set(l.socket, { servers: 1, default: s, marked: l.isDefault });
            else {
              on.servers++;
              if (l.isDefault && !on.marked) Object.assign(on, { default: s, marked: true });
            }
          }
          for (let i = 0, kids = s.kids; i < kids.length; i++) {
            if (kids[i].directive !== 'server_name') continue;
            const a = args(kids[i]);
            for (let k = 0; k < a.length; k++) {
              // regex names are compiled, not hashed; `$hostname` is the machine's name
              if (a[k].startsWith('~') || a[k] === '$hostname' || wildcardValid(a[k])) continue;
              bad.push({ at, name: { server: s, d: kids[i], file: s.fileOf(i), arg: k } });
            }
          }
        },
      },
      end() {
        for (const { at, name } of bad) {
          // nginx builds the name hash of an address with more than one server, or whose default
          // server's (last) regex name has captures
          const bySocket = sockets.get(at)!;
          const hashed = listenSockets(name.server).find((l) => {
            const on = bySocket.get(l.socket);
            return on !== undefined && (on.servers > 1 || regexCaptures(on.default));
          });
          if (!hashed) continue;
          const value = args(name.d)[name.arg].toLowerCase();
          const on = hashed.socket.startsWith('*:') ? `0.0.0.0${hashed.socket.slice(1)}` : hashed.socket;
          report(name.d, name.file, `invalid server name or wildcard "${value}" on ${on}: nginx refuses the configuration; a wildcard is "*.example.com", ".example.com" or "www.example.*"`, name.arg);
        }
      },
    };
  },
};

/**
 * True when the last regex name (`~...`) of a server has capturing groups: nginx's `captures` of the
 * server, which ngx_http_core_server_name sets from each regex name in turn.
 */
function regexCaptures(server: Block): boolean {
  let last: string | undefined;
  for (const d of server.kids) if (d.directive === 'server_name') for (const a of args(d)) if (a.startsWith('~')) last = a;
  return last !== undefined && captureGroups(last.slice(1)) > 0;
}
