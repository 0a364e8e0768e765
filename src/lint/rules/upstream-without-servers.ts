import type { Listener, Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'upstream-without-servers',
  severity: 'error',
  description: 'An upstream block with no server in it (after includes): nginx refuses the configuration ("no servers are inside upstream").',
  source: 'nginx: ngx_http_upstream in src/http/ngx_http_upstream.c and ngx_stream_upstream in src/stream/ngx_stream_upstream.c ("no servers are inside upstream")',
  create({ report, tree }) {
    const upstream: Listener = (d, _at, file, up) => {
      if (!up) return;
      for (let i = 0, kids = up.kids; i < kids.length; i++) {
        const n = kids[i].directive;
        // an include left unexpanded (a fragment: includes are not followed) may hold the servers
        if (n === 'server' || n === 'include') return;
      }
      // an include that could not be read (or leads outside the repository) is already a finding at
      // its line, and nginx stops there; a glob that matched no file brings no server, as in nginx
      const own = d.block ?? [];
      const errors = tree.configs[file].errors;
      for (let i = 0; i < own.length; i++) {
        const inc = own[i];
        if (inc.directive === 'include' && errors.some((e) => e.line !== null && e.line >= inc.line && e.line <= (inc.endLine ?? inc.line))) return;
      }
      report(d, file, `upstream ${args(d)[0] ?? ''} has no server in it: nginx refuses the configuration ("no servers are inside upstream"); add a server, or remove the upstream and what proxies to it`, 0);
    };
    return { on: { 'upstream@http': upstream, 'upstream@stream': upstream } };
  },
};
