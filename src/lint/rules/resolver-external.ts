import type { Rule } from '../rule.js';
import { isPublicIp } from './util.js';

export const rule: Rule = {
  id: 'resolver-external',
  severity: 'warning',
  description: 'A resolver on a public address: DNS answers can be spoofed off-path (nginx\'s resolver has no DNSSEC).',
  source: 'gixy resolver_external ("Using external DNS nameservers"); nginx docs: resolver',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('resolver') ?? []; i < list.length; i++) {
      const n = list[i];
      n.args.forEach((a, i) => {
        if (a.includes('=')) return;
        if (isPublicIp(a)) report(n, `resolver ${a} is a public DNS server: use a local resolver (127.0.0.53, the VPC resolver) that you trust`, i);
      });
    }
  },
};
