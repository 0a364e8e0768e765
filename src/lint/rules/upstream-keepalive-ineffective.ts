import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, hasOwn, inheritedHeader, urlOf, type Block } from '../model.js';

export const rule: Rule = {
  id: 'upstream-keepalive-ineffective',
  severity: 'warning',
  description: 'An upstream with keepalive proxied without proxy_http_version 1.1 and an empty Connection header: connections are closed anyway.',
  source: 'nginx docs: upstream keepalive ("proxy_http_version should be set to 1.1 and the Connection header field should be cleared")',
  create({ report }) {
    const withKeepalive = new Set<string>();
    const passes: { d: Directive; at: Block; file: number; host: string }[] = [];
    return {
      on: {
        upstream(d, at, _file, up) {
          if (up && at.ctx === 'http' && hasOwn(up, 'keepalive')) withKeepalive.add(args(d)[0]);
        },
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (u) passes.push({ d, at, file, host: u.host });
        },
      },
      end() {
        if (!withKeepalive.size) return;
        for (const { d, at, file, host } of passes) {
          if (!withKeepalive.has(host)) continue;
          const ver = effective(at, 'proxy_http_version');
          const conn = inheritedHeader(at, 'proxy_set_header', 'connection');
          const problems: string[] = [];
          if (!ver || args(ver)[0] !== '1.1') problems.push('proxy_http_version 1.1');
          // Connection must be cleared ("") - or carry "upgrade" on a WebSocket location
          const connection = conn ? args(conn)[1] ?? '' : undefined;
          if (connection === undefined || (connection !== '' && !/upgrade/i.test(connection))) problems.push('proxy_set_header Connection ""');
          if (problems.length) report(d, file, `upstream ${host} has keepalive, but this location lacks ${problems.join(' and ')}: every request opens a new backend connection`, 0);
        }
      },
    };
  },
};
