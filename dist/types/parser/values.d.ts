/**
 * How nginx reads one argument of the common kinds, as validity tests (overflow is not checked: a
 * value too large to read is left to nginx -t). Which directive takes which kind, and nginx's message
 * when it refuses a value, come from directives-nginx.json (asked of nginx by scripts/ask-nginx.mjs).
 */
/** The kinds of argument directives-nginx.json knows. */
export type ValueKind = 'flag' | 'number' | 'size' | 'offset' | 'msec' | 'sec';
/**
 * A size as nginx reads one, in bytes (`8k` is 8192), or undefined when nginx refuses it.
 * nginx: ngx_parse_size in src/core/ngx_parse.c (k and m only: `1g` is refused).
 */
export declare function parseSize(v: string): number | undefined;
/**
 * True when nginx reads `v` as a value of `kind`.
 * @param v the argument as nginx unescapes it (quotes removed)
 */
export declare function validValue(kind: ValueKind, v: string): boolean;
/**
 * True when nginx reads `v` as a time: numbers each followed by a unit (y, M, w, d, h, m, s, ms),
 * units in that order and each once, spaces between them; a number without a unit is seconds. In
 * seconds (`sec`) `ms` is refused; in milliseconds neither `y` nor `M` is taken. A space right after
 * a number ends the units (`1 30` is read, `1s 30` too, `1s 30 5` not). At least one digit.
 * nginx: ngx_parse_time in src/core/ngx_parse.c (its steps st_start ... st_last).
 */
export declare function validTime(v: string, isSec: boolean): boolean;
