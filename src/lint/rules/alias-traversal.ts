import type { Rule } from '../rule.js';
import { args, locationMatch } from '../model.js';

export const rule: Rule = {
  id: 'alias-traversal',
  severity: 'error',
  description: 'A prefix location without a trailing slash whose alias has one: /files../ reaches the parent directory.',
  source: 'gixy alias_traversal ("Path traversal via misconfigured alias"); nginx docs: ngx_http_core_module alias',
  create({ report }) {
    return {
      on: {
        alias(d, at, file) {
          if (at.name !== 'location') return;
          const { mod, uri } = locationMatch(at, at.d);
          if (mod !== '' && mod !== '^~') return;
          const a = args(d)[0] ?? '';
          if (!uri.endsWith('/') && a.endsWith('/')) {
            report(d, file, `location ${uri} has no trailing slash but its alias ${a} has one: "${uri}../" escapes the alias directory; write "location ${uri}/"`, 0);
          }
        },
      },
    };
  },
};
