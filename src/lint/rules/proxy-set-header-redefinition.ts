import type { Rule } from '../rule.js';
import { headerName } from '../model.js';
import { droppedByRedefinition } from './util.js';

const KEY = ['host', 'x-forwarded-for', 'x-forwarded-proto', 'x-real-ip', 'x-forwarded-host'];

export const rule: Rule = {
  id: 'proxy-set-header-redefinition',
  severity: 'warning',
  description: 'A level that sets any proxy_set_header loses the enclosing level\'s Host and X-Forwarded-* lines.',
  source: 'gixy-next proxy_set_header_redefinition; nginx docs: proxy_set_header ("inherited from the previous configuration level if and only if there are no proxy_set_header directives defined on the current level")',
  check({ model, report }) {
    for (let i = 0, list = droppedByRedefinition(model, 'proxy_set_header', (n) => KEY.includes(headerName(n))); i < list.length; i++) {
      const d = list[i];
      report(d.at, `proxy_set_header here drops ${d.dropped.join(', ')} set at ${d.from.name} level (line ${d.fromLine}): repeat them in this ${d.block.name}`);
    }
  },
};
