import type { Listener, Rule } from '../rule.js';
import { locationMatch } from '../model.js';

/**
 * What nginx compares locations by, besides the URI: regex locations by modifier, exact ones apart,
 * named ones by name, and prefix locations by name whether `^~` or not ("^~ /a" and "/a" collide).
 */
const KIND: Record<string, number> = { '~': 1, '~*': 2, '=': 3, '@': 4 };
/** Up to this many locations in a block are compared pairwise (no key string, no map); more go through a map. */
const PAIRWISE = 16;
const kinds: number[] = [];
const uris: string[] = [];
const lines: number[] = [];

export const rule: Rule = {
  id: 'duplicate-location',
  severity: 'error',
  description: 'Two locations with the same modifier and URI in one block: nginx refuses the configuration.',
  source: 'nginx: ngx_http_add_location ("duplicate location")',
  create({ report }) {
    const check: Listener = (_d, at, _file, block) => {
      if (!block || !at.ctx.startsWith('http')) return;
      const kids = block.kids;
      let count = 0;
      for (let j = 0; j < kids.length; j++) if (kids[j].directive === 'location') count++;
      if (count < 2) return;
      let seen: Map<string, number> | undefined;
      let n = 0;
      for (let j = 0; j < kids.length; j++) {
        const c = kids[j];
        if (c.directive !== 'location') continue;
        const { mod, uri } = locationMatch(block, c);
        const kind = KIND[mod] ?? 0;
        let first: number | undefined;
        if (count <= PAIRWISE) {
          for (let i = 0; i < n && first === undefined; i++) if (kinds[i] === kind && uris[i] === uri) first = lines[i];
          if (first === undefined) {
            kinds[n] = kind;
            uris[n] = uri;
            lines[n++] = c.line;
          }
        } else {
          const key = `${kind} ${uri}`;
          first = (seen ??= new Map()).get(key);
          if (first === undefined) seen.set(key, c.line);
        }
        if (first !== undefined) report(c, block.fileOf(j), `duplicate location "${uri}" (first at line ${first}): nginx refuses the configuration`);
      }
      uris.length = 0; // the URIs hold their file's text: not kept past the block
    };
    return { on: { server: check, location: check } };
  },
};
