import type { Listener, Rule } from '../rule.js';
import { listenSockets, type Block, type ListenSocket } from '../model.js';

export const rule: Rule = {
  id: 'default-server-flag',
  severity: 'warning',
  description: 'Several servers share a listen socket and none is default_server: the first one loaded answers unknown hosts.',
  source: 'gixy default_server_flag, with gixy-next\'s cases (implicit listen, one socket spelled two ways, quic and stream sockets); nginx docs: "How nginx processes a request" (the default server is the first one unless default_server is set)',
  scope: 'main',
  create({ report }) {
    /** Per http or stream block, per socket: the servers listening on it. */
    const byBlock = new Map<Block, Map<string, { server: Block; l: ListenSocket }[]>>();
    const server: Listener = (_d, at, _file, s) => {
      if (!s) return;
      let bySocket = byBlock.get(at);
      if (!bySocket) byBlock.set(at, (bySocket = new Map()));
      for (const l of listenSockets(s)) {
        let arr = bySocket.get(l.socket);
        if (!arr) bySocket.set(l.socket, (arr = []));
        arr.push({ server: s, l });
      }
    };
    return {
      // mail servers have no default_server to set
      on: { 'server@http': server, 'server@stream': server },
      end() {
        for (const bySocket of byBlock.values()) {
          for (const [socket, list] of bySocket) {
            if (new Set(list.map((x) => x.server)).size < 2 || list.some((x) => x.l.isDefault)) continue;
            const { l } = list[0];
            const kind = l.socket.endsWith(' (quic)') ? ' quic' : l.socket.endsWith(' (udp)') ? ' udp' : '';
            report(l.node, l.file, `${list.length} servers listen on ${socket} and none is default_server: requests for unknown hosts go to the first one loaded; mark one "listen ${l.address}${kind} default_server"`, l.node.directive === 'listen' ? 0 : undefined);
          }
        }
      },
    };
  },
};
