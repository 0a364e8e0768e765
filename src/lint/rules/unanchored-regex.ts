import type { Rule } from '../rule.js';
import { args, isRegexLocation, locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'unanchored-regex',
  severity: 'warning',
  description: 'A location regex anchored neither at the start (^) nor at the end ($): it matches anywhere in the URI.',
  source: 'gixy-next unanchored_regex; nginx docs: location',
  create({ report }) {
    return {
      on: {
        location(d, at, file) {
          if (!isRegexLocation(at, d)) return;
          const { uri } = locationMatch(at, d);
          if (!uri.startsWith('^') && !uri.endsWith('$')) report(d, file, `location regex "${uri}" is not anchored: "/x${uri}y" matches too; anchor it with ^ or $`, args(d).length - 1);
        },
      },
    };
  },
};
