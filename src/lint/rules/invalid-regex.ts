import type { Rule } from '../rule.js';
import { captureGroups, captureRefs, childrenNamed, hasCaptureRef, isRegexLocation, locationMatch, type LNode } from '../model.js';

const USES = ['proxy_pass', 'return', 'alias', 'root', 'add_header', 'proxy_set_header', 'set', 'try_files', 'fastcgi_param', 'proxy_redirect'];

export const rule: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: 'A reference to a regex capture group ($N) that the regex does not have.',
  source: 'gixy invalid_regex; nginx docs: ngx_http_rewrite_module and location (captures $1..$9 of the last matched regex)',
  check({ model, report }) {
    for (const n of model.byName.get('rewrite') ?? []) {
      const groups = captureGroups(n.args[0] ?? '');
      const bad = captureRefs(n.args[1] ?? '').find((r) => r > groups);
      if (bad) report(n, `$${bad} in the replacement, but "${n.args[0]}" has ${groups} capture group${groups === 1 ? '' : 's'}`, 1);
    }
    for (const name of USES) {
      for (const n of model.byName.get(name) ?? []) {
        if (!n.args.some(hasCaptureRef)) continue;
        let loc: LNode | undefined;
        let inIf = false;
        for (let b = n.parent; b && b.name; b = b.parent) {
          if (b.name === 'if') inIf = true;
          else if (!loc && b.name === 'location') loc = b;
        }
        if (!loc || !isRegexLocation(loc)) continue;
        // a rewrite or if with a regex in between resets the captures: leave those alone
        if (inIf || childrenNamed(loc, 'rewrite').length) continue;
        const groups = captureGroups(locationMatch(loc).uri);
        n.args.forEach((a, i) => {
          const bad = captureRefs(a).find((r) => r > groups);
          if (bad) report(n, `$${bad} refers to a capture group that location "${locationMatch(loc).uri}" does not have (${groups})`, i);
        });
      }
    }
  },
};
