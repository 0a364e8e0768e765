import type { Directive } from './types.js';
export type Protocol = 'http' | 'stream';
/**
 * The arguments nginx compiles as scripts or complex values (so a variable in them must exist), by
 * directive: the positions, or `all`. Each one is checked against nginx -t in test/nginx-agreement.test.ts (an
 * unknown variable there is refused). Other arguments are left alone: a `$` in a regex is an anchor,
 * and directives such as error_log take their argument as it is written.
 * nginx: ngx_http_script_compile / ngx_http_compile_complex_value in src/http/ngx_http_script.c.
 */
export declare const READS: Record<Protocol, Record<string, readonly number[] | 'all'>>;
/**
 * The argument positions of `d` nginx compiles as scripts, ascending (callers stop at the first one
 * past the last argument; `all` is the shared 0..63, or each index of a longer list).
 * @param proto the protocol of the block `d` stands in
 * @param a the arguments as nginx unescapes them
 */
export declare function scriptPositions(d: Directive, proto: Protocol, a: readonly string[]): readonly number[];
/**
 * A variable reference in a script: `$name` or `${name}`, name characters being letters, digits and
 * `_`. A name starting with 1-9 is a capture ($1: the digit alone), never unknown; `$0uri` is a
 * variable named "0uri" to nginx. nginx: ngx_http_script_compile in src/http/ngx_http_script.c.
 */
export declare const REFERENCE: RegExp;
/**
 * nginx's refusal of the variable references in a script value: a `$` with no name after it
 * (`5$`, `$-x`: "invalid variable name"), or `${` without its `}` after the name ("the closing
 * bracket in "name" variable is missing"); undefined when nginx reads them.
 * nginx: the `$` branch of ngx_http_script_compile.
 */
export declare function scriptError(v: string): string | undefined;
/** Every directive scriptPositions() gives positions for: READS of both protocols, and if, error_page and geo. */
export declare const SCRIPT_DIRECTIVES: ReadonlySet<string>;
/**
 * nginx's refusal of a variable reference in log_format's format strings (the arguments after the
 * name and an `escape=`), with that argument's index; undefined when nginx reads them. Unlike a
 * script, a digit is a name character here (`$1` is a variable named "1"), and a `$` with no name
 * after it is `invalid parameter` naming the rest of the argument from that `$`.
 * nginx: ngx_http_log_compile_format in src/http/modules/ngx_http_log_module.c (and
 * ngx_stream_log_compile_format in src/stream/ngx_stream_log_module.c, the same reading).
 * @param a log_format's arguments as nginx unescapes them (the name first)
 */
export declare function logFormatError(a: readonly string[]): {
    message: string;
    arg: number;
} | undefined;
/**
 * nginx's refusal of a variable reference in an argument of `d` that nginx compiles as a script
 * (scriptPositions()) or, for log_format, as a log format (logFormatError()), with that argument's
 * index; undefined when there is none.
 * @param ctx the qualified context `d` stands in (`http>location`, `stream>server`, ...)
 * @param a the arguments as nginx unescapes them
 */
export declare function scriptSyntaxError(ctx: string, d: Directive, a: readonly string[]): {
    message: string;
    arg: number;
} | undefined;
