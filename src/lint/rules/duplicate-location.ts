import type { Listener, Rule } from '../rule.js';
import { locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-location',
  severity: 'error',
  description: 'Two locations with the same modifier and URI in one block: nginx refuses the configuration.',
  source: 'nginx: ngx_http_add_location ("duplicate location")',
  create({ report }) {
    const check: Listener = (_d, at, _file, block) => {
      if (!block || !at.ctx.startsWith('http')) return;
      let seen: Map<string, number> | undefined;
      for (let j = 0, kids = block.kids; j < kids.length; j++) {
        const c = kids[j];
        if (c.directive !== 'location') continue;
        const { mod, uri } = locationMatch(block, c);
        // nginx compares exact and prefix locations by name; "^~ /a" and "/a" collide too
        const key = mod === '~' || mod === '~*' ? `${mod} ${uri}` : mod === '=' ? `= ${uri}` : mod === '@' ? uri : `prefix ${uri}`;
        const first = (seen ??= new Map()).get(key);
        if (first !== undefined) report(c, block.fileOf(j), `duplicate location "${uri}" (first at line ${first}): nginx refuses the configuration`);
        else seen.set(key, c.line);
      }
    };
    return { on: { server: check, location: check } };
  },
};
