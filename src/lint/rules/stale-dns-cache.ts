import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, PORT, urlOf } from '../model.js';
import { isIpLiteral } from './util.js';

const LOCAL = /^(localhost|unix:)/;

export const rule: Rule = {
  id: 'stale-dns-cache',
  severity: 'warning',
  description: 'A backend hostname resolved only at startup: when its address changes, nginx keeps sending traffic to the old one.',
  source: 'gixy-next stale_dns_cache; nginx docs: proxy_pass ("the server name is resolved at start") and upstream server "resolve" (1.27.3)',
  create({ report }) {
    const upstreams = new Set<string>();
    const passes: { d: Directive; file: number; host: string; hostPort: string }[] = [];
    return {
      on: {
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (!u || u.host.includes('$')) return;
          const host = u.hostname;
          // an upstream met so far settles it now; others wait for the end (an upstream may come later)
          if (upstreams.has(host) || upstreams.has(u.host) || isIpLiteral(u.host) || LOCAL.test(host)) return;
          passes.push({ d, file, host, hostPort: u.host });
        },
        upstream(d, _at, _file, up) {
          const name = args(d)[0];
          upstreams.add(name);
          if (!up) return;
          for (let j = 0, kids = up.kids; j < kids.length; j++) {
            const s = kids[j];
            if (s.directive !== 'server') continue;
            const a = args(s);
            const host = (a[0] ?? '').replace(PORT, '');
            if (isIpLiteral(a[0] ?? '') || LOCAL.test(host) || a.includes('resolve')) continue;
            report(s, up.fileOf(j), `upstream ${name}: server ${host} is resolved once at startup; add the "resolve" parameter (and a resolver, and a zone) so address changes are followed`, 0);
          }
        },
      },
      end() {
        for (const { d, file, host, hostPort } of passes) {
          if (upstreams.has(host) || upstreams.has(hostPort)) continue;
          report(d, file, `proxy_pass to hostname ${host} is resolved once at startup: use an upstream with "server ${host} resolve;" and a resolver, or a variable with a resolver`, 0);
        }
      },
    };
  },
};
