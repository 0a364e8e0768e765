import type { Rule } from '../rule.js';
import { args } from '../model.js';
import { classEnd, IF_REGEX, tilde } from '../../parser/regex.js';

/**
 * The top-level branches of a PCRE pattern (`a|b` outside any group or class): `^` and `$` bind to
 * the branch they stand in, so each is judged alone.
 */
function branches(re: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(re, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(re.slice(from, i));
      from = i + 1;
    }
  }
  out.push(re.slice(from));
  return out;
}

/** Index after the quantifier (`*`, `+`, `?`, `{m,n}`, and a lazy or possessive mark) at `i`, or `i`. */
function afterQuantifier(re: string, i: number): number {
  if (re[i] === '{') {
    const close = re.indexOf('}', i);
    if (close > 0 && /^\{\d*,?\d*\}$/.test(re.slice(i, close + 1))) i = close + 1;
    else return i;
  } else if (re[i] === '*' || re[i] === '+' || re[i] === '?') i++;
  else return i;
  if (re[i] === '?' || re[i] === '+') i++;
  return i;
}

/** Escapes that match more than one character (and so can stand for other host names). */
const CLASS_ESCAPE = /[wWsSdDhHvVN]/;

/**
 * How a regex meant to validate an origin or referer lets another site through, or undefined. Per
 * top-level branch: it must be anchored at the start; in the host (after `scheme://`), a wildcard
 * (`.`, a class, `\w`) must end at a label boundary (`\.`: `([^/]+\.)?example\.com` allows
 * subdomains only) or the host becomes someone else's (`exampleXcom`, `evil-example.com`); and the
 * host must end: at a required `/`, `:` (the port) or the final `$`, or `example.com.evil.net`
 * passes. gixy-next's origins plugin probes the same three ways (a prefix, a suffix and a filled-in
 * wildcard), from candidate strings it generates from the regex.
 */
function weakness(re: string): string | undefined {
  for (const branch of branches(re)) {
    const w = branchWeakness(branch);
    if (w) return w;
  }
  return undefined;
}

function branchWeakness(b: string): string | undefined {
  const scheme = /:(?:\/|\\\/){2}/.exec(b);
  let i = scheme ? scheme.index + scheme[0].length : b.startsWith('^') ? 1 : 0;
  let depth = 0;
  let ended = false;
  while (i < b.length && !ended) {
    const c = b[i];
    if (c === '(') {
      i += b.startsWith('(?:', i) ? 3 : 1;
      depth++;
      continue;
    }
    if (c === ')') {
      depth = Math.max(0, depth - 1); // the scheme may sit in a group the host is outside of: (https?://)?
      i = afterQuantifier(b, i + 1);
      continue;
    }
    if (depth === 0 && (c === '/' || c === ':' || b.startsWith('\\/', i) || (c === '$' && i === b.length - 1))) {
      ended = true;
      continue;
    }
    let wildcard = false;
    let dot = false;
    let next: number;
    if (c === '\\') {
      wildcard = CLASS_ESCAPE.test(b[i + 1] ?? '');
      next = i + 2;
    } else if (c === '[') {
      wildcard = true;
      next = classEnd(b, i) + 1;
    } else {
      wildcard = dot = c === '.';
      next = i + 1;
    }
    i = afterQuantifier(b, next);
    if (!wildcard) continue;
    // what follows the wildcard (past the ends of the groups it closes) must be a label boundary
    let k = i;
    while (b[k] === ')') k = afterQuantifier(b, k + 1);
    if (b.startsWith('\\.', k) || k >= b.length || b[k] === '$' || b[k] === '/' || b.startsWith('\\/', k) || b[k] === '|') continue;
    if (dot && i === next) return 'has an unescaped "." in the host (any character matches it: "exampleXcom" passes)';
    return 'lets a wildcard run into the host name ("evil-example.com" passes): end it at a label, as in ([^/]+\\.)?example\\.com';
  }
  if (!ended && !b.endsWith('$')) return 'does not end the host (at "/", ":" or "$"): "https://example.com.evil.net" passes';
  if (!b.startsWith('^')) return 'is not anchored at the start ("https://evil.net/?https://example.com" passes)';
  return undefined;
}

/** The variables whose regex checks the rule reads. */
const CHECKED = /^\$(http_origin|http_referer)$/;

export const rule: Rule = {
  id: 'origins',
  severity: 'warning',
  description: 'A weak regex check of $http_origin or $http_referer: unanchored, an unescaped dot or a wildcard in the host, or a host left open at the end.',
  source: 'gixy origins ("Problems with referrer/origin validation") and gixy-next\'s prefix, suffix and wildcard probes',
  create({ report }) {
    return {
      on: {
        if(d, _at, file) {
          const [v, op, re] = args(d);
          if (!CHECKED.test(v ?? '') || !IF_REGEX.test(op ?? '') || !re) return;
          const w = weakness(re);
          if (w) report(d, file, `the ${v} check "${re}" ${w}`, 2);
        },
        map(d, _at, _file, block) {
          const v = args(d)[0];
          if (!block || !CHECKED.test(v ?? '')) return;
          for (let j = 0, kids = block.kids; j < kids.length; j++) {
            const e = kids[j];
            if (!e.directive.startsWith('~')) continue;
            const re = tilde(e.directive);
            const w = weakness(re);
            if (w) report(e, block.fileOf(j), `the ${v} pattern "${re}" ${w}`);
          }
        },
      },
    };
  },
};
