import type { Rule } from '../rule.js';
import { args, hasOwn, type Block } from '../model.js';

export const rule: Rule = {
  id: 'allow-without-deny',
  severity: 'warning',
  description: 'allow without a deny at the same level: everything is allowed anyway.',
  source: 'gixy allow_without_deny (which leaves "allow all" alone); nginx docs: ngx_http_access_module (rules are checked in order until the first match; no match allows)',
  create({ report }) {
    const seen = new Set<Block>();
    return {
      on: {
        allow(d, at, file) {
          // "allow all" re-opens what an enclosing level denies: it needs no deny (gixy skips it too)
          if (args(d)[0] === 'all' || seen.has(at)) return;
          seen.add(at);
          if (!hasOwn(at, 'deny')) report(d, file, `allow without deny in this ${at.name || 'file'}: add "deny all;" after the allow rules`);
        },
      },
    };
  },
};
