import type { Rule } from '../rule.js';
import { args } from '../model.js';
import { onRedefinition } from './util.js';

const KEY = ['host', 'x-forwarded-for', 'x-forwarded-proto', 'x-real-ip', 'x-forwarded-host'];

export const rule: Rule = {
  id: 'proxy-set-header-redefinition',
  severity: 'warning',
  description: 'A level that sets any proxy_set_header loses the enclosing level\'s Host and X-Forwarded-* lines, and the headers it blanks (so the client\'s own reach the backend).',
  source: 'gixy-next proxy_set_header_redefinition (its blanked-header case); nginx docs: proxy_set_header ("inherited from the previous configuration level if and only if there are no proxy_set_header directives defined on the current level")',
  create({ report }) {
    return {
      on: onRedefinition(
        'proxy_set_header',
        (x) => report(x.at, x.file, `proxy_set_header here drops ${x.dropped.join(', ')} set at ${x.fromName} level (line ${x.fromLine}): repeat them in this ${x.block.name}`),
        // the forwarding headers, and any header the enclosing level blanks ("" strips what the client sent)
        (h, d) => KEY.includes(h) || args(d)[1] === '',
      ),
    };
  },
};
