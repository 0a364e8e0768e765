/**
 * The syntax of the PCRE patterns nginx compiles (location ~, server_name ~, rewrite, if's ~, map's
 * ~ keys), as far as a config can be checked without PCRE: the structural mistakes PCRE2 refuses
 * whatever its options and version. Anything less plain is left to nginx -t.
 * nginx: ngx_regex_compile in src/core/ngx_regex.c ("pcre2_compile() failed: %s in \"%V\" at \"%s\"").
 */
import type { Directive } from './types.js';
/**
 * Index of the `]` that closes the character class opening at `re[i]` (a `[`), or `re.length` when
 * none does. A `]` right after `[` or `[^` is literal, `\` escapes the next character, and a POSIX
 * class (`[:alpha:]`, `[:^space:]`) holds its own `]`.
 * PCRE: pcre2pattern(3), "Square brackets and character classes" and "POSIX character classes".
 */
export declare function classEnd(re: string, i: number): number;
/**
 * nginx's refusal of a PCRE pattern, in its words (`pcre2_compile() failed: missing closing
 * parenthesis in "^/(a"`), or undefined when the pattern has none of these mistakes: a `(` never
 * closed, a `)` never opened, a `[` class never closed, and a quantifier (`*`, `+`, `?`) with
 * nothing before it to repeat - at the start, after `|`, or right after `(` (`(*` with a letter or
 * `:` after it is a verb: left alone). A pattern with `\Q` quoting, `\c`, a callout or extended mode (`(?x`)
 * is not judged, and nor is one JavaScript's own regex reader takes: each mistake found here must
 * also be one for that second reader, so a gap in this one does not become a false error.
 * PCRE: pcre2pattern(3); messages from pcre2_error.c (PCRE2 10.42, as nginx prints them).
 * @param re the pattern as nginx unescapes the argument (no `~`)
 */
export declare function regexError(re: string): string | undefined;
/** `if`'s operators that match a regex: ~ and ~* (and their negations, which set no captures). */
export declare const IF_REGEX: RegExp;
/**
 * regexError() of the regexes among a directive's arguments: rewrite's pattern, an `if`'s after
 * `~`, `~*`, `!~` or `!~*`, server_name's `~` names, proxy_redirect's `~` redirect; with the
 * argument's index.
 * @param a the arguments as nginx unescapes them (an `if`'s without its parentheses)
 */
export declare function regexArgError(d: Directive, a: readonly string[]): {
    message: string;
    arg: number;
} | undefined;
/** The pattern of a `~regex` or `~*regex` argument (a map key, proxy_redirect's first argument, server_name's). */
export declare function tilde(v: string): string;
/** The directives regexArgError() reads: a cheap test before it. */
export declare const REGEX_DIRECTIVES: ReadonlySet<string>;
