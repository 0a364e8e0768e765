import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, type Block } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-upstream',
  severity: 'error',
  refusal: true,
  description: 'Two upstream blocks with the same name (often in two included files): nginx refuses the configuration.',
  source: 'nginx: ngx_http_upstream_add in src/http/ngx_http_upstream.c ("duplicate upstream"; names compare without case)',
  create({ report }) {
    /** Per http (or stream) block: the first upstream of each name (lower-cased), with its file. */
    const seen = new Map<Block, Map<string, Directive>>();
    const upstream: Listener = (d, at, file, up) => {
      if (!up) return;
      let byName = seen.get(at);
      if (!byName) seen.set(at, (byName = new Map()));
      const name = (args(d)[0] ?? '').toLowerCase();
      const first = byName.get(name);
      if (!first) byName.set(name, d);
      else report(d, file, `duplicate upstream "${args(d)[0]}" (the first is at line ${first.line}${first === d ? ', the same file included twice' : ''}): nginx refuses the configuration`, 0);
    };
    return { on: { 'upstream@http': upstream, 'upstream@stream': upstream } };
  },
};
