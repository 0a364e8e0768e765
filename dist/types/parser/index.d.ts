/** The parser stage: nginx config text to crossplane's payload. */
export { parse, parseDetailed, parseString, argPosition, inferContext, contextPragma, type ParseResult } from './parser.js';
export { toCrossplane } from './crossplane.js';
export { Lexer, nginxUnescape, decode, type Token, type Pragma } from './lexer.js';
export { lookup, analyze, enterBlock, contextOf, allowedIn, isLuaBlock, ENTRY_BLOCKS, TABLE_SOURCE } from './directives.js';
export { resolveInclude, expandGlob, localFs } from './includes.js';
export { expandBlock, expandChildren, type Expanded } from './expand.js';
export type * from './types.js';
