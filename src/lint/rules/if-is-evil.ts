import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'if-is-evil',
  severity: 'warning',
  description: 'Inside an if in a location, anything but return and rewrite ... last behaves unexpectedly.',
  source: 'gixy if_is_evil; nginx wiki "If is Evil... when used in location context"',
  check({ model, report }) {
    for (const n of model.byName.get('if') ?? []) {
      if (n.ctx !== 'http>location') continue;
      for (const c of n.children) {
        if (c.name === 'return') continue;
        if (c.name === 'rewrite' && c.args[2] === 'last') continue;
        report(c, `${c.name} inside "if" in a location is unsafe (only return and rewrite ... last are): move the logic to a map or a separate location`);
      }
    }
  },
};
