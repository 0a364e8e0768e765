import type { Rule } from '../rule.js';
type Protocol = 'http' | 'stream';
/**
 * The arguments nginx compiles as scripts or complex values (so a variable in them must exist), by
 * directive: the positions, or `all`. Each one is checked against nginx -t in test/lint.test.ts (an
 * unknown variable there is refused). Other arguments are left alone: a `$` in a regex is an anchor,
 * and directives such as error_log take their argument as it is written.
 * nginx: ngx_http_script_compile / ngx_http_compile_complex_value in src/http/ngx_http_script.c.
 */
export declare const READS: Record<Protocol, Record<string, readonly number[] | 'all'>>;
export declare const rule: Rule;
export {};
