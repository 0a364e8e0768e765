import type { Rule } from '../rule.js';
import { args, effective } from '../model.js';

export const rule: Rule = {
  id: 'ssl-stapling-without-resolver',
  severity: 'warning',
  description: 'ssl_stapling on without a resolver: nginx cannot reach the OCSP responder, and stapling silently does nothing.',
  source: 'gixy-next ssl_stapling_without_resolver; nginx docs: ssl_stapling ("a resolver should be specified")',
  create({ report }) {
    return {
      on: {
        ssl_stapling(d, at, file) {
          if (args(d)[0] !== 'on') return;
          if (!effective(at, 'resolver') && !effective(at, 'ssl_stapling_file')) report(d, file, 'ssl_stapling on but no resolver: the OCSP responder cannot be resolved; add "resolver <your DNS>;"');
        },
      },
    };
  },
};
