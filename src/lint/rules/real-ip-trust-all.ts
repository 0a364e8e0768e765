import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'real-ip-trust-all',
  severity: 'error',
  description: 'set_real_ip_from 0.0.0.0/0 or ::/0: any client can spoof its address, defeating allow/deny, rate limits and logs.',
  source: 'nginx docs: ngx_http_realip_module (trust only the addresses of your own proxies)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('set_real_ip_from') ?? []; i < list.length; i++) {
      const n = list[i];
      if (['0.0.0.0/0', '::/0', '::0/0'].includes(n.args[0] ?? '')) report(n, `set_real_ip_from ${n.args[0]} trusts every client's X-Forwarded-For: list only your load balancers' addresses`, 0);
    }
  },
};
