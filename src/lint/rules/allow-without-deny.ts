import type { Rule } from '../rule.js';
import { childrenNamed } from '../model.js';

export const rule: Rule = {
  id: 'allow-without-deny',
  severity: 'warning',
  description: 'allow without a deny at the same level: everything is allowed anyway.',
  source: 'gixy allow_without_deny; nginx docs: ngx_http_access_module (rules are checked in order until the first match; no match allows)',
  check({ model, report }) {
    const seen = new Set<unknown>();
    for (let i = 0, list = model.byName.get('allow') ?? []; i < list.length; i++) {
      const n = list[i];
      const block = n.parent;
      if (!block || seen.has(block)) continue;
      seen.add(block);
      if (!childrenNamed(block, 'deny').length) report(n, `allow without deny in this ${block.name || 'file'}: add "deny all;" after the allow rules`);
    }
  },
};
