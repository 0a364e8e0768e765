import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'valid-referers',
  severity: 'warning',
  description: 'valid_referers accepts "none": a request without a Referer passes the check.',
  source: 'gixy valid_referers; nginx docs: ngx_http_referer_module',
  check({ model, report }) {
    for (const n of model.byName.get('valid_referers') ?? []) {
      const i = n.args.indexOf('none');
      if (i >= 0) report(n, 'valid_referers none: any request without a Referer header passes; remove "none" if the check protects anything', i);
    }
  },
};
