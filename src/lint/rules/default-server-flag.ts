import type { Rule } from '../rule.js';
import type { LNode } from '../model.js';
import { listenSockets } from './util.js';

export const rule: Rule = {
  id: 'default-server-flag',
  severity: 'warning',
  description: 'Several servers share a listen socket and none is default_server: the first one loaded answers unknown hosts.',
  source: 'gixy default_server_flag; nginx docs: "How nginx processes a request" (the default server is the first one unless default_server is set)',
  scope: 'main',
  check({ model, report }) {
    const bySocket = new Map<string, { server: LNode; node: LNode; isDefault: boolean }[]>();
    for (let i = 0, list = model.byName.get('server') ?? []; i < list.length; i++) {
      const s = list[i];
      if (s.ctx !== 'http' || !s.hasBlock) continue;
      for (let j = 0, inner = listenSockets(s); j < inner.length; j++) {
        const l = inner[j];
        let arr = bySocket.get(l.socket);
        if (!arr) bySocket.set(l.socket, (arr = []));
        arr.push({ server: s, node: l.node, isDefault: l.isDefault });
      }
    }
    for (const [socket, list] of bySocket) {
      if (new Set(list.map((x) => x.server)).size < 2 || list.some((x) => x.isDefault)) continue;
      report(list[0].node, `${list.length} servers listen on ${socket} and none is default_server: requests for unknown hosts go to the first one loaded; mark one "listen ${socket.replace(/^\*:/, '')} default_server"`, 0);
    }
  },
};
