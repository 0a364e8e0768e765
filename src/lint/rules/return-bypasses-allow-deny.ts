import type { Rule } from '../rule.js';
import { hasOwn } from '../model.js';

const ACCESS = ['allow', 'deny'];

export const rule: Rule = {
  id: 'return-bypasses-allow-deny',
  severity: 'warning',
  description: 'return next to allow/deny: return runs in the rewrite phase, before access checks, so the ACL never applies.',
  source: 'gixy-next return_bypasses_allow_deny; nginx docs: "Phases" (rewrite runs before access)',
  create({ report }) {
    return {
      on: {
        return(d, at, file) {
          if (hasOwn(at, 'allow', 'deny')) report(d, file, `return in a ${at.name} with allow/deny answers before the access check runs: the allow/deny rules never apply here`);
        },
      },
    };
  },
};
