import type { Rule } from '../rule.js';
import { args, headerName } from '../model.js';
import { SECURITY_HEADERS } from './util.js';

export const rule: Rule = {
  id: 'security-header-without-always',
  severity: 'warning',
  description: 'A security header added without "always": it is missing on error responses (4xx, 5xx).',
  source: 'nginx docs: add_header ("If the always parameter is specified, the header field will be added regardless of the response code")',
  create({ report }) {
    return {
      on: {
        add_header(d, at, file) {
          if (SECURITY_HEADERS.has(headerName(at, d)) && args(d)[2] !== 'always') report(d, file, `${args(d)[0]} is only sent on 2xx/3xx responses: add "always"`, 0);
        },
      },
    };
  },
};
