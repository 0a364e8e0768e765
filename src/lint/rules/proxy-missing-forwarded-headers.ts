import type { Rule } from '../rule.js';
import { headerName, inherited } from '../model.js';
import { proxiedLocations } from './util.js';

const NEEDED = [
  ['host', 'Host $host'],
  ['x-forwarded-for', 'X-Forwarded-For $proxy_add_x_forwarded_for'],
  ['x-forwarded-proto', 'X-Forwarded-Proto $scheme'],
] as const;

export const rule: Rule = {
  id: 'proxy-missing-forwarded-headers',
  severity: 'warning',
  description: 'A proxied location that, after inheritance, sends no Host, X-Forwarded-For or X-Forwarded-Proto to the backend.',
  source: 'Load-balancer practice; nginx docs: proxy_set_header (default Host is $proxy_host, the upstream name)',
  check({ model, report }) {
    for (let i = 0, list = proxiedLocations(model); i < list.length; i++) {
      const { block, pass } = list[i];
      const headers = inherited(block, 'proxy_set_header').nodes;
      const missing = NEEDED.filter(([h]) => !headers.some((n) => headerName(n) === h)).map(([, line]) => line);
      if (missing.length) report(pass, `the backend gets no ${missing.map((m) => m.split(' ')[0]).join(', ')}: add proxy_set_header ${missing.join('; proxy_set_header ')}`);
    }
  },
};
