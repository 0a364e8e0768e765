/**
 * The nginx configuration lexer.
 *
 * Follows nginx: ngx_conf_read_token in src/core/ngx_conf_file.c -
 *  - whitespace is space, tab, CR and LF; `;` `{` `}` are tokens of their own at the start of a token;
 *  - a quote (`"` or `'`) opens a quoted string only at the start of a token; inside a word it is a
 *    plain character; after a closing quote only whitespace, `;`, `{` or `)` may follow;
 *  - `#` starts a comment only at the start of a token; it runs to the end of the line;
 *  - a word ends at whitespace, `;` or `{` - but `${` keeps going (`${var}` stays whole) and `}` inside a
 *    word is part of it;
 *  - a backslash takes the next character literally (it neither ends a word nor closes a quote).
 *
 * Each word carries two forms: `raw`, as crossplane gives it (quotes removed, only the matching quote
 * unescaped - crossplane: crossplane/lexer.py), and `value`, as nginx unescapes it (`\"` `\'` `\\`
 * `\t` `\r` `\n`; any other backslash is kept).
 */
export type TokenKind = 'word' | '{' | '}' | ';' | 'comment' | 'eof';
export interface Token {
    kind: TokenKind;
    /** Word text in crossplane's form; comment text after `#`; the punctuation itself. */
    raw: string;
    /** Word text as nginx unescapes it. */
    value: string;
    /** True when the word was quoted (a quoted `;` or `{` is a word, not punctuation). */
    quoted: boolean;
    line: number;
    col: number;
    endLine: number;
    endCol: number;
}
export interface LexError {
    message: string;
    line: number;
    col: number;
}
/** A comment of the form `# nginx-gitops: ...` (suppressions, context pragmas). */
export interface Pragma {
    text: string;
    line: number;
    col: number;
    /** True when the comment stands after code on its line. */
    trailing: boolean;
}
/**
 * Unescapes a word as nginx does when it stores an argument.
 * nginx: the copy loop at the end of ngx_conf_read_token in src/core/ngx_conf_file.c.
 */
export declare function nginxUnescape(s: string): string;
/**
 * Pull lexer over one file's text. Errors are collected, never thrown.
 * `next()` returns one Token object that it refills on every call (a large config has millions of
 * tokens): copy what you keep before calling `next()` again.
 */
export declare class Lexer {
    private readonly text;
    private readonly tok;
    private pos;
    private line;
    private lineStart;
    /** True while no word has started on the current line (for trailing-comment detection). */
    private lineHasCode;
    readonly errors: LexError[];
    readonly pragmas: Pragma[];
    constructor(text: string);
    private col;
    /** A newline at `at`: the next line starts after it. */
    private newLine;
    /** Advances one character, keeping line bookkeeping. */
    private adv;
    /** Line and column of the end of input (where an `unexpected end of file` is reported). */
    eofPosition(): {
        line: number;
        col: number;
    };
    private emit;
    next(): Token;
    private quoted;
    private word;
    /**
     * Reads a `*_by_lua_block` body as one raw argument, as crossplane's Lua extension does
     * (crossplane/ext/lua.py): braces inside Lua strings and `--` comments do not count. For
     * `set_by_lua_block` the variable name comes first. Returns the argument tokens, or an error
     * message when the body does not start with `{` or never closes.
     */
    luaBlock(withVariable: boolean): {
        args: Token[];
        end: {
            line: number;
            col: number;
        };
    } | {
        error: LexError;
    };
}
/**
 * Decodes file bytes as UTF-8, replacing invalid sequences with U+FFFD (never fatal). A byte order
 * mark is kept: nginx reads it as part of the first directive's name and refuses the file
 * (`unknown directive "\uFEFFevents"`), so the parser must see it too.
 */
export declare function decode(buf: Buffer | Uint8Array): string;
