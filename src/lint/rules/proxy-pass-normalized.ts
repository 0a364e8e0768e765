import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, locationMatch, urlOf, type Block } from '../model.js';
import { PROXIED } from './util.js';

/** Values taken from the decoded, normalized URI: $uri, $document_uri, a regex capture. */
const DECODED = /\$\{?(uri|document_uri|\d)\b/i;
/** `rewrite ^ $request_uri`: makes the URI the raw request path, so $uri and captures stay encoded. */
const RAW_REWRITE = /^\$\{?request_uri\}?$/i;

export const rule: Rule = {
  id: 'proxy-pass-normalized',
  severity: 'info',
  description: 'proxy_pass with a URI part sends the decoded, normalized path (%2F becomes /, ../ is resolved), not what the client sent.',
  source: 'gixy proxy_pass_normalized, with gixy-next\'s cases ($uri and captures in the URI part; `rewrite ^ $request_uri` first); nginx docs: proxy_pass ("If proxy_pass is specified with URI ... a normalized request URI ... is replaced")',
  create({ report }) {
    return {
      on: {
        [PROXIED](d, at, file) {
          const u = urlOf(at, d);
          if (!u?.path) return;
          const location = enclosingLocation(at);
          // an exact-match location proxies one URI: there is no path of the client's to keep
          if (!location || locationMatch(location, location.d).mod === '=') return;
          if (!u.path.includes('$')) {
            report(d, file, `proxy_pass ${args(d)[0]} has a URI part: the backend gets the decoded, normalized path (%2F -> /, %2E%2E resolved); drop the URI part to pass the client's path as sent`, 0);
            return;
          }
          const m = DECODED.exec(u.path);
          if (m && !rawUri(at)) report(d, file, `proxy_pass ${args(d)[0]} builds its URI from $${m[1]}, which nginx decodes and normalizes (%2F -> /): drop the URI part, use $request_uri, or put "rewrite ^ $request_uri;" first`, 0);
        },
      },
    };
  },
};

/** The location a block is (or stands in: an `if` or `limit_except` in it), or undefined. */
function enclosingLocation(at: Block): Block | undefined {
  for (let b: Block | null = at; b && b.name; b = b.parent) {
    if (b.name === 'location') return b;
    if (b.name !== 'if' && b.name !== 'limit_except') return undefined;
  }
  return undefined;
}

/**
 * True when a `rewrite ^ $request_uri` runs whenever a directive of `at` runs: one standing directly
 * in `at` or an enclosing block (one in a sibling `if` runs only sometimes).
 */
function rawUri(at: Block): boolean {
  for (let b: Block | null = at; b && b.name !== 'http' && b.name; b = b.parent) {
    for (let i = 0; i < b.kids.length; i++) if (isRawRewrite(b.kids[i])) return true;
  }
  return false;
}

function isRawRewrite(d: Directive): boolean {
  if (d.directive !== 'rewrite') return false;
  const a = args(d);
  return a[0] === '^' && RAW_REWRITE.test(a[1] ?? '');
}
