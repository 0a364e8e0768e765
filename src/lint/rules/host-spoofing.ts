import type { Rule } from '../rule.js';
import { args, headerName } from '../model.js';

/**
 * A variable the client sets freely: a request header ($http_host, $http_x_forwarded_host, ...), a
 * query argument or a cookie. nginx's variable names are case-insensitive ($HTTP_HOST is $http_host).
 */
const CLIENT_VAR = /\$\{?((?:http|arg|cookie)_\w+)/i;

export const rule: Rule = {
  id: 'host-spoofing',
  severity: 'warning',
  description: 'proxy_set_header Host built from a value the client sends ($http_host, $http_x_forwarded_host, a query argument or cookie): the backend gets any Host the client chooses.',
  source: 'gixy host_spoofing, with gixy-next\'s X-Forwarded-Host, argument and cookie cases; nginx docs: $host is the server_name-validated host, $http_host the raw header',
  create({ report }) {
    return {
      withVariables: {
        proxy_set_header(d, at, file) {
          const v = args(d)[1] ?? '';
          const m = v.includes('$') ? CLIENT_VAR.exec(v) : null;
          if (!m || headerName(at, d) !== 'host') return;
          report(d, file, `Host is built from $${m[1]}, which the client sets: the backend gets any Host it chooses; use $host`, 1);
        },
      },
    };
  },
};
