import type { Rule } from '../rule.js';
import safeRegex from 'safe-regex2';
import { isSafe } from 'redos-detector';
import { args, isRegexLocation, locationMatch } from '../model.js';

/**
 * Verdicts per pattern, for case-sensitive and for caseless matching (a pattern recurs across servers
 * and across the configs one process lints). Each is emptied at MAX_VERDICTS entries: a long-lived
 * process (a library user linting many configs) does not grow it without bound.
 */
const verdicts = new Map<string, boolean>();
const caselessVerdicts = new Map<string, boolean>();
const MAX_VERDICTS = 4096;

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
      // redos-detector refuses a caseless unicode regex (it threw, and every `location ~*` passed as
      // safe): a caseless one is read without `u`. One JavaScript reads only with `u` is analysed
      // case-sensitively - caselessness only adds overlaps, so "unsafe" there still holds.
      let r: RegExp | undefined;
      for (const flags of caseless ? ['i', 'u'] : ['u', '']) {
        try {
          r = new RegExp(re, flags);
          break;
        } catch {
          // next reading
        }
      }
      if (r) v = !isSafe(r, { maxSteps: 20000, timeout: 500 }).safe;
    }
  } catch {
    v = false;
  }
  if (cache.size >= MAX_VERDICTS) cache.clear();
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
