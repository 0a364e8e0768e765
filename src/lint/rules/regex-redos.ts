import type { Rule } from '../rule.js';
import safeRegex from 'safe-regex2';
import { isSafe } from 'redos-detector';
import { args, isRegexLocation, locationMatch } from '../model.js';

/** Verdicts per pattern, for case-sensitive and for caseless matching (a pattern recurs across servers). */
const verdicts = new Map<string, boolean>();
const caselessVerdicts = new Map<string, boolean>();

/**
 * True when a regex is prone to catastrophic backtracking: safe-regex2 finds nested quantifiers
 * (star height above one, the exponential class) and redos-detector cannot prove the nesting
 * harmless (it clears disjoint cases such as `(/[^/]+)+`). Patterns JavaScript cannot parse (PCRE-only
 * syntax) are not judged.
 */
export function catastrophic(re: string, caseless: boolean): boolean {
  const cache = caseless ? caselessVerdicts : verdicts;
  let v = cache.get(re);
  if (v !== undefined) return v;
  v = false;
  try {
    // `?` never repeats: drop it (and lazy markers) for the star-height test, so `(-[0-9]+)?` is not nesting
    const repeats = re.replace(/(?<![(\\])\?/g, '');
    if (!safeRegex(repeats)) {
      let r: RegExp;
      try {
        r = new RegExp(re, caseless ? 'iu' : 'u');
      } catch {
        r = new RegExp(re, caseless ? 'i' : '');
      }
      v = !isSafe(r, { maxSteps: 20000, timeout: 500 }).safe;
    }
  } catch {
    v = false;
  }
  cache.set(re, v);
  return v;
}

export const rule: Rule = {
  id: 'regex-redos',
  severity: 'warning',
  description: 'A location or rewrite regex prone to catastrophic backtracking (ReDoS): one crafted request can pin a worker.',
  source: 'gixy-next regex_redos; checked locally with the safe-regex2 and redos-detector libraries (no remote service)',
  create({ report }) {
    return {
      on: {
        location(d, at, file) {
          if (!isRegexLocation(at, d)) return;
          const { mod, uri } = locationMatch(at, d);
          if (catastrophic(uri, mod === '~*')) report(d, file, `regex "${uri}" nests quantifiers and can backtrack exponentially on crafted URIs: rewrite it without a repeated group of repeated items`, args(d).length - 1);
        },
        rewrite(d, _at, file) {
          const re = args(d)[0] ?? '';
          if (catastrophic(re, false)) report(d, file, `regex "${args(d)[0]}" nests quantifiers and can backtrack exponentially on crafted URIs: rewrite it without a repeated group of repeated items`, 0);
        },
      },
    };
  },
};
