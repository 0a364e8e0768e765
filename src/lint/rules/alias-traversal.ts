import type { Rule } from '../rule.js';
import { locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'alias-traversal',
  severity: 'error',
  description: 'A prefix location without a trailing slash whose alias has one: /files../ reaches the parent directory.',
  source: 'gixy alias_traversal ("Path traversal via misconfigured alias"); nginx docs: ngx_http_core_module alias',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('alias') ?? []; i < list.length; i++) {
      const n = list[i];
      const loc = n.parent;
      if (!loc || loc.name !== 'location') continue;
      const { mod, uri } = locationMatch(loc);
      if (mod !== '' && mod !== '^~') continue;
      if (!uri.endsWith('/') && (n.args[0] ?? '').endsWith('/')) {
        report(n, `location ${uri} has no trailing slash but its alias ${n.args[0]} has one: "${uri}../" escapes the alias directory; write "location ${uri}/"`, 0);
      }
    }
  },
};
