import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'if-is-evil',
  severity: 'warning',
  description: 'Inside an if in a location, anything but return and rewrite ... last behaves unexpectedly.',
  source: 'gixy if_is_evil; nginx wiki "If is Evil... when used in location context"',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('if') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.ctx !== 'http>location') continue;
      for (let j = 0, inner = n.children; j < inner.length; j++) {
        const c = inner[j];
        if (c.name === 'return') continue;
        if (c.name === 'rewrite' && c.args[2] === 'last') continue;
        report(c, `${c.name} inside "if" in a location is unsafe (only return and rewrite ... last are): move the logic to a map or a separate location`);
      }
    }
  },
};
