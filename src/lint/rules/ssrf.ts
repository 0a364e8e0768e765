import type { Rule } from '../rule.js';
import { urlOf } from '../model.js';
import { REQUEST_VARS } from './util.js';

export const rule: Rule = {
  id: 'ssrf',
  severity: 'error',
  description: 'proxy_pass whose scheme or host is built from request data: clients choose where nginx connects.',
  source: 'gixy ssrf ("Server Side Request Forgery")',
  check({ model, report }) {
    for (const name of ['proxy_pass', 'fastcgi_pass', 'grpc_pass', 'uwsgi_pass', 'scgi_pass']) {
      for (let i = 0, list = model.byName.get(name) ?? []; i < list.length; i++) {
        const n = list[i];
        const a = n.args[0] ?? '';
        if (!a.includes('$')) continue; // the request variables below all start with $
        const u = urlOf(n);
        const target = u ? `${u.scheme}://${u.host}` : a.split('/')[0];
        const m = REQUEST_VARS.exec(target) ?? (/^\$/.test(a) ? REQUEST_VARS.exec(a) : null);
        if (m) report(n, `${name} target uses ${m[0]}, which the client controls: it can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
      }
    }
  },
};
