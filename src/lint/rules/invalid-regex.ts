import type { Listener, Rule } from '../rule.js';
import { args, captureGroups, captureRefs, hasCaptureRef, hasOwn, isRegexLocation, locationMatch, type Block } from '../model.js';

const USES: ReadonlySet<string> = new Set(['proxy_pass', 'return', 'alias', 'root', 'add_header', 'proxy_set_header', 'set', 'try_files', 'fastcgi_param', 'proxy_redirect']);

export const rule: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: 'A reference to a regex capture group ($N) that the regex does not have.',
  source: 'gixy invalid_regex; nginx docs: ngx_http_rewrite_module and location (captures $1..$9 of the last matched regex)',
  create({ report }) {
    // A directive refers to the captures of the regex location it stands in (nested blocks such as
    // limit_except included; a nested location has captures of its own, an if with a regex resets
    // them: both left out), unless that location has a rewrite of its own.
    const use: Listener = (n, at, file) => {
      const a = args(n);
      if (!a.some(hasCaptureRef)) return;
      let loc: Block | null = at;
      while (loc && loc.name && loc.name !== 'location' && loc.name !== 'if') loc = loc.parent;
      if (!loc || loc.name !== 'location' || !isRegexLocation(loc, loc.d) || hasOwn(loc, 'rewrite')) return;
      const { uri } = locationMatch(loc, loc.d);
      const groups = captureGroups(uri);
      for (let i = 0; i < a.length; i++) {
        const bad = captureRefs(a[i]).find((r) => r > groups);
        if (bad) report(n, file, `$${bad} refers to a capture group that location "${uri}" does not have (${groups})`, i);
      }
    };
    const on: Record<string, Listener> = Object.fromEntries([...USES].map((name) => [name, use]));
    on.rewrite = (n, _at, file) => {
      const a = args(n);
      const groups = captureGroups(a[0] ?? '');
      const bad = captureRefs(a[1] ?? '').find((r) => r > groups);
      if (bad) report(n, file, `$${bad} in the replacement, but "${a[0]}" has ${groups} capture group${groups === 1 ? '' : 's'}`, 1);
    };
    return { on };
  },
};
