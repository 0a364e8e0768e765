import type { Rule } from '../rule.js';
import { onRedefinition } from './util.js';

const KEY = ['host', 'x-forwarded-for', 'x-forwarded-proto', 'x-real-ip', 'x-forwarded-host'];

export const rule: Rule = {
  id: 'proxy-set-header-redefinition',
  severity: 'warning',
  description: 'A level that sets any proxy_set_header loses the enclosing level\'s Host and X-Forwarded-* lines.',
  source: 'gixy-next proxy_set_header_redefinition; nginx docs: proxy_set_header ("inherited from the previous configuration level if and only if there are no proxy_set_header directives defined on the current level")',
  create({ report }) {
    return {
      on: onRedefinition(
        'proxy_set_header',
        (x) => report(x.at, x.file, `proxy_set_header here drops ${x.dropped.join(', ')} set at ${x.fromName} level (line ${x.fromLine}): repeat them in this ${x.block.name}`),
        (h) => KEY.includes(h),
      ),
    };
  },
};
