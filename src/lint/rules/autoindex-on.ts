import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'autoindex-on',
  severity: 'warning',
  description: 'autoindex on lists directory contents to anyone.',
  source: 'nginx docs: ngx_http_autoindex_module',
  check({ model, report }) {
    for (const n of model.byName.get('autoindex') ?? []) {
      if (n.args[0] === 'on') report(n, 'autoindex on lists every file in the directory: turn it off unless the listing is meant to be public', 0);
    }
  },
};
