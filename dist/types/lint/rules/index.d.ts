/** Every lint rule. Each module exports `rule`; ids are fixed (tools and users refer to them). */
import type { Rule } from '../rule.js';
export declare const RULES: readonly Rule[];
