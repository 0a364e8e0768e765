import type { Rule } from '../rule.js';
/**
 * True when a regex is prone to catastrophic backtracking: safe-regex2 finds nested quantifiers
 * (star height above one, the exponential class) and redos-detector cannot prove the nesting
 * harmless (it clears disjoint cases such as `(/[^/]+)+`). Patterns JavaScript cannot parse (PCRE-only
 * syntax) are not judged.
 */
export declare function catastrophic(re: string, caseless: boolean): boolean;
export declare const rule: Rule;
