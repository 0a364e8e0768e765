import type { Rule } from '../rule.js';
import { args, effectiveIn } from '../model.js';

export const rule: Rule = {
  id: 'limit-req-status',
  severity: 'warning',
  description: 'limit_req without limit_req_status 429: rejected clients get 503, which reads as an outage.',
  source: 'nginx docs: limit_req_status (default 503); RFC 6585 section 4 (429 Too Many Requests)',
  create({ report }) {
    return {
      on: {
        limit_req(d, at, file) {
          const s = effectiveIn(at, 'limit_req_status');
          if (!s) report(d, file, 'rate-limited requests get 503 (the default), which monitoring reads as an outage: add "limit_req_status 429;"');
          else if (args(s.d)[0] !== '429') report(s.d, s.file, `limit_req_status ${args(s.d)[0]}: use 429 (Too Many Requests) so clients back off and alerts stay quiet`, 0);
        },
      },
    };
  },
};
