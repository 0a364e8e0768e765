import type { Rule } from '../rule.js';
import { inherited } from '../model.js';

const ACCESS = ['allow', 'deny'];

export const rule: Rule = {
  id: 'status-page-exposed',
  severity: 'warning',
  description: 'stub_status (or the api) reachable without allow/deny: anyone can read the server\'s internals.',
  source: 'gixy-next status_page_exposed; nginx docs: ngx_http_stub_status_module',
  check({ model, report }) {
    for (const name of ['stub_status', 'api', 'status']) {
      for (let i = 0, list = model.byName.get(name) ?? []; i < list.length; i++) {
        const n = list[i];
        const loc = n.parent;
        if (!loc || loc.name !== 'location') continue;
        const acl = inherited(loc, ACCESS).nodes;
        if (!acl.some((a) => a.name === 'deny')) report(n, `${name} without allow/deny: restrict this location, e.g. "allow 127.0.0.1; deny all;"`);
      }
    }
  },
};
