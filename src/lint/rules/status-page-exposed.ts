import type { Listener, Rule } from '../rule.js';
import { inherited } from '../model.js';

const ACCESS = ['allow', 'deny'];

export const rule: Rule = {
  id: 'status-page-exposed',
  severity: 'warning',
  description: 'stub_status (or the api) reachable without allow/deny: anyone can read the server\'s internals.',
  source: 'gixy-next status_page_exposed; nginx docs: ngx_http_stub_status_module',
  create({ report }) {
    const check: Listener = (d, at, file) => {
      if (at.name !== 'location') return;
      const acl = inherited(at, 'allow', 'deny').nodes;
      if (!acl.some((a) => a.directive === 'deny')) report(d, file, `${d.directive} without allow/deny: restrict this location, e.g. "allow 127.0.0.1; deny all;"`);
    };
    return { on: { stub_status: check, api: check, status: check } };
  },
};
