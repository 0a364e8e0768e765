import type { Rule } from '../rule.js';
import { childrenNamed, headerName, inherited } from '../model.js';

const KEY = ['host', 'x-forwarded-for', 'x-forwarded-proto', 'x-real-ip', 'x-forwarded-host'];

export const rule: Rule = {
  id: 'proxy-set-header-redefinition',
  severity: 'warning',
  description: 'A level that sets any proxy_set_header loses the enclosing level\'s Host and X-Forwarded-* lines.',
  source: 'gixy-next proxy_set_header_redefinition; nginx docs: proxy_set_header ("inherited from the previous configuration level if and only if there are no proxy_set_header directives defined on the current level")',
  check({ model, report }) {
    for (const block of model.httpBlocks) {
      if (!block.parent) continue;
      const own = childrenNamed(block, 'proxy_set_header');
      if (!own.length) continue;
      const outer = inherited(block.parent, 'proxy_set_header');
      const mine = new Set(own.map(headerName));
      const lost = outer.nodes.filter((n) => KEY.includes(headerName(n)) && !mine.has(headerName(n))).map((n) => n.args[0]);
      if (lost.length) report(own[0], `proxy_set_header here drops ${[...new Set(lost)].join(', ')} set at ${outer.from!.name} level (line ${outer.nodes[0].d.line}): repeat them in this ${block.name}`);
    }
  },
};
