import type { Rule } from '../rule.js';
import { headerName } from '../model.js';
import { SECURITY_HEADERS } from './util.js';

export const rule: Rule = {
  id: 'security-header-without-always',
  severity: 'warning',
  description: 'A security header added without "always": it is missing on error responses (4xx, 5xx).',
  source: 'nginx docs: add_header ("If the always parameter is specified, the header field will be added regardless of the response code")',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('add_header') ?? []; i < list.length; i++) {
      const n = list[i];
      if (SECURITY_HEADERS.has(headerName(n)) && n.args[2] !== 'always') report(n, `${n.args[0]} is only sent on 2xx/3xx responses: add "always"`, 0);
    }
  },
};
