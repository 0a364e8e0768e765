import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer, decode, nginxUnescape, type Token } from '../src/parser/lexer.js';

function lexAll(text: string): { tokens: Token[]; lx: Lexer } {
  const lx = new Lexer(text);
  const tokens: Token[] = [];
  for (;;) {
    const t = lx.next();
    if (t.kind === 'eof') break;
    tokens.push({ ...t }); // the lexer refills one token object
  }
  return { tokens, lx };
}
const raws = (text: string) => lexAll(text).tokens.map((t) => (t.kind === 'word' ? t.raw : t.kind === 'comment' ? '#' + t.raw : t.kind));

test('whitespace separates words; ; { } are tokens of their own', () => {
  assert.deepEqual(raws('a  b\tc\r\nd;e{f}'), ['a', 'b', 'c', 'd', ';', 'e', '{', 'f}']);
});

test('} inside a word is part of it, as in nginx (ngx_conf_read_token ends a word only at space ; {)', () => {
  assert.deepEqual(raws('return 200 a}b;'), ['return', '200', 'a}b', ';']);
  assert.deepEqual(raws('x; }'), ['x', ';', '}']);
});

test('quotes only at the start of a word; inside a word they are plain characters', () => {
  const { tokens } = lexAll(`a "b c" right-"q" 'd;e'`);
  assert.deepEqual(tokens.map((t) => [t.raw, t.quoted]), [
    ['a', false],
    ['b c', true],
    ['right-"q"', false],
    ['d;e', true],
  ]);
});

test('a quoted ; or { is a word, not punctuation', () => {
  const { tokens } = lexAll(`a ";" "{";`);
  assert.deepEqual(tokens.map((t) => t.kind), ['word', 'word', 'word', ';']);
});

test('# starts a comment only at the start of a word', () => {
  assert.deepEqual(raws('a b#c # comment\nd;'), ['a', 'b#c', '# comment', 'd', ';']);
});

test('${var} stays whole; a space still ends the word', () => {
  assert.deepEqual(raws('set $a ${b}c;'), ['set', '$a', '${b}c', ';']);
  assert.deepEqual(raws('x /a/${uri} /b;'), ['x', '/a/${uri}', '/b', ';']);
  assert.deepEqual(raws('a{b'), ['a', '{', 'b']);
});

test('backslash escapes: raw keeps them (crossplane), value unescapes as nginx does', () => {
  const { tokens } = lexAll(String.raw`a\;b "x\"y\n" 'p\'q' "k\'" u\ v`);
  assert.deepEqual(tokens.map((t) => t.raw), [String.raw`a\;b`, 'x"y\\n', "p'q", "k\\'", String.raw`u\ v`]);
  // nginx unescapes only \" \' \\ \t \r \n; any other backslash is kept (the escaped char still joins the word)
  assert.deepEqual(tokens.map((t) => t.value), [String.raw`a\;b`, 'x"y\n', "p'q", "k'", String.raw`u\ v`]);
  assert.equal(nginxUnescape(String.raw`\d\t\\`), '\\d\t\\');
});

test('CRLF line endings count one line each; positions are 1-based', () => {
  const { tokens } = lexAll('a;\r\n  bb "c";\r\n');
  const b = tokens[2];
  assert.deepEqual([b.raw, b.line, b.col, b.endLine, b.endCol], ['bb', 2, 3, 2, 4]);
  const c = tokens[3];
  assert.deepEqual([c.raw, c.line, c.col, c.endCol], ['c', 2, 6, 8]);
});

test('invalid UTF-8 is replaced, not fatal', () => {
  const text = decode(Buffer.from([0x61, 0x20, 0x4d, 0xf6, 0x6c, 0x3b]));
  assert.deepEqual(raws(text), ['a', 'M\ufffdl', ';']);
});

test('text after a closing quote is nginx\'s `unexpected "x"`', () => {
  const { lx, tokens } = lexAll('a "b"c;');
  assert.deepEqual(tokens.map((t) => t.raw), ['a', 'b', 'c', ';']);
  assert.deepEqual(lx.errors, [{ message: 'unexpected "c"', line: 1, col: 6 }]);
  assert.equal(lexAll('if ("$a")').lx.errors.length, 0, ') may follow a quote');
});

test('pragmas: `# nginx-gitops:` comments are collected with position and whether they trail code', () => {
  const { lx } = lexAll('# nginx-gitops: context=http\nx; # nginx-gitops: ignore a -- b\n');
  assert.deepEqual(lx.pragmas, [
    { text: 'context=http', line: 1, col: 1, trailing: false },
    { text: 'ignore a -- b', line: 2, col: 4, trailing: true },
  ]);
});

test('Lua block body is one raw argument; braces in strings and -- comments do not count', () => {
  const lx = new Lexer(' { local t = { "}" } -- }\n ngx.say(1) }');
  const r = lx.luaBlock(false);
  assert.ok(!('error' in r));
  assert.deepEqual(r.args.map((a) => a.raw), [' local t = { "}" } -- }\n ngx.say(1) ']);
  const bad = new Lexer(' x').luaBlock(false);
  assert.ok('error' in bad && bad.error.message === 'expected "{" to start Lua block');
});
