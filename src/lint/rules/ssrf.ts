import type { Listener, Rule } from '../rule.js';
import { args, urlOf } from '../model.js';
import { REQUEST_VARS } from './util.js';

const PASSES = ['proxy_pass', 'fastcgi_pass', 'grpc_pass', 'uwsgi_pass', 'scgi_pass'];

export const rule: Rule = {
  id: 'ssrf',
  severity: 'error',
  description: 'proxy_pass whose scheme or host is built from request data: clients choose where nginx connects.',
  source: 'gixy ssrf ("Server Side Request Forgery")',
  create({ report }) {
    const check: Listener = (d, at, file) => {
      const a = args(d)[0] ?? '';
      if (!a.includes('$')) return; // the request variables below all start with $
      const u = urlOf(at, d);
      const target = u ? `${u.scheme}://${u.host}` : a.split('/')[0];
      const m = REQUEST_VARS.exec(target) ?? (/^\$/.test(a) ? REQUEST_VARS.exec(a) : null);
      if (m) report(d, file, `${d.directive} target uses ${m[0]}, which the client controls: it can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
    };
    return { on: Object.fromEntries(PASSES.map((name) => [name, check])) };
  },
};
