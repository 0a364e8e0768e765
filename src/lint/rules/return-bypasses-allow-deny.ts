import type { Rule } from '../rule.js';
import { childrenNamed } from '../model.js';

export const rule: Rule = {
  id: 'return-bypasses-allow-deny',
  severity: 'warning',
  description: 'return next to allow/deny: return runs in the rewrite phase, before access checks, so the ACL never applies.',
  source: 'gixy-next return_bypasses_allow_deny; nginx docs: "Phases" (rewrite runs before access)',
  check({ model, report }) {
    for (const n of model.byName.get('return') ?? []) {
      const block = n.parent;
      if (!block) continue;
      if (childrenNamed(block, 'allow', 'deny').length) report(n, `return in a ${block.name} with allow/deny answers before the access check runs: the allow/deny rules never apply here`);
    }
  },
};
