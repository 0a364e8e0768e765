import type { Rule } from '../rule.js';
import { effective } from '../model.js';

export const rule: Rule = {
  id: 'limit-req-status',
  severity: 'warning',
  description: 'limit_req without limit_req_status 429: rejected clients get 503, which reads as an outage.',
  source: 'nginx docs: limit_req_status (default 503); RFC 6585 section 4 (429 Too Many Requests)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('limit_req') ?? []; i < list.length; i++) {
      const n = list[i];
      if (!n.parent) continue;
      const s = effective(n.parent, 'limit_req_status');
      if (!s) report(n, 'rate-limited requests get 503 (the default), which monitoring reads as an outage: add "limit_req_status 429;"');
      else if (s.args[0] !== '429') report(s, `limit_req_status ${s.args[0]}: use 429 (Too Many Requests) so clients back off and alerts stay quiet`, 0);
    }
  },
};
