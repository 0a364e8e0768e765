import type { Listener, Rule } from '../rule.js';
import { args } from '../model.js';

const NEWLINE = /[\r\n]/;

export const rule: Rule = {
  id: 'add-header-multiline',
  severity: 'warning',
  description: 'A response header value that spans lines: obsolete line folding that clients reject or split.',
  source: 'gixy add_header_multiline; RFC 9112 section 5.2 (obs-fold is deprecated)',
  create({ report }) {
    const check: Listener = (d, _at, file) => {
      const a = args(d);
      for (let i = 0; i < a.length; i++) if (NEWLINE.test(a[i])) report(d, file, `the value of ${d.directive} ${a[0]} spans several lines: write it on one line`, i);
    };
    return { on: { add_header: check, more_set_headers: check } };
  },
};
