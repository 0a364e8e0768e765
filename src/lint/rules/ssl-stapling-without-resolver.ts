import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, effectiveIn, hasOwn, urlOf, type Block } from '../model.js';
import { isIpLiteral, isTlsServer } from './util.js';

export const rule: Rule = {
  id: 'ssl-stapling-without-resolver',
  severity: 'warning',
  description: 'ssl_stapling on without a resolver: nginx cannot reach the OCSP responder, and stapling silently does nothing.',
  source: 'gixy-next ssl_stapling_without_resolver (per server; ssl_stapling_file; a responder given as an IP address); nginx docs: ssl_stapling ("a resolver should be specified")',
  create({ report }) {
    /** ssl_stapling directives already reported (one at the http level serves many servers). */
    const reported = new Set<Directive>();
    const check = (s: Block, on: { d: Directive; file: number }) => {
      if (reported.has(on.d) || !isTlsServer(s)) return;
      if (effective(s, 'resolver') || effective(s, 'ssl_stapling_file')) return;
      // a responder given as an IP address needs no name resolved
      const responder = effective(s, 'ssl_stapling_responder');
      const host = responder ? urlOf(s, responder)?.host : undefined;
      if (host && isIpLiteral(host)) return;
      reported.add(on.d);
      report(on.d, on.file, 'ssl_stapling on but no resolver: the OCSP responder cannot be resolved; add "resolver <your DNS>;"');
    };
    const inheritedStapling: Listener = (_d, at, _file, s) => {
      if (!s || !hasOwn(at, 'ssl_stapling') || hasOwn(s, 'ssl_stapling')) return;
      const on = effectiveIn(at, 'ssl_stapling');
      if (on && args(on.d)[0] === 'on') check(s, on);
    };
    return {
      on: {
        // stapling is per TLS server, by the setting it ends up with: its own (here) ...
        ssl_stapling(d, at, file) {
          if (args(d)[0] === 'on' && at.name === 'server') check(at, { d, file });
        },
        // ... or the http (stream) level's, for a server without one (asked of the level's index: no scan of each server for most configs)
        'server@http': inheritedStapling,
        'server@stream': inheritedStapling,
      },
    };
  },
};
