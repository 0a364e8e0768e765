import type { Rule } from '../rule.js';
import { args, effective } from '../model.js';
import { onRedefinition } from './util.js';

export const rule: Rule = {
  id: 'add-header-redefinition',
  severity: 'warning',
  description: 'A nested add_header drops every add_header of the enclosing levels (nginx inherits them only when a level has none).',
  source: 'gixy add_header_redefinition; nginx docs: add_header "inherited from the previous configuration level if and only if there are no add_header directives defined on the current level"',
  create({ report }) {
    return {
      on: onRedefinition('add_header', (x) => {
        // add_header_inherit (nginx 1.29.3): merge keeps the enclosing level's headers; off drops them on purpose
        const inherit = effective(x.block, 'add_header_inherit');
        if (inherit && (args(inherit)[0] === 'merge' || args(inherit)[0] === 'off')) return;
        report(x.at, x.file, `add_header here drops ${x.dropped.join(', ')} set at ${x.fromName} level (line ${x.fromLine}): repeat them in this ${x.block.name}`);
      }),
    };
  },
};
