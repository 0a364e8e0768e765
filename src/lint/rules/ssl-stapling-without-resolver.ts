import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, effectiveIn, urlOf } from '../model.js';
import { isIpLiteral, isTlsServer } from './util.js';

export const rule: Rule = {
  id: 'ssl-stapling-without-resolver',
  severity: 'warning',
  description: 'ssl_stapling on without a resolver: nginx cannot reach the OCSP responder, and stapling silently does nothing.',
  source: 'gixy-next ssl_stapling_without_resolver (per server; ssl_stapling_file; a responder given as an IP address); nginx docs: ssl_stapling ("a resolver should be specified")',
  create({ report }) {
    /** ssl_stapling directives already reported (one at the http level serves many servers). */
    const reported = new Set<Directive>();
    return {
      on: {
        // stapling is per TLS server: the setting it ends up with (its own, or the http level's)
        server(_d, at, _file, s) {
          if ((at.ctx !== 'http' && at.ctx !== 'stream') || !s || !isTlsServer(s)) return;
          const on = effectiveIn(s, 'ssl_stapling');
          if (!on || args(on.d)[0] !== 'on' || reported.has(on.d)) return;
          if (effective(s, 'resolver') || effective(s, 'ssl_stapling_file')) return;
          // a responder given as an IP address needs no name resolved
          const responder = effective(s, 'ssl_stapling_responder');
          const host = responder ? urlOf(s, responder)?.host : undefined;
          if (host && isIpLiteral(host)) return;
          reported.add(on.d);
          report(on.d, on.file, 'ssl_stapling on but no resolver: the OCSP responder cannot be resolved; add "resolver <your DNS>;"');
        },
      },
    };
  },
};
