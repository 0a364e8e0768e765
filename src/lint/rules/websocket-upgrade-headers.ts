import type { Rule } from '../rule.js';
import { args, effectiveIn, fileIn, headerNames, inherited } from '../model.js';
import { PROXIED } from './util.js';

const UPGRADE = /upgrade/i;

export const rule: Rule = {
  id: 'websocket-upgrade-headers',
  severity: 'warning',
  description: 'A WebSocket proxy with Upgrade but no Connection header, or either without proxy_http_version 1.1: the handshake fails.',
  source: 'nginx docs: "WebSocket proxying" (proxy_http_version 1.1; Upgrade $http_upgrade; Connection "upgrade")',
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          const inh = inherited(block, 'proxy_set_header');
          const { nodes: headers, from } = inh;
          const names = headerNames(block, inh);
          let upgrade = -1;
          let connection = -1;
          for (let i = 0; i < names.length; i++) {
            if (upgrade < 0 && names[i] === 'upgrade') upgrade = i;
            else if (connection < 0 && names[i] === 'connection' && UPGRADE.test(args(headers[i])[1] ?? '')) connection = i;
          }
          if (upgrade < 0 && connection < 0) return;
          if (connection < 0) report(headers[upgrade], fileIn(from!, headers[upgrade]), 'Upgrade is forwarded without Connection: add proxy_set_header Connection $connection_upgrade (or "upgrade")');
          else if (upgrade < 0) report(headers[connection], fileIn(from!, headers[connection]), 'Connection "upgrade" is sent without an Upgrade header: add proxy_set_header Upgrade $http_upgrade');
          const ver = effectiveIn(block, 'proxy_http_version');
          if (!ver || args(ver.d)[0] !== '1.1') report(ver?.d ?? pass, ver?.file ?? file, 'WebSocket needs HTTP/1.1 to the backend: add "proxy_http_version 1.1;"');
        },
      },
    };
  },
};
