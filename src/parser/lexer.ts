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

const SP = 32, TAB = 9, CR = 13, LF = 10;
const SEMI = 59, LBRACE = 123, RBRACE = 125, HASH = 35, DQ = 34, SQ = 39, BSL = 92, DOLLAR = 36, RPAREN = 41, DASH = 45;

function isSpace(c: number): boolean {
  return c === SP || c === TAB || c === CR || c === LF;
}

/**
 * Unescapes a word as nginx does when it stores an argument.
 * nginx: the copy loop at the end of ngx_conf_read_token in src/core/ngx_conf_file.c.
 */
export function nginxUnescape(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1];
      if (n === '"' || n === "'" || n === '\\') { out += n; i++; continue; }
      if (n === 't') { out += '\t'; i++; continue; }
      if (n === 'r') { out += '\r'; i++; continue; }
      if (n === 'n') { out += '\n'; i++; continue; }
    }
    out += c;
  }
  return out;
}

/**
 * Pull lexer over one file's text. Errors are collected, never thrown.
 * `next()` returns one Token object that it refills on every call (a large config has millions of
 * tokens): copy what you keep before calling `next()` again.
 */
export class Lexer {
  private readonly tok: Token = { kind: 'eof', raw: '', value: '', quoted: false, line: 1, col: 1, endLine: 1, endCol: 1 };
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** True while no word has started on the current line (for trailing-comment detection). */
  private lineHasCode = false;
  readonly errors: LexError[] = [];
  readonly pragmas: Pragma[] = [];

  constructor(private readonly text: string) {}

  private col(pos = this.pos): number {
    return pos - this.lineStart + 1;
  }

  /** A newline at `at`: the next line starts after it. */
  private newLine(at: number): void {
    this.line++;
    this.lineStart = at + 1;
    this.lineHasCode = false;
  }

  /** Advances one character, keeping line bookkeeping. */
  private adv(): void {
    if (this.text.charCodeAt(this.pos) === LF) this.newLine(this.pos);
    this.pos++;
  }

  /** Line and column of the end of input (where an `unexpected end of file` is reported). */
  eofPosition(): { line: number; col: number } {
    return { line: this.line, col: this.col() };
  }

  private emit(kind: TokenKind, raw: string, value: string, quoted: boolean, line: number, col: number, endLine: number, endCol: number): Token {
    const t = this.tok;
    t.kind = kind;
    t.raw = raw;
    t.value = value;
    t.quoted = quoted;
    t.line = line;
    t.col = col;
    t.endLine = endLine;
    t.endCol = endCol;
    return t;
  }

  next(): Token {
    const t = this.text;
    const n = t.length;
    let pos = this.pos;
    for (; pos < n; pos++) {
      const c = t.charCodeAt(pos);
      if (c === LF) this.newLine(pos);
      else if (c !== SP && c !== TAB && c !== CR) break;
    }
    this.pos = pos;
    if (this.pos >= n) {
      return this.emit('eof', '', '', false, this.line, this.col(), this.line, this.col());
    }
    const line = this.line;
    const col = this.col();
    const c = t.charCodeAt(this.pos);

    if (c === HASH) {
      const start = this.pos + 1;
      let end = t.indexOf('\n', start);
      if (end < 0) end = n;
      let textEnd = end;
      if (textEnd > start && t.charCodeAt(textEnd - 1) === CR) textEnd--;
      const raw = t.slice(start, textEnd);
      const trailing = this.lineHasCode;
      this.pos = end; // the newline itself is consumed as whitespace
      const pr = /^\s*nginx-gitops:/.exec(raw);
      if (pr) this.pragmas.push({ text: raw.slice(pr[0].length).trim(), line, col, trailing });
      return this.emit('comment', raw, raw, false, line, col, line, this.col(textEnd - 1));
    }

    this.lineHasCode = true;
    if (c === SEMI || c === LBRACE || c === RBRACE) {
      this.adv();
      const ch = String.fromCharCode(c);
      return this.emit(ch as TokenKind, ch, ch, false, line, col, line, col);
    }

    if (c === DQ || c === SQ) return this.quoted(c, line, col);
    return this.word(line, col);
  }

