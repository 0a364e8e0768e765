import type { Rule } from '../rule.js';
import { effective, headerName, inherited } from '../model.js';
import { proxiedLocations } from './util.js';

export const rule: Rule = {
  id: 'websocket-upgrade-headers',
  severity: 'warning',
  description: 'A WebSocket proxy with Upgrade but no Connection header, or either without proxy_http_version 1.1: the handshake fails.',
  source: 'nginx docs: "WebSocket proxying" (proxy_http_version 1.1; Upgrade $http_upgrade; Connection "upgrade")',
  check({ model, report }) {
    for (let i = 0, list = proxiedLocations(model); i < list.length; i++) {
      const { block, pass } = list[i];
      const headers = inherited(block, 'proxy_set_header').nodes;
      const upgrade = headers.find((h) => headerName(h) === 'upgrade');
      const connection = headers.find((h) => headerName(h) === 'connection' && /upgrade/i.test(h.args[1] ?? ''));
      if (!upgrade && !connection) continue;
      if (upgrade && !connection) report(upgrade, 'Upgrade is forwarded without Connection: add proxy_set_header Connection $connection_upgrade (or "upgrade")');
      else if (connection && !upgrade) report(connection, 'Connection "upgrade" is sent without an Upgrade header: add proxy_set_header Upgrade $http_upgrade');
      const ver = effective(block, 'proxy_http_version');
      if (!ver || ver.args[0] !== '1.1') report(ver ?? pass, 'WebSocket needs HTTP/1.1 to the backend: add "proxy_http_version 1.1;"');
    }
  },
};
