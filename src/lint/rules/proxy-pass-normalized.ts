import type { Rule } from '../rule.js';
import { urlOf } from '../model.js';

export const rule: Rule = {
  id: 'proxy-pass-normalized',
  severity: 'info',
  description: 'proxy_pass with a URI part sends the decoded, normalized path (%2F becomes /, ../ is resolved), not what the client sent.',
  source: 'gixy proxy_pass_normalized; nginx docs: proxy_pass ("If proxy_pass is specified with URI ... a normalized request URI ... is replaced")',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      if (!n.ctx.startsWith('http>')) continue;
      const u = urlOf(n);
      if (!u?.path || u.path.includes('$')) continue;
      report(n, `proxy_pass ${n.args[0]} has a URI part: the backend gets the decoded, normalized path (%2F -> /, %2E%2E resolved); drop the URI part to pass the client's path as sent`, 0);
    }
  },
};