  private quoted(q: number, line: number, col: number): Token {
    const t = this.text;
    const n = t.length;
    this.adv(); // opening quote
    const start = this.pos;
    let raw = '';
    let chunk = start;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (c === BSL && this.pos + 1 < n) {
        if (t.charCodeAt(this.pos + 1) === q) {
          raw += t.slice(chunk, this.pos) + String.fromCharCode(q);
          this.adv(); this.adv();
          chunk = this.pos;
          continue;
        }
        this.adv(); this.adv();
        continue;
      }
      if (c === q) break;
      this.adv();
    }
    const contentEnd = this.pos;
    raw += t.slice(chunk, contentEnd);
    const value = nginxUnescape(t.slice(start, contentEnd));
    if (this.pos >= n) {
      // unterminated quoted string: nginx reports end of file (the parser does, from the eof token)
      const endLine = this.line, endCol = this.col(n - 1);
      return this.emit('word', raw, value, true, line, col, endLine, endCol);
    }
    const endLine = this.line, endCol = this.col();
    this.adv(); // closing quote
    // nginx: after a closing quote only whitespace, ';', '{' or ')' may follow ("need_space")
    if (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (!isSpace(c) && c !== SEMI && c !== LBRACE && c !== RPAREN) {
        this.errors.push({ message: `unexpected "${t[this.pos]}"`, line: this.line, col: this.col() });
      }
    }
    return this.emit('word', raw, value, true, line, col, endLine, endCol);
  }

  private word(line: number, col: number): Token {
    const t = this.text;
    const n = t.length;
    const start = this.pos;
    let pos = start;
    let prevDollar = false;
    // a local cursor: only an escaped character can be a newline inside a word
    while (pos < n) {
      const c = t.charCodeAt(pos);
      if (c === BSL) {
        prevDollar = false;
        pos++;
        if (pos < n) {
          if (t.charCodeAt(pos) === LF) this.newLine(pos);
          pos++;
        }
        continue;
      }
      if (c === LBRACE && prevDollar) { prevDollar = false; pos++; continue; }
      if (isSpace(c) || c === SEMI || c === LBRACE) break;
      prevDollar = c === DOLLAR;
      pos++;
    }
    this.pos = pos;
    const raw = t.slice(start, pos);
    // a word cannot span lines except through an escaped newline; endLine is where it stopped
    return this.emit('word', raw, nginxUnescape(raw), false, line, col, this.line, this.col() - 1);
  }

  /**
   * Reads a `*_by_lua_block` body as one raw argument, as crossplane's Lua extension does
   * (crossplane/ext/lua.py): braces inside Lua strings and `--` comments do not count. For
   * `set_by_lua_block` the variable name comes first. Returns the argument tokens, or an error
   * message when the body does not start with `{` or never closes.
   */
  luaBlock(withVariable: boolean): { args: Token[]; end: { line: number; col: number } } | { error: LexError } {
    const t = this.text;
    const n = t.length;
    const args: Token[] = [];
    const skipSpace = () => { while (this.pos < n && isSpace(t.charCodeAt(this.pos))) this.adv(); };
    skipSpace();
    if (withVariable) {
      args.push({ ...this.word(this.line, this.col()) });
      skipSpace();
    }
    if (this.pos >= n || t.charCodeAt(this.pos) !== LBRACE) {
      return { error: { message: 'expected "{" to start Lua block', line: this.line, col: this.col() } };
    }
    this.adv();
    const line = this.line, col = this.col();
    const start = this.pos;
    let depth = 1;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (c === DASH && t.charCodeAt(this.pos + 1) === DASH) {
        while (this.pos < n && t.charCodeAt(this.pos) !== LF) this.adv();
        continue;
      }
      if (c === DQ || c === SQ) {
        this.adv();
        while (this.pos < n && t.charCodeAt(this.pos) !== c) {
          if (t.charCodeAt(this.pos) === BSL) this.adv();
          this.adv();
        }
        this.adv();
        continue;
      }
      if (c === LBRACE) depth++;
      else if (c === RBRACE && --depth === 0) break;
      this.adv();
    }
    if (this.pos >= n) {
      const e = this.eofPosition();
      return { error: { message: 'unexpected end of file, expecting "}"', line: e.line, col: e.col } };
    }
    const body = t.slice(start, this.pos);
    const endLine = this.line, endCol = this.col();
    args.push({ kind: 'word', raw: body, value: body, quoted: true, line, col, endLine, endCol });
    this.adv(); // closing brace
    return { args, end: { line: endLine, col: endCol } };
  }
}

/**
 * Decodes file bytes as UTF-8, replacing invalid sequences with U+FFFD (never fatal). A byte order
 * mark is kept: nginx reads it as part of the first directive's name and refuses the file
 * (`unknown directive "\uFEFFevents"`), so the parser must see it too.
 */
export function decode(buf: Buffer | Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(buf);
}
