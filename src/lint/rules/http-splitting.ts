import type { Listener, Rule } from '../rule.js';
import { args, captureRefs, headerName, isRegexLocation, locationMatch, type Block } from '../model.js';
import type { Directive } from '../../parser/types.js';
import { CRLF_VARS } from './util.js';

/**
 * Capture groups of a regex that can match CR or LF: `.`, `\s`, or a negated class not excluding them
 * (written `\r\n`, or as the CR/LF characters nginx's own unescaping of the config makes of them).
 */
function crlfGroups(re: string): Set<number> {
  const out = new Set<number>();
  let n = 0;
  const stack: number[] = [];
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      if (/[sSWD]/.test(re[i + 1]) && stack.length) for (const g of stack) if (g > 0) out.add(g);
      i++;
      continue;
    }
    if (c === '[') {
      const end = re.indexOf(']', i + 2);
      const cls = re.slice(i + 1, end < 0 ? re.length : end);
      if (cls.startsWith('^') && !/\\n|\\r|\\s|[\r\n]/.test(cls)) for (const g of stack) if (g > 0) out.add(g);
      i = end < 0 ? re.length : end;
      continue;
    }
    if (c === '(') {
      const capturing = re[i + 1] !== '?' || /^\(\?(P?<[A-Za-z_]|')/.test(re.slice(i, i + 5));
      stack.push(capturing ? ++n : 0);
    } else if (c === ')') stack.pop();
    else if (c === '.' && stack.length) for (const g of stack) if (g > 0) out.add(g);
  }
  return out;
}

/** The argument each directive sends on (a header value, a redirect, the proxied URL). */
const TARGETS: [string, number][] = [['add_header', 1], ['proxy_set_header', 1], ['return', 1], ['rewrite', 1], ['proxy_pass', 0], ['more_set_headers', 0]];
/** A return that sends a Location header (a redirect code or a URL). */
const REDIRECT = /^(30[1278]|https?:)/;
/** Either thing this rule looks for: a CR/LF-capable variable (CRLF_VARS) or a capture reference, `$N` or `${N}` (one test for the common value with neither). */
const SUSPECT = new RegExp(`${CRLF_VARS.source}|\\$\\{?\\d`);

export const rule: Rule = {
  id: 'http-splitting',
  severity: 'error',
  description: 'A header, redirect or proxied request built from a value that can carry CR/LF ($uri, or a regex capture that matches newlines).',
  source: 'gixy http_splitting ("HTTP Splitting"); nginx decodes %0d%0a in $uri and in location regex captures',
  create({ report }) {
    const listener = (name: string, i: number): Listener => (n, at, file) => {
      const a = args(n);
      const v = a[i];
      if (!v || !v.includes('$') || !SUSPECT.test(v)) return;
      if (name === 'return' && !REDIRECT.test(a[0])) return;
      // the Host header is left out (asked only now: most values have nothing to report)
      if (name === 'proxy_set_header' && headerName(at, n) === 'host') return;
      const m = CRLF_VARS.exec(v);
      if (m) {
        report(n, file, `${name} uses $${m[2]}, which nginx decodes and can carry CR/LF: a client can inject headers; use $request_uri or a capture that excludes newlines`, i);
        return;
      }
      const refs = captureRefs(v);
      const regex = regexFor(n, at);
      if (!regex) return;
      const bad = crlfGroups(regex);
      const hit = refs.find((r) => bad.has(r));
      if (hit) report(n, file, `${name} uses $${hit}, captured by "${regex}" whose group can match CR/LF: a client can inject headers; match [^\\r\\n] or use a narrower class`, i);
    };
    return { on: Object.fromEntries(TARGETS.map(([name, i]) => [name, listener(name, i)])) };
  },
};

/** The regex whose captures a directive's $N refers to: its own (rewrite), else the enclosing regex location. */
function regexFor(n: Directive, at: Block): string | undefined {
  if (n.directive === 'rewrite') return args(n)[0];
  for (let b: Block | null = at; b && b.name; b = b.parent) if (b.name === 'location' && isRegexLocation(b, b.d)) return locationMatch(b, b.d).uri;
  return undefined;
}
