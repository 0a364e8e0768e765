import type { Rule } from '../rule.js';
import { args } from '../model.js';

const BALANCERS = ['ip_hash', 'hash', 'random'];

export const rule: Rule = {
  id: 'ip-hash-backup',
  severity: 'error',
  refusal: true,
  description: 'ip_hash or hash in an upstream with a backup server: nginx refuses the configuration.',
  source: 'nginx: ngx_http_upstream_ip_hash_module / hash ("balancing method does not support backup")',
  create({ report }) {
    return {
      on: {
        upstream(d, _at, _file, up) {
          if (!up) return;
          const method = up.kids.find((c) => BALANCERS.includes(c.directive));
          if (!method || method.directive === 'random') return;
          for (let j = 0, kids = up.kids; j < kids.length; j++) {
            const s = kids[j];
            if (s.directive !== 'server') continue;
            const i = args(s).indexOf('backup');
            if (i >= 0) report(s, up.fileOf(j), `upstream ${args(d)[0]} uses ${method.directive}, which does not support backup servers: nginx refuses to start; remove "backup" or use another balancing method`, i);
          }
        },
      },
    };
  },
};
