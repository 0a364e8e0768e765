import type { Rule } from '../rule.js';
import { isRegexLocation, locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'unanchored-regex',
  severity: 'warning',
  description: 'A location regex anchored neither at the start (^) nor at the end ($): it matches anywhere in the URI.',
  source: 'gixy-next unanchored_regex; nginx docs: location',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('location') ?? []; i < list.length; i++) {
      const n = list[i];
      if (!isRegexLocation(n)) continue;
      const { uri } = locationMatch(n);
      if (!uri.startsWith('^') && !uri.endsWith('$')) report(n, `location regex "${uri}" is not anchored: "/x${uri}y" matches too; anchor it with ^ or $`, n.args.length - 1);
    }
  },
};
