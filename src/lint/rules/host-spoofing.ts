import type { Rule } from '../rule.js';
import { headerName } from '../model.js';

export const rule: Rule = {
  id: 'host-spoofing',
  severity: 'warning',
  description: 'proxy_set_header Host $http_host passes the client\'s Host header unchecked to the backend.',
  source: 'gixy host_spoofing; nginx docs: $host is the server_name-validated host, $http_host the raw header',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('proxy_set_header') ?? []; i < list.length; i++) {
      const n = list[i];
      if (headerName(n) === 'host' && /\$(\{)?http_host\b/.test(n.args[1] ?? '')) report(n, 'Host $http_host forwards any Host the client sends: use $host', 1);
    }
  },
};
