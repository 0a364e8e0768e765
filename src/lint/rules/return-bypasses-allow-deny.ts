import type { Rule } from '../rule.js';
import { childrenNamed } from '../model.js';

const ACCESS = ['allow', 'deny'];

export const rule: Rule = {
  id: 'return-bypasses-allow-deny',
  severity: 'warning',
  description: 'return next to allow/deny: return runs in the rewrite phase, before access checks, so the ACL never applies.',
  source: 'gixy-next return_bypasses_allow_deny; nginx docs: "Phases" (rewrite runs before access)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('return') ?? []; i < list.length; i++) {
      const n = list[i];
      const block = n.parent;
      if (!block) continue;
      if (childrenNamed(block, ACCESS).length) report(n, `return in a ${block.name} with allow/deny answers before the access check runs: the allow/deny rules never apply here`);
    }
  },
};
