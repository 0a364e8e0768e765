import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, urlOf, type Block } from '../model.js';

export const rule: Rule = {
  id: 'missing-resolver',
  severity: 'warning',
  description: 'proxy_pass with a variable in the host part and no resolver: requests fail with "no resolver defined".',
  source: 'gixy-next missing_resolver; nginx docs: proxy_pass ("If ... specified using variables ... the name is searched among upstreams, and if not found, determined using a resolver")',
  create({ report }) {
    let upstreams = 0;
    const mapped = new Set<string>();
    const passes: { d: Directive; at: Block; file: number; host: string }[] = [];
    return {
      on: {
        upstream() {
          upstreams++;
        },
        map(d) {
          mapped.add(args(d)[1]);
        },
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (u && u.host.includes('$')) passes.push({ d, at, file, host: u.host });
        },
      },
      end() {
        for (const { d, at, file, host } of passes) {
          if (upstreams && /^\$\w+$/.test(host) && mapped.has(host)) continue;
          if (!effective(at, 'resolver')) report(d, file, `proxy_pass host ${host} is a variable and no resolver is set: nginx cannot resolve it at request time; add "resolver <your DNS>;"`, 0);
        }
      },
    };
  },
};
