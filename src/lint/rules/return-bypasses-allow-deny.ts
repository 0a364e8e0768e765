import type { Listener, Rule } from '../rule.js';
import { hasOwn, inherited, locationMatch, type Block } from '../model.js';
import { inInternalLocation, isRedirectingRewrite } from './util.js';

export const rule: Rule = {
  id: 'return-bypasses-allow-deny',
  severity: 'warning',
  description: 'return (or a redirecting rewrite) where allow/deny apply: it answers in the rewrite phase, before the access check, so the allow/deny rules never apply to it.',
  source: 'gixy-next return_bypasses_allow_deny (inherited rules; named and internal locations; redirecting rewrites); nginx docs: "Phases" (rewrite runs before access)',
  create({ report }) {
    const check = (what: string): Listener => (d, at, file) => {
      if (what === 'rewrite' && !isRedirectingRewrite(d)) return;
      if (hasOwn(at, 'allow', 'deny')) {
        report(d, file, `${what} in a ${at.name} with allow/deny answers before the access check runs: the allow/deny rules never apply here`);
        return;
      }
      const acl = inherited(at, 'allow', 'deny');
      if (!acl.nodes.length || reachedOnlyInternally(at)) return;
      report(d, file, `${what} answers before the access check runs: the allow/deny rules of the ${acl.from!.name} (line ${acl.nodes[0].line}) never apply to it`);
    };
    return { on: { return: check('return'), rewrite: check('rewrite') } };
  },
};

/**
 * True when the location `at` stands in is named (@x) or internal: only nginx's own redirects reach
 * it, after the access check of the location the request came in by.
 */
function reachedOnlyInternally(at: Block): boolean {
  for (let b: Block | null = at; b && b.name; b = b.parent) {
    if (b.name !== 'location') continue;
    if (locationMatch(b, b.d).mod === '@') return true;
  }
  return inInternalLocation(at);
}
