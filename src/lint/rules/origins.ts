import type { Rule } from '../rule.js';

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
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('if') ?? []; i < list.length; i++) {
      const n = list[i];
      const [v, op, re] = n.args;
      if (!/^\$(http_origin|http_referer)$/.test(v ?? '') || !/^!?~\*?$/.test(op ?? '') || !re) continue;
      const w = weakness(re);
      if (w) report(n, `the ${v} check "${re}" ${w}`, 2);
    }
    for (let i = 0, list = model.byName.get('map') ?? []; i < list.length; i++) {
      const n = list[i];
      if (!/^\$(http_origin|http_referer)$/.test(n.args[0] ?? '')) continue;
      for (let j = 0, inner = n.children; j < inner.length; j++) {
        const e = inner[j];
        if (!e.name.startsWith('~')) continue;
        const re = e.name.replace(/^~\*?/, '');
        const w = weakness(re);
        if (w) report(e, `the ${n.args[0]} pattern "${re}" ${w}`);
      }
    }
  },
};
