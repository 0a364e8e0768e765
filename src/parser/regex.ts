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
export function classEnd(re: string, i: number): number {
  let j = i + 1;
  if (re[j] === '^') j++;
  if (re[j] === ']') j++;
  for (; j < re.length; j++) {
    const c = re[j];
    if (c === '\\') j++;
    else if (c === ']') return j;
    else if (c === '[' && re[j + 1] === ':') {
      const posix = POSIX_CLASS.exec(re.slice(j, j + 16));
      if (posix) j += posix[0].length - 1;
    }
  }
  return re.length;
}

const POSIX_CLASS = /^\[:\^?[a-z]+:\]/;

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
export function regexError(re: string): string | undefined {
  if (re.includes('\\Q') || re.includes('\\c') || re.includes('(?C') || EXTENDED.test(re)) return undefined;
  const failed = (what: string, at?: number) => `pcre2_compile() failed: ${what} in "${re}"${at === undefined ? '' : ` at "${re.slice(at)}"`}`;
  let depth = 0;
  let start = true; // nothing to repeat yet: the pattern's start, after `|` or `(`
  let found: string | undefined;
  for (let i = 0; i < re.length && !found; i++) {
    const c = re[i];
    if (c === '\\') {
      i++;
      start = false;
    } else if (c === '[') {
      i = classEnd(re, i);
      if (i >= re.length) found = failed('missing terminating ] for character class');
      start = false;
    } else if (c === '(') {
      if (re[i + 1] === '?' && re[i + 2] === '#') {
        // a comment, to the first `)`
        const end = re.indexOf(')', i);
        if (end < 0) return undefined;
        i = end;
        continue;
      }
      if (re[i + 1] === '*' && VERB_START.test(re[i + 2] ?? '')) return undefined; // (*VERB) and (*name: ...) are not judged
      depth++;
      start = true;
      if (re[i + 1] === '?') {
        i++; // `(?` opens a group of another kind; its `?` repeats nothing
        const bad = optionsError(re, i + 1);
        if (bad >= 0) found = failed('unrecognized character after (? or (?-', bad);
      }
    } else if (c === ')') {
      if (depth === 0) found = failed('unmatched closing parenthesis', i);
      depth--;
      start = false;
    } else if (c === '|') start = true;
    else if (start && (c === '*' || c === '+' || c === '?')) found = failed('quantifier does not follow a repeatable item', i);
    else start = false;
  }
  if (!found && depth > 0) found = failed('missing closing parenthesis');
  if (!found) return undefined;
  try {
    new RegExp(re);
    return undefined; // the second reader takes it: not judged
  } catch {
    return found;
  }
}

/**
 * Where the option letters of `(?imsx)` or `(?i-s:` that start at `re[j]` (right after `(?`) go
 * wrong: the index of the first character that is neither an option letter nor the `)` or `:` that
 * ends them, or -1 when they are fine or `re[j]` starts another kind of group (`(?:`, `(?<name>`,
 * `(?P<`, `(?=`, `(?1)`, `(?R)`, `(?C`, `(?|`, `(?#`, `(?(`, ...). The letters taken are PCRE2's
 * (i, m, n, s, x, J, U, ^, -) and those of newer PCRE2 releases (a with D, S, W, P or T; r), so
 * that a newer library's option is not called a mistake.
 * PCRE2: pcre2pattern(3), "Internal option setting"; ERR11 "unrecognized character after (? or (?-".
 */
function optionsError(re: string, j: number): number {
  const c = re[j];
  if (c === undefined || !(OPTION_START.test(c) || (c === '-' && !/[0-9]/.test(re[j + 1] ?? '')))) return -1;
  while (j < re.length && OPTION_LETTERS.includes(re[j])) j++;
  return j < re.length && re[j] !== ')' && re[j] !== ':' ? j : -1;
}

/** A first character after `(?` that can only begin option letters: any letter but P (named groups), C (callouts) and R (recursion). */
const OPTION_START = /^[A-BD-OQS-Za-z^]$/;
/** PCRE2's option letters, with those of releases after 10.42 (a, aD, aS, aW, aP, aT, r). */
const OPTION_LETTERS = 'imnsxJU^-arDSWPT';

/** Extended mode, which makes whitespace and `#...` comments of the pattern: `(?x)`, `(?ix:`, ... */
const EXTENDED = /\(\?[a-zA-Z^-]*x/;
/** What may follow `(*` in a verb or an alpha assertion: `(*UTF)`, `(*MARK:x)`, `(*:x)`, `(*pla:`. */
const VERB_START = /[A-Za-z_:]/;

/** `if`'s operators that match a regex: ~ and ~* (and their negations, which set no captures). */
export const IF_REGEX = /^!?~\*?$/;

/**
 * regexError() of the regexes among a directive's arguments: rewrite's pattern, an `if`'s after
 * `~`, `~*`, `!~` or `!~*`, server_name's `~` names, proxy_redirect's `~` redirect; with the
 * argument's index.
 * @param a the arguments as nginx unescapes them (an `if`'s without its parentheses)
 */
export function regexArgError(d: Directive, a: readonly string[]): { message: string; arg: number } | undefined {
  const one = (i: number, re: string | undefined) => {
    const message = re === undefined ? undefined : regexError(re);
    return message ? { message, arg: i } : undefined;
  };
  switch (d.directive) {
    case 'rewrite':
      return one(0, a[0]);
    case 'if':
      return IF_REGEX.test(a[1] ?? '') ? one(2, a[2]) : undefined;
    case 'proxy_redirect':
      return a[0]?.startsWith('~') ? one(0, tilde(a[0])) : undefined;
    case 'server_name':
      for (let i = 0; i < a.length; i++) {
        const bad = a[i].startsWith('~') ? one(i, a[i].slice(1)) : undefined;
        if (bad) return bad;
      }
      return undefined;
  }
  return undefined;
}

/** The pattern of a `~regex` or `~*regex` argument (a map key, proxy_redirect's first argument, server_name's). */
export function tilde(v: string): string {
  return v.replace(/^~\*?/, '');
}

/** The directives regexArgError() reads: a cheap test before it. */
export const REGEX_DIRECTIVES: ReadonlySet<string> = new Set(['rewrite', 'if', 'proxy_redirect', 'server_name']);
