import type { Rule } from '../rule.js';
import { headerName } from '../model.js';

export const rule: Rule = {
  id: 'add-header-content-type',
  severity: 'warning',
  description: 'Content-Type set with add_header: nginx sends it next to its own Content-Type, so clients see two.',
  source: 'gixy add_header_content_type; nginx docs: ngx_http_headers_module (add_header adds, it never replaces); use default_type or types',
  create({ report }) {
    return {
      on: {
        add_header(d, at, file) {
          if (headerName(at, d) === 'content-type') report(d, file, 'add_header Content-Type adds a second Content-Type header: use default_type or a types block instead', 0);
        },
      },
    };
  },
};
