import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'add-header-multiline',
  severity: 'warning',
  description: 'A response header value that spans lines: obsolete line folding that clients reject or split.',
  source: 'gixy add_header_multiline; RFC 9112 section 5.2 (obs-fold is deprecated)',
  check({ model, report }) {
    for (const name of ['add_header', 'more_set_headers']) {
      for (let i = 0, list = model.byName.get(name) ?? []; i < list.length; i++) {
        const n = list[i];
        n.args.forEach((a, i) => {
          if (/[\r\n]/.test(a)) report(n, `the value of ${name} ${n.args[0]} spans several lines: write it on one line`, i);
        });
      }
    }
  },
};
