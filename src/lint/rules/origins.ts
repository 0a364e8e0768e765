import type { Rule } from '../rule.js';
import { args } from '../model.js';

/** Weaknesses of a regex meant to validate an origin or referer. */
function weakness(re: string): string | undefined {
  if (!re.endsWith('$')) return 'is not anchored at the end ("https://example.com.evil.net" passes)';
  if (/[A-Za-z0-9]\.[A-Za-z0-9]/.test(re.replace(/\\\./g, ''))) return 'has an unescaped "." (any character matches it: "exampleXcom" passes)';
  if (!re.startsWith('^')) return 'is not anchored at the start ("https://evil.net/?https://example.com" passes)';
  return undefined;
}

export const rule: Rule = {
  id: 'origins',
  severity: 'warning',
  description: 'A weak regex check of $http_origin or $http_referer: unanchored, or with an unescaped dot.',
  source: 'gixy origins ("Problems with referrer/origin validation")',
  create({ report }) {
    return {
      on: {
        if(d, _at, file) {
          const [v, op, re] = args(d);
          if (!/^\$(http_origin|http_referer)$/.test(v ?? '') || !/^!?~\*?$/.test(op ?? '') || !re) return;
          const w = weakness(re);
          if (w) report(d, file, `the ${v} check "${re}" ${w}`, 2);
        },
        map(d, _at, _file, block) {
          const v = args(d)[0];
          if (!block || !/^\$(http_origin|http_referer)$/.test(v ?? '')) return;
          for (let j = 0, kids = block.kids; j < kids.length; j++) {
            const e = kids[j];
            if (!e.directive.startsWith('~')) continue;
            const re = e.directive.replace(/^~\*?/, '');
            const w = weakness(re);
            if (w) report(e, block.fileOf(j), `the ${v} pattern "${re}" ${w}`);
          }
        },
      },
    };
  },
};
