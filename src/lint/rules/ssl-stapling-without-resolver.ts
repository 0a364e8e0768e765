import type { Rule } from '../rule.js';
import { effective } from '../model.js';

export const rule: Rule = {
  id: 'ssl-stapling-without-resolver',
  severity: 'warning',
  description: 'ssl_stapling on without a resolver: nginx cannot reach the OCSP responder, and stapling silently does nothing.',
  source: 'gixy-next ssl_stapling_without_resolver; nginx docs: ssl_stapling ("a resolver should be specified")',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('ssl_stapling') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.args[0] !== 'on' || !n.parent) continue;
      if (!effective(n.parent, 'resolver') && !effective(n.parent, 'ssl_stapling_file')) report(n, 'ssl_stapling on but no resolver: the OCSP responder cannot be resolved; add "resolver <your DNS>;"');
    }
  },
};
