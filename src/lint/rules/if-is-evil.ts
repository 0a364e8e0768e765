import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'if-is-evil',
  severity: 'warning',
  description: 'Inside an if in a location, anything but return and rewrite ... last behaves unexpectedly.',
  source: 'gixy if_is_evil; nginx wiki "If is Evil... when used in location context"',
  create({ report }) {
    return {
      on: {
        'if@http>location'(_d, _at, _file, block) {
          if (!block) return;
          for (let j = 0, kids = block.kids; j < kids.length; j++) {
            const c = kids[j];
            if (c.directive === 'return') continue;
            if (c.directive === 'rewrite' && args(c)[2] === 'last') continue;
            report(c, block.fileOf(j), `${c.directive} inside "if" in a location is unsafe (only return and rewrite ... last are): move the logic to a map or a separate location`);
          }
        },
      },
    };
  },
};
