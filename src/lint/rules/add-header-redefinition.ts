import type { Rule } from '../rule.js';
import { effective } from '../model.js';
import { droppedByRedefinition } from './util.js';

export const rule: Rule = {
  id: 'add-header-redefinition',
  severity: 'warning',
  description: 'A nested add_header drops every add_header of the enclosing levels (nginx inherits them only when a level has none).',
  source: 'gixy add_header_redefinition; nginx docs: add_header "inherited from the previous configuration level if and only if there are no add_header directives defined on the current level"',
  check({ model, report }) {
    for (let i = 0, list = droppedByRedefinition(model, 'add_header'); i < list.length; i++) {
      const d = list[i];
      if (effective(d.block, 'add_header_inherit')?.args[0] === 'merge') continue;
      report(d.at, `add_header here drops ${d.dropped.join(', ')} set at ${d.from.name} level (line ${d.fromLine}): repeat them in this ${d.block.name}`);
    }
  },
};
