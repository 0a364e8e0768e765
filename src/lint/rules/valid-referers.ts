import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'valid-referers',
  severity: 'warning',
  description: 'valid_referers accepts "none": a request without a Referer passes the check.',
  source: 'gixy valid_referers; nginx docs: ngx_http_referer_module',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('valid_referers') ?? []; i < list.length; i++) {
      const n = list[i];
      const at = n.args.indexOf('none');
      if (at >= 0) report(n, 'valid_referers none: any request without a Referer header passes; remove "none" if the check protects anything', at);
    }
  },
};
