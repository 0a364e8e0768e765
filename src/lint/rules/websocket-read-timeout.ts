import type { Rule } from '../rule.js';
import { effective, headerName, inherited, parseTime } from '../model.js';
import { proxiedLocations } from './util.js';

export const rule: Rule = {
  id: 'websocket-read-timeout',
  severity: 'warning',
  description: 'A WebSocket location left at the 60 s default proxy_read_timeout: idle sockets are cut after a minute.',
  source: 'nginx docs: "WebSocket proxying" ("By default, the connection will be closed if the proxied server does not transmit any data within 60 seconds")',
  check({ model, report }) {
    for (let i = 0, list = proxiedLocations(model); i < list.length; i++) {
      const { block, pass } = list[i];
      if (!inherited(block, 'proxy_set_header').nodes.some((h) => headerName(h) === 'upgrade')) continue;
      const t = effective(block, 'proxy_read_timeout');
      const secs = parseTime(t?.args[0]) ?? 60;
      if (secs <= 60) report(t ?? pass, `WebSocket connections idle for ${secs} s are closed (proxy_read_timeout ${t ? t.args[0] : 'default 60s'}): raise it, e.g. "proxy_read_timeout 3600s;"`);
    }
  },
};
