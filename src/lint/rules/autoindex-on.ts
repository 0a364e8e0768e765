import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'autoindex-on',
  severity: 'warning',
  description: 'autoindex on lists directory contents to anyone.',
  source: 'nginx docs: ngx_http_autoindex_module',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('autoindex') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.args[0] === 'on') report(n, 'autoindex on lists every file in the directory: turn it off unless the listing is meant to be public', 0);
    }
  },
};
