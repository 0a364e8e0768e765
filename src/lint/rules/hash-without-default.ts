import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'hash-without-default',
  severity: 'warning',
  description: 'map or geo without a default entry: unmatched values give an empty string.',
  source: 'gixy hash_without_default; nginx docs: ngx_http_map_module, ngx_http_geo_module (default: empty string)',
  check({ model, report }) {
    for (const name of ['map', 'geo']) {
      for (let i = 0, list = model.byName.get(name) ?? []; i < list.length; i++) {
        const n = list[i];
        if (!n.hasBlock) continue;
        if (n.children.some((c) => c.name === 'default' || c.name === 'include')) continue;
        report(n, `${name} ${n.args[n.args.length - 1]} has no default entry: unmatched values become ""; add "default <value>;"`);
      }
    }
  },
};
