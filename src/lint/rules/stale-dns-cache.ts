import type { Rule } from '../rule.js';
import { childrenNamed, urlOf } from '../model.js';
import { isIpLiteral } from './util.js';

const LOCAL = /^(localhost|unix:)/;

export const rule: Rule = {
  id: 'stale-dns-cache',
  severity: 'warning',
  description: 'A backend hostname resolved only at startup: when its address changes, nginx keeps sending traffic to the old one.',
  source: 'gixy-next stale_dns_cache; nginx docs: proxy_pass ("the server name is resolved at start") and upstream server "resolve" (1.27.3)',
  check({ model, report }) {
    const upstreams = new Set((model.byName.get('upstream') ?? []).map((u) => u.args[0]));
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      const u = urlOf(n);
      if (!u || u.host.includes('$')) continue;
      const host = u.host.replace(/:\d+$/, '');
      if (upstreams.has(host) || upstreams.has(u.host) || isIpLiteral(u.host) || LOCAL.test(host)) continue;
      report(n, `proxy_pass to hostname ${host} is resolved once at startup: use an upstream with "server ${host} resolve;" and a resolver, or a variable with a resolver`, 0);
    }
    for (let i = 0, list = model.byName.get('upstream') ?? []; i < list.length; i++) {
      const up = list[i];
      for (let j = 0, inner = childrenNamed(up, 'server'); j < inner.length; j++) {
        const s = inner[j];
        const host = (s.args[0] ?? '').replace(/:\d+$/, '');
        if (isIpLiteral(s.args[0] ?? '') || LOCAL.test(host) || s.args.includes('resolve')) continue;
        report(s, `upstream ${up.args[0]}: server ${host} is resolved once at startup; add the "resolve" parameter (and a resolver, and a zone) so address changes are followed`, 0);
      }
    }
  },
};
