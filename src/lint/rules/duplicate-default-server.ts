import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { listenSockets, type Block } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-default-server',
  severity: 'error',
  refusal: true,
  description: 'Two servers mark the same listen socket default_server: nginx refuses the configuration.',
  source: 'nginx: ngx_http_add_addresses in src/http/ngx_http.c ("a duplicate default server for ...")',
  create({ report }) {
    /** Per http block and socket: the first server that marks it default, and where. */
    const defaults = new Map<Block, Map<string, { server: Block; node: Directive }>>();
    return {
      on: {
        'server@http'(_d, at, _file, s) {
          if (!s) return;
          // the sockets default-server-flag has just asked for (listenSockets keeps its last answer)
          for (const l of listenSockets(s)) {
            if (!l.isDefault) continue;
            let bySocket = defaults.get(at);
            if (!bySocket) defaults.set(at, (bySocket = new Map()));
            const first = bySocket.get(l.socket);
            if (!first) bySocket.set(l.socket, { server: s, node: l.node });
            else if (first.server !== s) report(l.node, l.file, `a duplicate default server for ${l.socket} (the first is at line ${first.node.line}): nginx refuses the configuration; keep default_server on one of them`, 0);
          }
        },
      },
    };
  },
};
