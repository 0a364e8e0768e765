import type { Rule } from '../rule.js';
import { effective, urlOf } from '../model.js';

export const rule: Rule = {
  id: 'missing-resolver',
  severity: 'warning',
  description: 'proxy_pass with a variable in the host part and no resolver: requests fail with "no resolver defined".',
  source: 'gixy-next missing_resolver; nginx docs: proxy_pass ("If ... specified using variables ... the name is searched among upstreams, and if not found, determined using a resolver")',
  check({ model, report }) {
    const upstreams = new Set((model.byName.get('upstream') ?? []).map((u) => u.args[0]));
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      const u = urlOf(n);
      if (!u || !u.host.includes('$') || !n.parent) continue;
      if (upstreams.size && /^\$\w+$/.test(u.host) && (model.byName.get('map') ?? []).some((m) => m.args[1] === u.host)) continue;
      if (!effective(n.parent, 'resolver')) report(n, `proxy_pass host ${u.host} is a variable and no resolver is set: nginx cannot resolve it at request time; add "resolver <your DNS>;"`, 0);
    }
  },
};
