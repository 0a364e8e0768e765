import type { Listener, Rule } from '../rule.js';
import { args } from '../model.js';
import { firstAt, firstPerBlock } from './util.js';

export const rule: Rule = {
  id: 'duplicate-upstream',
  severity: 'error',
  refusal: true,
  description: 'Two upstream blocks with the same name (often in two included files): nginx refuses the configuration.',
  source: 'nginx: ngx_http_upstream_add in src/http/ngx_http_upstream.c ("duplicate upstream"; names compare without case)',
  create({ report }) {
    /** Per http (or stream) block: the first upstream of each name (lower-cased). */
    const first = firstPerBlock();
    const upstream: Listener = (d, at, file, up) => {
      if (!up) return;
      const earlier = first(at, (args(d)[0] ?? '').toLowerCase(), d);
      if (earlier) report(d, file, `duplicate upstream "${args(d)[0]}"${firstAt(earlier, d)}: nginx refuses the configuration`, 0);
    };
    return { on: { 'upstream@http': upstream, 'upstream@stream': upstream } };
  },
};
