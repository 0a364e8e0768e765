import type { Rule } from '../rule.js';
import { captureGroups, captureRefs, childrenNamed, hasCaptureRef, isRegexLocation, locationMatch, type LNode } from '../model.js';

const USES: ReadonlySet<string> = new Set(['proxy_pass', 'return', 'alias', 'root', 'add_header', 'proxy_set_header', 'set', 'try_files', 'fastcgi_param', 'proxy_redirect']);

export const rule: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: 'A reference to a regex capture group ($N) that the regex does not have.',
  source: 'gixy invalid_regex; nginx docs: ngx_http_rewrite_module and location (captures $1..$9 of the last matched regex)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('rewrite') ?? []; i < list.length; i++) {
      const n = list[i];
      const groups = captureGroups(n.args[0] ?? '');
      const bad = captureRefs(n.args[1] ?? '').find((r) => r > groups);
      if (bad) report(n, `$${bad} in the replacement, but "${n.args[0]}" has ${groups} capture group${groups === 1 ? '' : 's'}`, 1);
    }
    // Each regex location's own directives (nested blocks such as limit_except included; a nested
    // location has captures of its own, an if with a regex resets them: both left out)
    for (let i = 0, list = model.byName.get('location') ?? []; i < list.length; i++) {
      const loc = list[i];
      if (!loc.hasBlock || !isRegexLocation(loc) || childrenNamed(loc, 'rewrite').length) continue;
      const { uri } = locationMatch(loc);
      const groups = captureGroups(uri);
      const visit = (block: LNode) => {
        for (let j = 0, inner = block.children; j < inner.length; j++) {
          const n = inner[j];
          if (n.name === 'location' || n.name === 'if') continue;
          if (n.hasBlock) visit(n);
          else if (USES.has(n.name) && n.args.some(hasCaptureRef)) {
            n.args.forEach((a, i) => {
              const bad = captureRefs(a).find((r) => r > groups);
              if (bad) report(n, `$${bad} refers to a capture group that location "${uri}" does not have (${groups})`, i);
            });
          }
        }
      };
      visit(loc);
    }
  },
};
