import type { Rule } from '../rule.js';
import { serversBySocket } from './util.js';

export const rule: Rule = {
  id: 'default-server-flag',
  severity: 'warning',
  description: 'Several servers share a listen socket and none is default_server: the first one loaded answers unknown hosts.',
  source: 'gixy default_server_flag, with gixy-next\'s cases (implicit listen, one socket spelled two ways, quic and stream sockets); nginx docs: "How nginx processes a request" (the default server is the first one unless default_server is set)',
  scope: 'main',
  create({ report, tree }) {
    const { table, add } = serversBySocket(tree);
    return {
      // mail servers have no default_server to set
      on: { 'server@http': add, 'server@stream': add },
      end() {
        for (const [socket, list] of table.sockets()) {
          if (new Set(list.map((x) => x.server)).size < 2 || list.some((x) => x.l.isDefault)) continue;
          const { l } = list[0];
          const kind = l.socket.endsWith(' (quic)') ? ' quic' : l.socket.endsWith(' (udp)') ? ' udp' : '';
          report(l.node, l.file, `${list.length} servers listen on ${socket} and none is default_server: requests for unknown hosts go to the first one loaded; mark one "listen ${l.address}${kind} default_server"`, l.node.directive === 'listen' ? 0 : undefined);
        }
      },
    };
  },
};
