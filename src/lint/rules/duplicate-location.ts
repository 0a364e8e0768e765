import type { Rule } from '../rule.js';
import { childrenNamed, locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-location',
  severity: 'error',
  description: 'Two locations with the same modifier and URI in one block: nginx refuses the configuration.',
  source: 'nginx: ngx_http_add_location ("duplicate location")',
  check({ model, report }) {
    for (let i = 0, list = model.httpBlocks; i < list.length; i++) {
      const block = list[i];
      if (block.name === 'if') continue;
      const locations = childrenNamed(block, 'location');
      if (locations.length < 2) continue;
      const seen = new Map<string, number>();
      for (let j = 0, inner = locations; j < inner.length; j++) {
        const c = inner[j];
        const { mod, uri } = locationMatch(c);
        // nginx compares exact and prefix locations by name; "^~ /a" and "/a" collide too
        const key = mod === '~' || mod === '~*' ? `${mod} ${uri}` : mod === '=' ? `= ${uri}` : mod === '@' ? uri : `prefix ${uri}`;
        const first = seen.get(key);
        if (first !== undefined) report(c, `duplicate location "${uri}" (first at line ${first}): nginx refuses the configuration`);
        else seen.set(key, c.d.line);
      }
    }
  },
};
