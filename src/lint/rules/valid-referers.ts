import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'valid-referers',
  severity: 'warning',
  description: 'valid_referers accepts "none": a request without a Referer passes the check.',
  source: 'gixy valid_referers; nginx docs: ngx_http_referer_module',
  create({ report }) {
    return {
      on: {
        valid_referers(d, _at, file) {
          const at = args(d).indexOf('none');
          if (at >= 0) report(d, file, 'valid_referers none: any request without a Referer header passes; remove "none" if the check protects anything', at);
        },
      },
    };
  },
};
