import type { Rule } from '../rule.js';
import { args, effectiveIn, inheritedHeader, parseTime } from '../model.js';
import { PROXIED } from './util.js';

export const rule: Rule = {
  id: 'websocket-read-timeout',
  severity: 'warning',
  description: 'A WebSocket location left at the 60 s default proxy_read_timeout: idle sockets are cut after a minute.',
  source: 'nginx docs: "WebSocket proxying" ("By default, the connection will be closed if the proxied server does not transmit any data within 60 seconds")',
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          if (!inheritedHeader(block, 'proxy_set_header', 'upgrade')) return;
          const t = effectiveIn(block, 'proxy_read_timeout');
          const v = t ? args(t.d)[0] : undefined;
          const secs = parseTime(v) ?? 60;
          if (secs <= 60) report(t?.d ?? pass, t?.file ?? file, `WebSocket connections idle for ${secs} s are closed (proxy_read_timeout ${t ? v : 'default 60s'}): raise it, e.g. "proxy_read_timeout 3600s;"`);
        },
      },
    };
  },
};
