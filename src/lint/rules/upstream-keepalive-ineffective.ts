import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, hasOwn, inheritedHeader, urlOf, type Block } from '../model.js';

const UPGRADE = /upgrade/i;

export const rule: Rule = {
  id: 'upstream-keepalive-ineffective',
  severity: 'warning',
  description: 'An upstream with keepalive proxied without proxy_http_version 1.1 and an empty Connection header: connections are closed anyway.',
  source: 'nginx docs: upstream keepalive ("proxy_http_version should be set to 1.1 and the Connection header field should be cleared")',
  create({ report }) {
    /** Upstreams met so far: whether each has keepalive. */
    const upstreams = new Map<string, boolean>();
    /** proxy_pass to a name without keepalive so far: decided at the end (the upstream, or a second one of that name, may come later). */
    const later: { d: Directive; at: Block; file: number; host: string }[] = [];
    const checkPass = (d: Directive, at: Block, file: number, host: string) => {
      const ver = effective(at, 'proxy_http_version');
      const conn = inheritedHeader(at, 'proxy_set_header', 'connection');
      const lacksVersion = !ver || args(ver)[0] !== '1.1';
      // Connection must be cleared ("") - or carry "upgrade" on a WebSocket location
      const connection = conn ? args(conn)[1] ?? '' : undefined;
      const lacksConnection = connection === undefined || (connection !== '' && !UPGRADE.test(connection));
      if (!lacksVersion && !lacksConnection) return;
      const lacks = lacksVersion && lacksConnection ? 'proxy_http_version 1.1 and proxy_set_header Connection ""' : lacksVersion ? 'proxy_http_version 1.1' : 'proxy_set_header Connection ""';
      report(d, file, `upstream ${host} has keepalive, but this location lacks ${lacks}: every request opens a new backend connection`, 0);
    };
    return {
      on: {
        'upstream@http'(d, _at, _file, up) {
          if (up) {
            const name = args(d)[0];
            // a name defined twice is nginx's error ("duplicate upstream"); either with keepalive counts
            upstreams.set(name, upstreams.get(name) === true || hasOwn(up, 'keepalive'));
          }
        },
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (!u) return;
          const keepalive = upstreams.get(u.host);
          // checked now, while the other rules ask about the same location (their answers are cached)
          if (keepalive) checkPass(d, at, file, u.host);
          else later.push({ d, at, file, host: u.host });
        },
      },
      end() {
        for (const { d, at, file, host } of later) if (upstreams.get(host)) checkPass(d, at, file, host);
      },
    };
  },
};
