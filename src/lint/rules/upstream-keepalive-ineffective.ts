import type { Rule } from '../rule.js';
import { childrenNamed, effective, headerName, inherited, urlOf } from '../model.js';

export const rule: Rule = {
  id: 'upstream-keepalive-ineffective',
  severity: 'warning',
  description: 'An upstream with keepalive proxied without proxy_http_version 1.1 and an empty Connection header: connections are closed anyway.',
  source: 'nginx docs: upstream keepalive ("proxy_http_version should be set to 1.1 and the Connection header field should be cleared")',
  check({ model, report }) {
    const withKeepalive = new Set((model.byName.get('upstream') ?? []).filter((u) => childrenNamed(u, 'keepalive').length && u.ctx === 'http').map((u) => u.args[0]));
    if (!withKeepalive.size) return;
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      const u = urlOf(n);
      if (!u || !withKeepalive.has(u.host) || !n.parent) continue;
      const ver = effective(n.parent, 'proxy_http_version');
      const conn = inherited(n.parent, 'proxy_set_header').nodes.find((h) => headerName(h) === 'connection');
      const problems: string[] = [];
      if (ver?.args[0] !== '1.1') problems.push('proxy_http_version 1.1');
      // Connection must be cleared ("") - or carry "upgrade" on a WebSocket location
      const connection = conn ? conn.args[1] ?? '' : undefined;
      if (connection === undefined || (connection !== '' && !/upgrade/i.test(connection))) problems.push('proxy_set_header Connection ""');
      if (problems.length) report(n, `upstream ${u.host} has keepalive, but this location lacks ${problems.join(' and ')}: every request opens a new backend connection`, 0);
    }
  },
};
