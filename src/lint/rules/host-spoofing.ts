import type { Rule } from '../rule.js';
import { args, headerName } from '../model.js';

const HTTP_HOST = /\$(\{)?http_host\b/;

export const rule: Rule = {
  id: 'host-spoofing',
  severity: 'warning',
  description: 'proxy_set_header Host $http_host passes the client\'s Host header unchecked to the backend.',
  source: 'gixy host_spoofing; nginx docs: $host is the server_name-validated host, $http_host the raw header',
  create({ report }) {
    return {
      on: {
        proxy_set_header(d, at, file) {
          const v = args(d)[1] ?? '';
          if (v.includes('http_host') && headerName(at, d) === 'host' && HTTP_HOST.test(v)) report(d, file, 'Host $http_host forwards any Host the client sends: use $host', 1);
        },
      },
    };
  },
};
