import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'autoindex-on',
  severity: 'warning',
  description: 'autoindex on lists directory contents to anyone.',
  source: 'nginx docs: ngx_http_autoindex_module',
  create({ report }) {
    return {
      on: {
        autoindex(d, _at, file) {
          if (args(d)[0] === 'on') report(d, file, 'autoindex on lists every file in the directory: turn it off unless the listing is meant to be public', 0);
        },
      },
    };
  },
};
