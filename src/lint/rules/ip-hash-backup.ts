import type { Rule } from '../rule.js';
import { childrenNamed } from '../model.js';

const BALANCERS = ['ip_hash', 'hash', 'random'];

export const rule: Rule = {
  id: 'ip-hash-backup',
  severity: 'error',
  description: 'ip_hash or hash in an upstream with a backup server: nginx refuses the configuration.',
  source: 'nginx: ngx_http_upstream_ip_hash_module / hash ("balancing method does not support backup")',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('upstream') ?? []; i < list.length; i++) {
      const up = list[i];
      const method = childrenNamed(up, BALANCERS)[0];
      if (!method || method.name === 'random') continue;
      for (let j = 0, inner = childrenNamed(up, 'server'); j < inner.length; j++) {
        const s = inner[j];
        const i = s.args.indexOf('backup');
        if (i >= 0) report(s, `upstream ${up.args[0]} uses ${method.name}, which does not support backup servers: nginx refuses to start; remove "backup" or use another balancing method`, i);
      }
    }
  },
};
