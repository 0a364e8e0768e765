import type { Listener, Rule } from '../rule.js';
import { args, hasOwn } from '../model.js';

export const rule: Rule = {
  id: 'hash-without-default',
  severity: 'warning',
  description: 'map or geo without a default entry: unmatched values give an empty string.',
  source: 'gixy hash_without_default; nginx docs: ngx_http_map_module, ngx_http_geo_module (default: empty string)',
  create({ report }) {
    const check: Listener = (d, _at, file, block) => {
      if (!block || hasOwn(block, 'default', 'include')) return;
      const a = args(d);
      report(d, file, `${d.directive} ${a[a.length - 1]} has no default entry: unmatched values become ""; add "default <value>;"`);
    };
    return { on: { map: check, geo: check } };
  },
};
