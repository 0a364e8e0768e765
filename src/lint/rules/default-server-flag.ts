import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { listenSockets, type Block } from '../model.js';

export const rule: Rule = {
  id: 'default-server-flag',
  severity: 'warning',
  description: 'Several servers share a listen socket and none is default_server: the first one loaded answers unknown hosts.',
  source: 'gixy default_server_flag; nginx docs: "How nginx processes a request" (the default server is the first one unless default_server is set)',
  scope: 'main',
  create({ report }) {
    const bySocket = new Map<string, { server: Block; node: Directive; file: number; isDefault: boolean }[]>();
    return {
      on: {
        server(_d, at, _file, s) {
          if (at.ctx !== 'http' || !s) return;
          for (const l of listenSockets(s)) {
            let arr = bySocket.get(l.socket);
            if (!arr) bySocket.set(l.socket, (arr = []));
            arr.push({ server: s, node: l.node, file: l.file, isDefault: l.isDefault });
          }
        },
      },
      end() {
        for (const [socket, list] of bySocket) {
          if (new Set(list.map((x) => x.server)).size < 2 || list.some((x) => x.isDefault)) continue;
          report(list[0].node, list[0].file, `${list.length} servers listen on ${socket} and none is default_server: requests for unknown hosts go to the first one loaded; mark one "listen ${socket.replace(/^\*:/, '')} default_server"`, 0);
        }
      },
    };
  },
};
