import type { Rule } from '../rule.js';
import safeRegex from 'safe-regex2';
import { isSafe } from 'redos-detector';
import { args, isRegexLocation, locationMatch, stringMemo } from '../model.js';

/**
 * True when a regex is prone to catastrophic backtracking: safe-regex2 finds nested quantifiers
 * (star height above one, the exponential class) and redos-detector cannot prove the nesting
 * harmless (it clears disjoint cases such as `(/[^/]+)+`). Patterns JavaScript cannot parse (PCRE-only
 * syntax) are not judged. One verdict per pattern and case mode is kept (a pattern recurs across
 * servers and across the configs one process lints).
 */
export function catastrophic(re: string, caseless: boolean): boolean {
  return (caseless ? caselessVerdicts : verdicts)(re);
}

const verdicts = stringMemo((re) => judge(re, false), 4096);
const caselessVerdicts = stringMemo((re) => judge(re, true), 4096);

function judge(re: string, caseless: boolean): boolean {
  try {
    // `?` never repeats: drop it (and lazy markers) for the star-height test, so `(-[0-9]+)?` is not nesting
    const repeats = re.replace(/(?<![(\\])\?/g, '');
    if (safeRegex(repeats)) return false;
    // redos-detector refuses a caseless unicode regex (it threw, and every `location ~*` passed as
    // safe): a caseless one is read without `u`. One JavaScript reads only with `u` is analysed
    // case-sensitively - caselessness only adds overlaps, so "unsafe" there still holds.
    for (const flags of caseless ? ['i', 'u'] : ['u', '']) {
      let r: RegExp;
      try {
        r = new RegExp(re, flags);
      } catch {
        continue; // the next reading
      }
      return !isSafe(r, { maxSteps: 20000, timeout: 500 }).safe;
    }
    return false;
  } catch {
    return false;
  }
}

const message = (re: string) => `regex "${re}" nests quantifiers and can backtrack exponentially on crafted URIs: rewrite it without a repeated group of repeated items`;

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
          if (catastrophic(uri, mod === '~*')) report(d, file, message(uri), args(d).length - 1);
        },
        rewrite(d, _at, file) {
          const re = args(d)[0] ?? '';
          if (catastrophic(re, false)) report(d, file, message(re), 0);
        },
      },
    };
  },
};
