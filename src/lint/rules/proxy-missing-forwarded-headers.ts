import type { Rule } from '../rule.js';
import { headerNames, inherited } from '../model.js';
import { PROXIED } from './util.js';

const NEEDED = [
  ['host', 'Host $host'],
  ['x-forwarded-for', 'X-Forwarded-For $proxy_add_x_forwarded_for'],
  ['x-forwarded-proto', 'X-Forwarded-Proto $scheme'],
] as const;

/** The header names of NEEDED (lower-case, as headerNames() gives them). */
const NAMES: readonly string[] = NEEDED.map(([name]) => name);

/** The message for each set of missing headers (bit k set: NEEDED[k] is sent): 7 strings, not one per finding. */
const MESSAGES = Array.from({ length: 7 }, (_, seen) => {
  const missing = NEEDED.filter((_, k) => !(seen & (1 << k))).map(([, line]) => line);
  return `the backend gets no ${missing.map((m) => m.split(' ')[0]).join(', ')}: add proxy_set_header ${missing.join('; proxy_set_header ')}`;
});

export const rule: Rule = {
  id: 'proxy-missing-forwarded-headers',
  severity: 'warning',
  description: 'A proxied location that, after inheritance, sends no Host, X-Forwarded-For or X-Forwarded-Proto to the backend.',
  source: 'Load-balancer practice; nginx docs: proxy_set_header (default Host is $proxy_host, the upstream name)',
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          const names = headerNames(block, inherited(block, 'proxy_set_header'));
          let seen = 0; // bit k: NEEDED[k] is sent
          for (let i = 0; i < names.length; i++) for (let k = 0; k < NAMES.length; k++) if (NAMES[k] === names[i]) seen |= 1 << k;
          if (seen !== 7) report(pass, file, MESSAGES[seen]);
        },
      },
    };
  },
};
