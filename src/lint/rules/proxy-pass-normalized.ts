import type { Rule } from '../rule.js';
import { args, urlOf } from '../model.js';

export const rule: Rule = {
  id: 'proxy-pass-normalized',
  severity: 'info',
  description: 'proxy_pass with a URI part sends the decoded, normalized path (%2F becomes /, ../ is resolved), not what the client sent.',
  source: 'gixy proxy_pass_normalized; nginx docs: proxy_pass ("If proxy_pass is specified with URI ... a normalized request URI ... is replaced")',
  create({ report }) {
    return {
      on: {
        proxy_pass(d, at, file) {
          if (!at.ctx.startsWith('http>')) return;
          const u = urlOf(at, d);
          if (!u?.path || u.path.includes('$')) return;
          report(d, file, `proxy_pass ${args(d)[0]} has a URI part: the backend gets the decoded, normalized path (%2F -> /, %2E%2E resolved); drop the URI part to pass the client's path as sent`, 0);
        },
      },
    };
  },
};
