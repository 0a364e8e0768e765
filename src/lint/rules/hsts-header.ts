import type { Listener, Rule } from '../rule.js';
import { args, hasOwn, headerName, inherited, inheritedFile, ownFirst, type Block } from '../model.js';
import { isTlsServer } from './util.js';

const MIN_AGE = 15552000; // 180 days

export const rule: Rule = {
  id: 'hsts-header',
  severity: 'warning',
  description: 'A TLS server without Strict-Transport-Security, or with a max-age under 180 days.',
  source: 'gixy-next hsts_header; RFC 6797; Mozilla Server Side TLS (max-age of two years)',
  create({ report }) {
    const check = (block: Block, where: string) => {
      const inh = inherited(block, 'add_header');
      const headers = inh.nodes;
      const i = headers.findIndex((h) => headerName(block, h) === 'strict-transport-security');
      const hsts = headers[i];
      if (!hsts) {
        const message = `${where} serves TLS without Strict-Transport-Security: add 'add_header Strict-Transport-Security "max-age=63072000" always;'`;
        if (headers.length) report(headers[0], inheritedFile(inh, 0), message);
        else report(block.d, block.file, message);
        return;
      }
      const age = /max-age=(\d+)/i.exec(args(hsts)[1] ?? '');
      if (age && Number(age[1]) < MIN_AGE) report(hsts, inheritedFile(inh, i), `Strict-Transport-Security max-age=${age[1]} is under 180 days (${MIN_AGE}): use at least 15552000, ideally 63072000`, 1);
    };
    const tls = new Map<Block, boolean>();
    const isTls = (s: Block) => {
      let v = tls.get(s);
      if (v === undefined) tls.set(s, (v = isTlsServer(s)));
      return v;
    };
    // locations (and ifs) that define add_header lose the server's HSTS (nginx's inheritance rule)
    const nested: Listener = (d, at, _file, block) => {
      if (!block || !hasOwn(block, 'add_header')) return;
      let s: Block | null = at;
      while (s && (s.name === 'location' || s.name === 'if')) s = s.parent;
      if (s && s.name === 'server' && s.parent?.ctx === 'http' && isTls(s)) check(block, `location ${args(d).join(' ')}`);
    };
    return {
      on: {
        'server@http'(_d, _at, _file, s) {
          if (!s || !isTls(s)) return;
          const name = ownFirst(s, 'server_name');
          check(s, `server ${name ? args(name).join(' ') : ''}`.trim());
        },
        location: nested,
        if: nested,
      },
    };
  },
};
