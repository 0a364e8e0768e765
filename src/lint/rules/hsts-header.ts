import type { Rule } from '../rule.js';
import { headerName, inherited, type LNode } from '../model.js';
import { isTlsServer } from './util.js';

const MIN_AGE = 15552000; // 180 days

export const rule: Rule = {
  id: 'hsts-header',
  severity: 'warning',
  description: 'A TLS server without Strict-Transport-Security, or with a max-age under 180 days.',
  source: 'gixy-next hsts_header; RFC 6797; Mozilla Server Side TLS (max-age of two years)',
  check({ model, report }) {
    const check = (block: LNode, where: string) => {
      const headers = inherited(block, 'add_header').nodes;
      const hsts = headers.find((h) => headerName(h) === 'strict-transport-security');
      if (!hsts) {
        report(headers[0] ?? block, `${where} serves TLS without Strict-Transport-Security: add 'add_header Strict-Transport-Security "max-age=63072000" always;'`);
        return;
      }
      const age = /max-age=(\d+)/i.exec(hsts.args[1] ?? '');
      if (age && Number(age[1]) < MIN_AGE) report(hsts, `Strict-Transport-Security max-age=${age[1]} is under 180 days (${MIN_AGE}): use at least 15552000, ideally 63072000`, 1);
    };
    for (let i = 0, list = model.byName.get('server') ?? []; i < list.length; i++) {
      const s = list[i];
      if (s.ctx !== 'http' || !s.hasBlock || !isTlsServer(s)) continue;
      check(s, `server ${s.children.find((c) => c.name === 'server_name')?.args.join(' ') ?? ''}`.trim());
      // locations that define add_header lose the server's HSTS (nginx's inheritance rule)
      const walk = (b: LNode) => {
        for (let j = 0, inner = b.children; j < inner.length; j++) {
          const c = inner[j];
          if (c.name !== 'location' && c.name !== 'if') continue;
          if (c.children.some((x) => x.name === 'add_header')) check(c, `location ${c.args.join(' ')}`);
          walk(c);
        }
      };
      walk(s);
    }
  },
};
