import type { Rule } from '../rule.js';
/**
 * True when a regex is prone to catastrophic backtracking: safe-regex2 finds nested quantifiers
 * (star height above one, the exponential class) and redos-detector cannot prove the nesting
 * harmless (it clears disjoint cases such as `(/[^/]+)+`). Patterns JavaScript cannot parse (PCRE-only
 * syntax) are not judged. One verdict per pattern and case mode is kept (a pattern recurs across
 * servers and across the configs one process lints).
 */
export declare function catastrophic(re: string, caseless: boolean): boolean;
export declare const rule: Rule;
