import type { Rule } from '../rule.js';
import { childrenNamed, effective, headerName, inherited } from '../model.js';

export const rule: Rule = {
  id: 'add-header-redefinition',
  severity: 'warning',
  description: 'A nested add_header drops every add_header of the enclosing levels (nginx inherits them only when a level has none).',
  source: 'gixy add_header_redefinition; nginx docs: add_header "inherited from the previous configuration level if and only if there are no add_header directives defined on the current level"',
  check({ model, report }) {
    for (const block of model.httpBlocks) {
      const own = childrenNamed(block, 'add_header');
      if (!own.length || !block.parent) continue;
      if (effective(block, 'add_header_inherit')?.args[0] === 'merge') continue;
      const outer = inherited(block.parent, 'add_header');
      if (!outer.nodes.length) continue;
      const mine = new Set(own.map(headerName));
      const dropped = [...new Set(outer.nodes.map((n) => n.args[0]).filter((h) => !mine.has(h.toLowerCase())))];
      if (dropped.length) report(own[0], `add_header here drops ${dropped.join(', ')} set at ${outer.from!.name} level (line ${outer.nodes[0].d.line}): repeat them in this ${block.name}`);
    }
  },
};
