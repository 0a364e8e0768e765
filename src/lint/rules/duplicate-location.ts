import type { Listener, Rule } from '../rule.js';
import { locationMatch } from '../model.js';

/**
 * Which locations nginx compares for "duplicate location": regex ones by modifier and pattern (`~`
 * and `~*` apart), exact ones (`=`), named ones, and prefix ones with or without `^~` together.
 */
function kindOf(mod: string): number {
  return mod === '~' ? 0 : mod === '~*' ? 1 : mod === '=' ? 2 : mod === '@' ? 3 : 4;
}

export const rule: Rule = {
  id: 'duplicate-location',
  severity: 'error',
  refusal: true,
  description: 'Two locations with the same modifier and URI in one block: nginx refuses the configuration.',
  source: 'nginx: ngx_http_add_location ("duplicate location")',
  create({ report }) {
    const check: Listener = (_d, _at, _file, block) => {
      if (!block) return;
      // one map of URIs per kind of location: no key string built per location
      let seen: (Map<string, number> | undefined)[] | undefined;
      for (let j = 0, kids = block.kids; j < kids.length; j++) {
        const c = kids[j];
        if (c.directive !== 'location') continue;
        const { mod, uri } = locationMatch(block, c);
        const byUri = ((seen ??= [])[kindOf(mod)] ??= new Map());
        const first = byUri.get(uri);
        if (first !== undefined) report(c, block.fileOf(j), `duplicate location "${uri}" (first at line ${first}): nginx refuses the configuration`);
        else byUri.set(uri, c.line);
      }
    };
    return { on: { 'server@http': check, 'location@http*': check } };
  },
};
