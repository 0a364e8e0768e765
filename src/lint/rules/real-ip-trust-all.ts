import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'real-ip-trust-all',
  severity: 'error',
  description: 'set_real_ip_from 0.0.0.0/0 or ::/0: any client can spoof its address, defeating allow/deny, rate limits and logs.',
  source: 'nginx docs: ngx_http_realip_module (trust only the addresses of your own proxies)',
  create({ report }) {
    return {
      on: {
        set_real_ip_from(d, _at, file) {
          const a = args(d)[0] ?? '';
          if (['0.0.0.0/0', '::/0', '::0/0'].includes(a)) report(d, file, `set_real_ip_from ${a} trusts every client's X-Forwarded-For: list only your load balancers' addresses`, 0);
        },
      },
    };
  },
};
