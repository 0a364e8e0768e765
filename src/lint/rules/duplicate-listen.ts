import type { Rule } from '../rule.js';
import { listenSockets } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-listen',
  severity: 'error',
  refusal: true,
  description: 'A server that listens on the same address and port twice (often once more in an included file): nginx refuses the configuration ("a duplicate listen").',
  source: 'nginx: ngx_http_add_server in src/http/ngx_http.c ("a duplicate listen %V"); sockets compared as nginx compares them, not by spelling (80, *:80 and 0.0.0.0:80 are one)',
  create({ report }) {
    return {
      on: {
        'server@http'(_d, _at, _file, s) {
          if (!s) return;
          const list = listenSockets(s);
          for (let i = 1; i < list.length; i++) {
            const l = list[i];
            for (let j = 0; j < i; j++) {
              if (list[j].socket !== l.socket) continue;
              report(l.node, l.file, `a duplicate listen ${l.address} in this server (the first is at line ${list[j].node.line}${list[j].file === l.file ? '' : ' of another file'}): nginx refuses the configuration; keep one`, 0);
              break;
            }
          }
        },
      },
    };
  },
};
