import type { Rule } from '../rule.js';
import { args } from '../model.js';
import { isPublicIp } from './util.js';

export const rule: Rule = {
  id: 'resolver-external',
  severity: 'warning',
  description: 'A resolver on a public address: DNS answers can be spoofed off-path (nginx\'s resolver has no DNSSEC).',
  source: 'gixy resolver_external ("Using external DNS nameservers"); nginx docs: resolver',
  create({ report }) {
    return {
      on: {
        resolver(d, _at, file) {
          const a = args(d);
          for (let i = 0; i < a.length; i++) {
            if (a[i].includes('=')) continue;
            if (isPublicIp(a[i])) report(d, file, `resolver ${a[i]} is a public DNS server: use a local resolver (127.0.0.53, the VPC resolver) that you trust`, i);
          }
        },
      },
    };
  },
};
