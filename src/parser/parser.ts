/**
 * The parser: tokens to crossplane's payload, with includes followed, errors in nginx's words, and
 * recovery (an error never drops the rest of a file).
 *
 * Follows nginx: ngx_conf_parse and ngx_conf_handler in src/core/ngx_conf_file.c, and crossplane's
 * payload shape (crossplane/parser.py). Differences from crossplane, on purpose:
 *  - errors keep the rest of the file (crossplane drops a block after a context error, and a whole
 *    file after a syntax error); a directive cut short by `}` or end of file is kept and reported;
 *  - a directive left unterminated at end of file gets nginx's message and its line (crossplane: `""`
 *    and `null`);
 *  - `}` inside a word is part of the word, and a quote followed by anything but whitespace, `;`, `{`
 *    or `)` is an error - as in nginx.
 */
import { dirname, normalize } from 'node:path';
import { InputError, openFailed } from '../errors.js';
import { analyze, contextOf, enterBlock, allowedIn, ENTRY_BLOCKS, internName, isLuaBlock, lookup, valueError, valueRules, type ValueRule } from './directives.js';
import { expandGlob, globBase, hasMagic, leavesConfine, localFs, resolveInclude } from './includes.js';
import { PARAM_DIRECTIVES, paramError } from './params.js';
import { scriptError, scriptSyntaxError } from './scripts.js';
import { REGEX_DIRECTIVES, regexArgError, regexError, tilde } from './regex.js';
import { decode, Lexer, type Pragma, type Token } from './lexer.js';
import { PackedPositions, type ArgPosition, type ConfigError, type ConfigFile, type ConfigFs, type Directive, type ParseOptions, type ParserRule, type Payload } from './types.js';

interface FileState {
  file: string;
  key: string;
  parsed: Directive[];
  errors: ConfigError[];
  pragmas: Pragma[];
  /** Context the file was analysed in (its first include site's). */
  ctx?: string;
  /** Directives that pulled this file in. */
  sites: { from: number; directive: Directive }[];
  /** This file's include directives, in document order. */
  includes: Directive[];
  /** The file's bytes (ParseOptions.keepSource). */
  source?: Buffer;
  /** Context of the earlier parse this file's directives are shared with (ParseOptions.reuse). */
  reusedCtx?: string;
}

/** Everything parse() learned besides the payload: for lint, plan and the sandbox. */
export interface ParseResult {
  payload: Payload;
  /** Per config file (same index as payload.config): its `# nginx-gitops:` pragmas, the context chain
   * it was analysed in, and (ParseOptions.keepSource) its bytes. */
  files: { file: string; pragmas: Pragma[]; context: string; source?: Buffer }[];
}

/** A file of an earlier parse that this one takes over (ParseOptions.reuse). */
interface EarlierFile {
  parsed: Directive[];
  pragmas: Pragma[];
  context: string;
}

/**
 * Parses an nginx config (and, unless `single`, every file it includes) into crossplane's payload.
 *
 * @param file path of the main config, relative to the working directory or absolute; relative
 *   includes resolve against its directory (nginx's conf prefix)
 * @throws InputError when the main file cannot be read (an unreadable included file is a config error)
 */
export function parse(file: string, options: ParseOptions = {}): Payload {
  return parseFile(file, options, false).payload;
}

/**
 * parse(), also returning each file's pragmas and analysis context, with the argument positions
 * packed (Directive.posBuf: read them with argPosition()) - what check, plan and the sandbox use.
 */
export function parseDetailed(file: string, options: ParseOptions = {}): ParseResult {
  return parseFile(file, options, true);
}

function parseFile(file: string, options: ParseOptions, packed: boolean): ParseResult {
  const fs = options.fs ?? localFs;
  const run = new Run(file, options, fs, packed);
  // a main config that leads outside the confinement (a symbolic link) is not read: a finding says so
  if (run.outside(file)) return run.run(Buffer.alloc(0), true);
  let buf: Buffer;
  try {
    buf = fs.readFile(file);
  } catch (e) {
    throw new InputError(openFailed(file, e));
  }
  return run.run(buf);
}

/** Parses config text held in memory as file `file` (single file: includes are not followed). */
export function parseString(text: string, file = 'nginx.conf', options: ParseOptions = {}): Payload {
  const fs: ConfigFs = { readFile: () => Buffer.from(text), readDir: () => [], isFile: () => false };
  return new Run(file, { ...options, single: true }, fs, false).run(Buffer.from(text)).payload;
}

/**
 * Where argument `i` of `d` stands: from `argPos` (parse(), parseString()) or from the packed
 * positions (parseDetailed()).
 * @returns undefined when `d` has no argument `i`
 */
export function argPosition(d: Directive, i: number): ArgPosition | undefined {
  if (d.argPos) return d.argPos[i];
  const b = d.posBuf?.data;
  if (!b || i < 0 || i >= d.args.length) return undefined;
  const k = d.posAt! + 4 * i;
  return { line: b[k], col: b[k + 1], endLine: b[k + 2], endCol: b[k + 3] };
}

/** Int32 slots per chunk of packed argument positions (4 per argument). */
const POS_CHUNK = 1 << 16;

class Run {
  private files: FileState[] = [];
  private byKey = new Map<string, number>();
  private confDir: string;
  private ignore: Set<string>;
  private checks: { strict: boolean; checkCtx: boolean; checkArgs: boolean };
  /** `checks` without the argument and terminator checks (for the directives in lexBroken). */
  private shapeFree: { strict: boolean; checkCtx: boolean; checkArgs: boolean };
  /** Include arguments resolved in this parse: a file included from many places is looked up once. */
  private resolved = new Map<string, { targets: number[]; error?: string; outside?: string }>();
  /** Directives of reused files copied to resolve their includes in this parse (ParseOptions.reuse). */
  private copied = new WeakSet<Directive>();
  /** Directives cut short by `}` or end of file (their shape is not checked: the syntax error says it all). */
  private cutShort = new Set<Directive>();
  /**
   * Directives whose tokens hold a lexer error (`unexpected "x"` after a closing quote): nginx stops
   * there, before the directive reaches its handler, and where the directive ends is only our
   * recovery's reading. Their name and context are checked, their arguments and terminator not.
   */
  private lexBroken = new Set<Directive>();
  /** `if` directives whose condition is not in parentheses (prepareIfArgs() left them as written). */
  private bareIf = new Set<Directive>();
  /**
   * Where the `{` of a block directive stands, for the directives that may land in a map-like block
   * (the top level of a file, which an include may put there, and the entries of map, types, ...):
   * nginx refuses a block there at its `{`.
   */
  private braces = new Map<Directive, { line: number; col: number }>();
  /** Files that could not be read (their include sites carry the error). */
  private unread = new Set<number>();
  /** True when ParseOptions.confine is set and a path (a file, or a glob's base) leads outside it. */
  readonly outside: (path: string) => boolean;
  /** Scratch arrays statement() gathers a directive's arguments in. */
  private scratch = { raws: [] as string[], values: [] as string[], pos: [] as number[] };
  /** The chunk argument positions are packed into, and how much of it is used. */
  private posBuf = new PackedPositions(new Int32Array(0));
  private posLen = 0;

  constructor(
    private main: string,
    private opts: ParseOptions,
    private fs: ConfigFs,
    /** Argument positions packed (parseDetailed) or as ArgPosition objects (parse, parseString). */
    private packed: boolean,
  ) {
    this.confDir = dirname(main);
    this.ignore = new Set(opts.ignore ?? []);
    this.checks = { strict: !!opts.strict, checkCtx: opts.checkCtx !== false, checkArgs: opts.checkArgs !== false };
    this.shapeFree = { ...this.checks, checkArgs: false };
    // confinement needs real paths: the local file system only (a git tree is confined by itself)
    this.outside = leavesConfine(fs === localFs ? opts.confine : undefined);
  }

  /** The include-outside message for a path that was not read. */
  private outsideMessage(path: string): string {
    return `"${path}" leads outside the repository (${this.opts.confine}), by its path or a symbolic link, or into its .git: not read, so neither the lint nor nginx -t checks it; if it is part of this config, keep it in the repository and map its absolute path with prefix (now ${this.opts.prefix ?? 'not set'})`;
  }

  /** @param mainOutside the main config leads outside ParseOptions.confine: not read, reported */
  run(mainBytes: Buffer, mainOutside = false): ParseResult {
    this.addFile(this.main);
    if (mainOutside) {
      this.error(0, 'include-outside', this.outsideMessage(this.main), 1, 1);
      this.unread.add(0);
    }
    const earlier = this.earlierFiles();
    for (let i = 0; i < this.files.length; i++) {
      const f = this.files[i];
      if (i === 0 && mainOutside) continue;
      let bytes: Buffer | undefined = i === 0 ? mainBytes : undefined;
      if (!bytes && this.outside(f.file)) {
        // a glob match or an include that is a symbolic link out of the repository
        for (const s of f.sites) this.error(s.from, 'include-outside', this.outsideMessage(f.file), s.directive.line, s.directive.col ?? 1);
        this.unread.add(i);
        continue;
      }
      if (!bytes) {
        try {
          bytes = this.fs.readFile(f.file);
        } catch (e) {
          for (const s of f.sites) this.error(s.from, 'syntax', openFailed(f.file, e), s.directive.line, s.directive.col ?? 1);
          this.unread.add(i);
          continue;
        }
      }
      if (this.opts.keepSource) f.source = bytes;
      const same = earlier?.(f.file, bytes);
      if (same) this.reuseFile(i, same);
      else this.parseFile(i, decode(bytes));
    }
    if (!this.opts.single) this.findCycles();
    this.analyse();
    this.requireEvents();
    const payload = this.payload();
    return {
      payload,
      files: this.files.map((f) => ({ file: f.file, pragmas: f.pragmas, context: f.ctx ?? 'main', ...(f.source ? { source: f.source } : {}) })),
    };
  }

  /**
   * With ParseOptions.reuse: a lookup of the earlier parse's file at the same place under its root,
   * when its bytes equal `bytes` and it had no errors (a file with errors is parsed again: its
   * messages are made while parsing).
   */
  private earlierFiles(): ((file: string, bytes: Buffer) => EarlierFile | undefined) | undefined {
    const r = this.opts.reuse;
    if (!r) return undefined;
    const byPath = new Map(r.result.files.map((f, i) => [normalize(f.file), i]));
    const to = normalize(r.to) + '/';
    const from = normalize(r.from) + '/';
    return (file, bytes) => {
      const n = normalize(file);
      if (!n.startsWith(to)) return undefined;
      const i = byPath.get(from + n.slice(to.length));
      if (i === undefined) return undefined;
      const f = r.result.files[i];
      const c = r.result.payload.config[i];
      if (!f.source || c.errors.length || !f.source.equals(bytes)) return undefined;
      return { parsed: c.parsed, pragmas: f.pragmas, context: f.context };
    };
  }

  /**
   * Takes an earlier parse of the same bytes: its directives are shared, except the include
   * directives and the blocks around them, which are copied and resolved in this parse (in document
   * order, as parsing would: file indexes come out the same).
   */
  private reuseFile(idx: number, same: EarlierFile): void {
    const f = this.files[idx];
    f.pragmas = same.pragmas;
    f.reusedCtx = same.context;
    const copy = (list: Directive[]): Directive[] => {
      let out: Directive[] | undefined;
      for (let i = 0; i < list.length; i++) {
        const d = list[i];
        let c = d;
        if (d.includes) {
          c = { ...d };
          this.include(idx, c);
        } else if (d.block) {
          const b = copy(d.block);
          if (b !== d.block) c = { ...d, block: b };
        }
        if (c !== d) {
          this.copied.add(c);
          out ??= list.slice(0, i);
        }
        out?.push(c);
      }
      return out ?? list;
    };
    f.parsed = copy(same.parsed);
  }

  private addFile(path: string): number {
    const key = normalize(path);
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = this.files.length;
      this.files.push({ file: path, key, parsed: [], errors: [], pragmas: [], sites: [], includes: [] });
      this.byKey.set(key, idx);
    }
    return idx;
  }

  private error(fileIdx: number, rule: ParserRule, message: string, line: number, col: number): void {
    const f = this.files[fileIdx];
    f.errors.push({ error: `${message} in ${f.file}:${line}`, line, col, message, rule });
  }

  /** error(), unless the file has that error at that position already (a file analysed at a second include site). */
  private errorOnce(fileIdx: number, rule: ParserRule, message: string, line: number, col: number): void {
    if (this.files[fileIdx].errors.some((e) => e.line === line && e.col === col && e.message === message)) return;
    this.error(fileIdx, rule, message, line, col);
  }

  // ---------------------------------------------------------------- syntax

  private parseFile(idx: number, text: string): void {
    const lx = new Lexer(text);
    const f = this.files[idx];
    f.parsed = this.block(idx, lx, 0, false).list;
    f.pragmas = lx.pragmas;
    for (const e of lx.errors) this.error(idx, 'syntax', e.message, e.line, e.col);
    f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }

  /**
   * Parses statements up to the `}` that closes this block (depth > 0) or end of file.
   * @param entries the block is a map-like one (map, types, ...): its entries' `{` positions are kept
   */
  private block(idx: number, lx: Lexer, depth: number, entries: boolean): { list: Directive[]; end?: Token } {
    const list: Directive[] = [];
    for (;;) {
      const lexErrors = lx.errors.length;
      const tok = lx.next();
      if (tok.kind === 'eof') {
        if (depth > 0) this.error(idx, 'syntax', 'unexpected end of file, expecting "}"', tok.line, tok.col);
        return { list };
      }
      if (tok.kind === '}') {
        if (depth > 0) return { list, end: tok };
        this.error(idx, 'syntax', 'unexpected "}"', tok.line, tok.col);
        continue;
      }
      if (tok.kind === 'comment') {
        if (this.opts.comments) list.push({ directive: '#', line: tok.line, args: [], comment: tok.raw, col: tok.col });
        continue;
      }
      if (tok.kind === ';' || tok.kind === '{') {
        this.error(idx, 'syntax', `unexpected "${tok.kind}"`, tok.line, tok.col);
        if (tok.kind === '{') this.block(idx, lx, depth + 1, false);
        continue;
      }
      const r = this.statement(idx, lx, depth, tok, list, lexErrors, entries);
      if (r === 'eof') return { list };
      if (r !== 'ok') return { list, end: r };
    }
  }

  /**
   * One directive starting at word `tok`. Returns the `}` token when a `}` that ended it also closed
   * the enclosing block, 'eof' when the file ended inside it.
   * @param lexErrors the lexer's error count before `tok` was read (a later one is in this directive)
   * @param entries the directive stands in a map-like block (see block())
   */
  private statement(idx: number, lx: Lexer, depth: number, tok: Token, list: Directive[], lexErrors: number, entries: boolean): 'ok' | 'eof' | Token {
    // Arguments are gathered in scratch arrays and copied once, exactly sized: a large config has
    // hundreds of thousands of directives, and an array grown by push() keeps room for 17 entries.
    const { raws, values, pos } = this.scratch;
    let n = 0; // arguments so far (putArg overwrites the scratch arrays, never shrinks them)
    const name = internName(tok.raw);
    const line = tok.line, col = tok.col;
    let argComments: Token[] | undefined;
    let term: Token;
    if (isLuaBlock(name)) {
      const r = lx.luaBlock(name === 'set_by_lua_block');
      if ('error' in r) {
        this.error(idx, 'syntax', r.error.message, r.error.line, r.error.col);
        list.push({ directive: name, line, args: [], col, argPos: [], values: [] });
        return 'eof';
      }
      for (const a of r.args) this.putArg(n++, a);
      term = { kind: ';', raw: ';', value: ';', quoted: false, line: r.end.line, col: r.end.col, endLine: r.end.line, endCol: r.end.col };
    } else {
      for (;;) {
        const a = lx.next();
        if (a.kind === 'word') this.putArg(n++, a);
        else if (a.kind === 'comment') (argComments ??= []).push({ ...a }); // the lexer reuses its token
        else {
          term = a;
          break;
        }
      }
    }
    const args = raws.slice(0, n);
    // share the args array when nginx's unescaping changed nothing (most directives): less memory
    let vals = args;
    for (let i = 0; i < n; i++) {
      if (values[i] !== args[i]) {
        vals = values.slice(0, n);
        break;
      }
    }
    // every field in one literal (fields added later would go to a separate property store);
    // endLine/endCol are set below
    let d: Directive;
    if (this.packed) {
      const at = this.packPositions(pos, n); // may start a new chunk: before posBuf is read
      d = { directive: name, line, args, col, posBuf: this.posBuf, posAt: at, values: vals, endLine: line, endCol: col };
    } else {
      const argPos: ArgPosition[] = new Array(n);
      for (let i = 0; i < n; i++) argPos[i] = { line: pos[4 * i], col: pos[4 * i + 1], endLine: pos[4 * i + 2], endCol: pos[4 * i + 3] };
      d = { directive: name, line, args, col, argPos, values: vals, endLine: line, endCol: col };
    }
    if (name === 'if' && !prepareIfArgs(d)) this.bareIf.add(d);

    let result: 'ok' | 'eof' | Token = 'ok';
    const termKind = term.kind; // read now: parsing a nested block refills the lexer's token
    if (lx.errors.length > lexErrors) this.lexBroken.add(d);
    switch (termKind) {
      case ';':
        d.endLine = term.line;
        d.endCol = term.col;
        break;
      case '{': {
        if (depth === 0 || entries) this.braces.set(d, { line: term.line, col: term.col });
        const b = this.block(idx, lx, depth + 1, ENTRY_BLOCKS.has(name));
        d.block = b.list;
        const end = b.end ?? lx.eofPosition();
        d.endLine = end.line;
        d.endCol = end.col;
        if (!b.end) result = 'eof';
        break;
      }
      case '}':
        // nginx: `unexpected "}"` (ngx_conf_read_token). Recovery: the directive ends here and the brace
        // closes the enclosing block, as its author meant.
        this.error(idx, 'syntax', 'unexpected "}"', term.line, term.col);
        d.endLine = term.line;
        d.endCol = term.col;
        if (depth > 0) result = { ...term }; // a copy: the lexer refills its token
        break;
      default: {
        const e = lx.eofPosition();
        this.error(idx, 'syntax', 'unexpected end of file, expecting ";" or "}"', e.line, e.col);
        d.endLine = e.line;
        d.endCol = e.col;
        result = 'eof';
      }
    }
    if (termKind !== ';' && termKind !== '{') this.cutShort.add(d);
    if (this.ignore.has(d.directive)) return result;
    if (d.directive === 'include' && !this.opts.single && termKind === ';' && d.args.length === 1) this.include(idx, d);
    list.push(d);
    if (this.opts.comments && argComments) {
      for (const c of argComments) list.push({ directive: '#', line: d.line, args: [], comment: c.raw, col: c.col });
    }
    return result;
  }

  /** Writes argument number `i` (a word token) into the scratch arrays. */
  private putArg(i: number, a: Token): void {
    this.scratch.raws[i] = a.raw;
    this.scratch.values[i] = a.value;
    const p = this.scratch.pos;
    p[4 * i] = a.line;
    p[4 * i + 1] = a.col;
    p[4 * i + 2] = a.endLine;
    p[4 * i + 3] = a.endCol;
  }

  /** Copies `n` arguments' positions into the current chunk (a new one when it is full); returns where they start. */
  private packPositions(pos: number[], n: number): number {
    const k = 4 * n;
    let b = this.posBuf.data;
    if (this.posLen + k > b.length) {
      // chunks double from 1,024 slots up to POS_CHUNK: a small config does not pay for a large one
      const size = Math.max(k, Math.min(POS_CHUNK, Math.max(1024, 2 * b.length)));
      this.posBuf = new PackedPositions((b = new Int32Array(size)));
      this.posLen = 0;
    }
    const at = this.posLen;
    for (let i = 0; i < k; i++) b[at + i] = pos[i];
    this.posLen += k;
    return at;
  }

  private include(idx: number, d: Directive): void {
    let r = this.resolved.get(d.values![0]);
    if (!r) this.resolved.set(d.values![0], (r = this.resolve(d.values![0])));
    if (r.error || r.outside) {
      const p = argPosition(d, 0)!;
      this.error(idx, r.outside ? 'include-outside' : 'syntax', r.outside ?? r.error!, p.line, p.col);
    }
    d.includes = [];
    this.files[idx].includes.push(d);
    for (const target of r.targets) {
      d.includes.push(target);
      this.files[target].sites.push({ from: idx, directive: d });
    }
  }

  /** The files an include argument names (registered), or the error of a plain path that cannot be read. */
  private resolve(arg: string): { targets: number[]; error?: string; outside?: string } {
    const pattern = resolveInclude(arg, this.confDir, this.opts.prefix);
    if (this.outside(globBase(pattern))) return { targets: [], outside: this.outsideMessage(pattern) };
    if (hasMagic(pattern)) return { targets: expandGlob(pattern, this.fs).map((n) => this.addFile(n)) };
    if (this.fs.isFile(pattern)) return { targets: [this.addFile(pattern)] };
    let why: unknown = Object.assign(new Error('missing'), { code: 'ENOENT' });
    try {
      this.fs.readFile(pattern);
    } catch (e) {
      why = e;
    }
    return { targets: [], error: openFailed(pattern, why) };
  }

  /** Reports include cycles (nginx would recurse until it runs out of file descriptors). */
  private findCycles(): void {
    const state = new Map<number, 'active' | 'done'>();
    const stack: number[] = [];
    const visit = (i: number) => {
      state.set(i, 'active');
      stack.push(i);
      for (const d of this.files[i].includes) {
        for (const t of d.includes!) {
          if (state.get(t) === 'active') {
            const loop = stack.slice(stack.indexOf(t)).concat(t).map((k) => this.files[k].file);
            const p = argPosition(d, 0) ?? { line: d.line, col: d.col ?? 1 };
            this.error(i, 'syntax', `include cycle: ${loop.join(' -> ')}`, p.line, p.col);
            d.includes = d.includes!.filter((x) => x !== t);
          } else if (!state.has(t)) visit(t);
        }
      }
      stack.pop();
      state.set(i, 'done');
    };
    visit(0);
  }

  // ---------------------------------------------------------------- contexts and arguments

  private analyse(): void {
    const main = this.files[0];
    let ctx: string;
    if (this.opts.context) ctx = contextOf(this.opts.context);
    else {
      const pragma = contextPragma(main.pragmas);
      ctx = pragma ? contextOf(pragma) : inferContext(main.parsed);
    }
    /**
     * The include sites each file was analysed at: its context, and the enclosing location when the
     * file's top level holds a location or an include (nginx checks a nested location against it).
     * nginx analyses a file at every include site; one analysis per distinct site is the same.
     */
    const sites = new Map<number, Set<string>>();
    /** error() for the first analysis of a file (one function for every block, not one per block). */
    const firstSite = (f: number, rule: ParserRule, message: string, line: number, col: number) => this.error(f, rule, message, line, col);
    /**
     * @param loc the location `list` stands in, when `c` is a location's context (nginx's checks of nested locations)
     * @param again the file was analysed at another include site already: its directives' marks are
     *   left as they are (they may be shared with an earlier parse), and a repeated error is not added again
     * @param via for `again`: the include site, named in the errors found there
     */
    const walk = (fi: number, list: Directive[], c: string, loc: LocationMatch | undefined, again: boolean, via = '') => {
      // a file reused in the context it had (setContext): its own directives were analysed then,
      // without an error; only the copies around its includes lead on to the included files
      const skipShared = !again && this.files[fi].reusedCtx !== undefined;
      const entries = c.startsWith('entries:');
      const map: MapSeen = { hadDefault: false, keys: new Set() };
      const values = valueRules(c);
      // an error found at a later site names it: the file alone is valid where it was first included
      const error = again ? (f: number, rule: ParserRule, message: string, line: number, col: number) => this.errorOnce(f, rule, `${message} (${via})`, line, col) : firstSite;
      for (let i = 0; i < list.length; i++) {
        const d = list[i]; // an indexed loop: for...of allocates a result per element until the JIT optimizes the loop
        if (d.directive === '#' || (skipShared && !this.copied.has(d))) continue;
        if (entries && d.directive !== 'include') {
          if (!again) d.entry = true;
          const bad = this.checks.checkArgs && !d.block ? entryError(c, d, map) : undefined;
          if (bad) error(fi, 'invalid-args', bad, d.line, d.col ?? 1);
          if (d.block) {
            // nginx: a map-like block's handler takes no block ("unexpected \"{\"", ngx_conf_parse with cf->handler set)
            const at = this.braces.get(d) ?? { line: d.line, col: d.col ?? 1 };
            if (!this.lexBroken.has(d)) error(fi, 'syntax', 'unexpected "{"', at.line, at.col);
            walk(fi, d.block, 'unknown', undefined, again, via);
          }
          continue;
        }
        let inner: LocationMatch | undefined;
        if (this.cutShort.size === 0 || !this.cutShort.has(d)) {
          // an `if ()` had one argument for nginx before its parentheses were stripped
          const n = d.args.length || (d.directive === 'if' && !this.bareIf.has(d) ? 1 : 0);
          const p = analyze(d.directive, n, d.block ? '{' : ';', c, this.lexBroken.size && this.lexBroken.has(d) ? this.shapeFree : this.checks);
          if (p) error(fi, p.rule, p.message, d.line, d.col ?? 1);
          else if (d.directive === 'location' && d.block && c.startsWith('http>') && this.checks.checkArgs) {
            const l = checkLocation(d.values ?? d.args, c === 'http>location' ? loc : undefined);
            if ('error' in l) error(fi, l.rule, l.error, d.line, d.col ?? 1);
            else {
              inner = l;
              const bad = l.mod === '~' || l.mod === '~*' ? regexError(l.uri) : undefined;
              const p = bad ? argPosition(d, d.args.length - 1) : undefined;
              if (bad) error(fi, 'invalid-args', bad, d.line, p && p.line === d.line ? p.col : d.col ?? 1);
            }
          } else if (n && this.checks.checkArgs && (this.lexBroken.size === 0 || !this.lexBroken.has(d))) {
            // nginx's reading of the arguments: the parameters after an address, rewrite's flag,
            // proxy_pass's URL prefix, ... (params.ts), else the first argument's kind (flag, size,
            // time, ...), then the variable references of a script value (scripts.ts); reported at
            // the argument when it stands on the directive's line (nginx names the line; a test
            // compares it)
            const a = d.values ?? d.args;
            const bad =
              (PARAM_DIRECTIVES.has(d.directive) ? paramError(c, d.directive, a) : firstValueError(values, d.directive, a[0])) ??
              scriptSyntaxError(c, d, a) ??
              (d.directive === 'if' ? ifConditionError(a, this.bareIf.has(d)) : undefined) ??
              (REGEX_DIRECTIVES.has(d.directive) ? regexArgError(d, a) : undefined);
            if (bad) {
              const p = argPosition(d, bad.arg);
              error(fi, 'invalid-args', bad.message, d.line, p && p.line === d.line ? p.col : d.col ?? 1);
            }
          }
        }
        if (d.block) walk(fi, d.block, enterBlock(c, d.directive), inner, again, via);
        if (d.includes) {
          for (const t of d.includes) {
            const f = this.files[t];
            const own = contextPragma(f.pragmas);
            const tctx = own ? contextOf(own) : c;
            const tloc = tctx === c ? loc : undefined;
            const site = tloc && leadsOnLocation(f.parsed) ? `${tctx} ${tloc.mod} ${tloc.uri}` : tctx;
            let done = sites.get(t);
            if (done?.has(site)) continue;
            if (!done) sites.set(t, (done = new Set()));
            done.add(site);
            // the first site sets the file's context (ParseResult.files[].context); later ones are checked too
            if (done.size === 1) {
              this.setContext(f, tctx);
              walk(t, f.parsed, tctx, tloc, false);
            } else walk(t, f.parsed, tctx, tloc, true, again ? via : `as included at ${this.files[fi].file}:${d.line}`);
          }
        }
      }
    };
    sites.set(0, new Set([ctx]));
    this.setContext(main, ctx);
    walk(0, main.parsed, ctx, undefined, false);
    for (const f of this.files) f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }

  /**
   * A whole configuration needs an events block: nginx -t fails without one, even on an empty file.
   * Checked on a main config in the main context whose includes were followed (not `single`), at its
   * top level and the top level of the files included there; not when one of those could not be
   * read (the events block may be in it, and the include is reported already).
   * nginx: ngx_event_init_conf in src/event/ngx_event.c (`no "events" section in configuration`).
   */
  private requireEvents(): void {
    if (this.opts.single || this.files[0].ctx !== 'main') return;
    let unknown = false;
    const seen = new Set<number>();
    const has = (fi: number): boolean => {
      if (seen.has(fi)) return false;
      seen.add(fi);
      if (this.unread.has(fi)) unknown = true;
      for (const d of this.files[fi].parsed) {
        if (d.directive === 'events') return true;
        if (d.directive !== 'include') continue;
        const r = d.values?.[0] !== undefined ? this.resolved.get(d.values[0]) : undefined;
        if (!d.includes || r?.error || r?.outside) unknown = true;
        for (const t of d.includes ?? []) if (has(t)) return true;
      }
      return false;
    };
    if (!has(0) && !unknown) this.error(0, 'syntax', 'no "events" section in configuration', 1, 1);
  }

  /**
   * Sets the context a file is analysed in. A file reused from an earlier parse (ParseOptions.reuse)
   * that lands in another context than it had there gets a copy of its own, entry marks cleared:
   * analysis marks the entries of map-like blocks, and the shared directives must keep the earlier
   * parse's marks. It is then analysed in full, like a file parsed anew.
   */
  private setContext(f: FileState, ctx: string): void {
    f.ctx = ctx;
    if (f.reusedCtx === undefined || f.reusedCtx === ctx) return;
    const unmark = (list: Directive[]) => {
      for (const d of list) {
        delete d.entry;
        if (d.block) unmark(d.block);
      }
    };
    unmark((f.parsed = structuredClone(f.parsed)));
    f.reusedCtx = undefined;
  }

  private payload(): Payload {
    const config: ConfigFile[] = this.files.map((f) => ({
      file: f.file,
      status: f.errors.length ? 'failed' : 'ok',
      errors: f.errors,
      parsed: f.parsed,
    }));
    const errors = this.files.flatMap((f) => f.errors.map((e) => ({ file: f.file, ...e })));
    let payload: Payload = { status: errors.length ? 'failed' : 'ok', errors, config };
    if (this.opts.combine) payload = combine(payload);
    return payload;
  }
}

/**
 * Strips the parentheses around an `if` condition, as crossplane does (crossplane: _prepare_if_args),
 * keeping `values` and the argument positions in step.
 * @returns false when the condition is not in parentheses (left as written)
 */
function prepareIfArgs(d: Directive): boolean {
  const a = d.args;
  if (!a.length || !a[0].startsWith('(') || !a[a.length - 1].endsWith(')')) return false;
  const v = d.values === d.args ? d.args.slice() : d.values!;
  const li = a.length - 1;
  const first = a[0].slice(1).trimStart();
  const cut0 = a[0].length - first.length; // moves the first argument's col
  a[0] = first;
  v[0] = v[0].slice(1).trimStart();
  const last = a[li].slice(0, -1).trimEnd();
  const cutN = a[li].length - last.length; // moves the last argument's endCol
  a[li] = last;
  v[li] = v[li].slice(0, -1).trimEnd();
  const start = a[0] ? 0 : 1;
  const end = Math.max(start, a.length - (a[li] ? 0 : 1));
  d.args = a.slice(start, end);
  d.values = v.slice(start, end);
  if (d.argPos) {
    const p = d.argPos;
    p[0] = { ...p[0], col: p[0].col + cut0 };
    p[li] = { ...p[li], endCol: p[li].endCol - cutN };
    d.argPos = p.slice(start, end);
  } else {
    const p = d.posBuf!.data; // this directive's own slots: changed in place
    const at = d.posAt!;
    p[at + 1] += cut0;
    p[at + 4 * li + 3] -= cutN;
    d.posAt = at + 4 * start;
  }
  return true;
}

/** The chain named by a `# nginx-gitops: context=http,server` pragma, if any. */
export function contextPragma(pragmas: Pragma[]): string[] | undefined {
  for (const p of pragmas) {
    const m = /^context\s*=\s*([\w>,\s]+)$/.exec(p.text);
    if (m) return m[1].split(/[,>\s]+/).filter(Boolean);
  }
  return undefined;
}

/**
 * A location's modifier (`''`, `=`, `^~`, `~`, `~*`, `@`) and its name as nginx keeps it (clcf->name:
 * the URI or regex without the modifier; a named location's name keeps its `@`).
 */
export interface LocationMatch {
  mod: string;
  uri: string;
}

/**
 * The one-argument form of a location as nginx reads it: `=/x`, `^~/x`, `~*\.php$`, `~re`, `@name`,
 * `/prefix` (a modifier alone is a location of the empty name: `location = {` is exact "").
 * nginx: ngx_http_core_location in src/http/ngx_http_core_module.c.
 */
export function splitLocation(v: string): LocationMatch {
  for (const mod of MODIFIERS) if (v.startsWith(mod)) return { mod, uri: v.slice(mod.length) };
  return { mod: v.startsWith('@') ? '@' : '', uri: v };
}

/** The modifiers of a location, `~*` before `~` (splitLocation() takes the first that fits). */
const MODIFIERS = ['=', '^~', '~*', '~'] as const;
const LOCATION_MODIFIERS: ReadonlySet<string> = new Set(MODIFIERS);

/**
 * nginx's checks of a location (arguments unescaped) standing in `parent` (undefined: at server
 * level), in its order and words: the modifier of the two-argument form; nothing nests in an exact
 * or a named location, a named location stands at server level only, and a nested prefix location
 * must start with its parent's name (a regex one is exempt).
 * nginx: ngx_http_core_location in src/http/ngx_http_core_module.c.
 * @returns the location's match, or the problem
 */
function checkLocation(a: readonly string[], parent: LocationMatch | undefined): LocationMatch | { rule: ParserRule; error: string } {
  if (a.length === 2 && !LOCATION_MODIFIERS.has(a[0])) return { rule: 'invalid-args', error: `invalid location modifier "${a[0]}"` };
  const l = a.length === 2 ? { mod: a[0], uri: a[1] } : splitLocation(a[0] ?? '');
  if (!parent) return l;
  const rule = 'directive-not-allowed';
  if (parent.mod === '=') return { rule, error: `location "${l.uri}" cannot be inside the exact location "${parent.uri}"` };
  if (parent.mod === '@') return { rule, error: `location "${l.uri}" cannot be inside the named location "${parent.uri}"` };
  if (l.mod === '@') return { rule, error: `named location "${l.uri}" can be on the server level only` };
  if (!l.mod.startsWith('~') && !l.uri.startsWith(parent.uri)) return { rule, error: `location "${l.uri}" is outside location "${parent.uri}"` };
  return l;
}

/**
 * nginx's refusal of an entry of a map or geo block, in nginx's words:
 * - a key with other than one value ("invalid number of the map parameters", "... geo ..."), but
 *   the words that stand alone: map's `hostnames` and `volatile`, geo's `ranges`, `proxy_recursive`
 *   and `volatile` (newer than nginx 1.22; nginx's tests use it, geo_volatile.t);
 * - map's `default` a second time ("duplicate default map parameter");
 * - a map's regex key that does not compile (regexError());
 * - a map value with a variable reference nginx cannot read (scriptError());
 * - a map's string key a second time (mapKey(): "conflicting parameter");
 * - a geo key that is no network (geoKeyValid(): "invalid network").
 * nginx: ngx_http_map / ngx_stream_map, ngx_http_geo / ngx_stream_geo.
 * @param map what the earlier entries of the same map block left (updated here)
 */
function entryError(ctx: string, d: Directive, map: MapSeen): string | undefined {
  const n = (d.values ?? d.args).length;
  if (ctx === 'entries:map') {
    const isDefault = d.directive === 'default';
    const again = isDefault && map.hadDefault;
    if (isDefault) map.hadDefault = true;
    if (n === 0 && (d.directive === 'hostnames' || d.directive === 'volatile')) {
      if (d.directive === 'hostnames') map.keys = undefined;
      return undefined;
    }
    if (n !== 1) return 'invalid number of the map parameters';
    if (again) return 'duplicate default map parameter';
    const re = d.directive.startsWith('~') ? regexError(tilde(d.directive)) : undefined;
    if (re) return re;
    // the value is a complex value (nginx 0.9.0): its variable references as a script's
    const v = (d.values ?? d.args)[0];
    const bad = v.includes('$') ? scriptError(v) : undefined;
    if (bad || isDefault || !map.keys) return bad;
    const key = mapKey(d.directive);
    if (key === undefined) return undefined;
    if (map.keys.has(key)) return `conflicting parameter "${key}"`;
    map.keys.add(key);
    return undefined;
  }
  if (ctx === 'entries:geo') {
    if (n === 0 && (d.directive === 'ranges' || d.directive === 'proxy_recursive' || d.directive === 'volatile')) return undefined;
    if (n !== 1) return 'invalid number of the geo parameters';
    return geoKeyValid(d.directive) ? undefined : `invalid network "${d.directive}"`;
  }
  return undefined;
}

/** What nginx keeps while it reads one map block's entries. */
interface MapSeen {
  /** An entry was `default`. */
  hadDefault: boolean;
  /** The string keys so far, as mapKey() gives them; undefined once `hostnames` turns wildcards on (left to nginx -t). */
  keys: Set<string> | undefined;
}

/** The operators of `if ($variable op value)`. */
const IF_OPERATORS: ReadonlySet<string> = new Set(['=', '!=', '~', '~*', '!~', '!~*']);

/**
 * nginx's refusal of an `if` condition's shape, with the argument it names: `($variable)`,
 * `($variable op value)` with op one of = != ~ ~* !~ !~*, or `(-f path)` with -f, -d, -e, -x or
 * their `!` forms; anything else is `invalid condition "..."`, a wrong operator `unexpected "..." in
 * condition`. The regex after `~` is regexArgError()'s, the variables unknown-variable's.
 * nginx: ngx_http_rewrite_if_condition in src/http/modules/ngx_http_rewrite_module.c.
 * @param a the condition's arguments as nginx unescapes them, parentheses stripped (prepareIfArgs())
 * @param bare the condition is not in parentheses: `a` is as written
 */
function ifConditionError(a: readonly string[], bare: boolean): { message: string; arg: number } | undefined {
  const invalid = (i: number, v = a[i]) => ({ message: `invalid condition "${v}"`, arg: i });
  if (bare) {
    if (!a.length) return undefined; // no argument at all: analyze()'s error
    // nginx names the first argument when it does not open with "(", else the last, which it has
    // stripped of that "(" when it is the first too
    if (!a[0].startsWith('(')) return invalid(0);
    return a.length === 1 ? invalid(0, a[0].slice(1)) : invalid(a.length - 1);
  }
  const t = a[0];
  if (t === undefined) return { message: 'invalid condition ")"', arg: 0 }; // `if ()`: nginx names the `)` left after the `(`
  if (t.length > 1 && t[0] === '$') {
    if (a.length !== 1 && a.length !== 3) return invalid(0);
    return a.length === 1 || IF_OPERATORS.has(a[1]) ? undefined : { message: `unexpected "${a[1]}" in condition`, arg: 1 };
  }
  const test = t.length === 2 && t[0] === '-' ? t[1] : t.length === 3 && t.startsWith('!-') ? t[2] : undefined;
  return test !== undefined && a.length === 2 && 'fdex'.includes(test) ? undefined : invalid(0);
}

/**
 * A map entry's key as nginx's hash of exact keys holds it: without a leading `\`, lower-cased (ASCII);
 * undefined for a regex key (`~`, compiled one by one: two alike do not conflict) and for a key
 * with another backslash (its unescaping is left to nginx -t).
 * nginx: ngx_http_map in src/http/modules/ngx_http_map_module.c and ngx_hash_add_key in
 * src/core/ngx_hash.c (NGX_BUSY: "conflicting parameter").
 */
function mapKey(key: string): string | undefined {
  if (key.startsWith('~')) return undefined;
  const k = key.startsWith('\\') ? key.slice(1) : key;
  return k.includes('\\') ? undefined : k.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * A geo key nginx reads: a keyword (default, delete, proxy), an IPv4 address or network with its
 * octets in range, or - left to nginx -t - anything with a `:` (IPv6) or a `-` (a range, with
 * `ranges`). nginx: ngx_http_geo_cidr / ngx_ptocidr in src/core/ngx_inet.c ("invalid network").
 */
function geoKeyValid(key: string): boolean {
  if (key === 'default' || key === 'delete' || key === 'proxy' || key.includes(':') || key.includes('-')) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/\d+)?$/.exec(key);
  return m !== null && [m[1], m[2], m[3], m[4]].every((o) => Number(o) <= 255);
}

/** valueError() of a directive's first argument, as paramError() gives its findings (undefined: none, or no rule for it here). */
function firstValueError(rules: ReadonlyMap<string, ValueRule> | undefined, name: string, value: string): { message: string; arg: number } | undefined {
  const rule = rules?.get(name);
  const message = rule && valueError(rule, value);
  return message ? { message, arg: 0 } : undefined;
}

/**
 * True when the enclosing location matters to a file's analysis: its top level holds a location
 * (checked against it) or an include (which hands it on).
 */
function leadsOnLocation(parsed: readonly Directive[]): boolean {
  for (let i = 0; i < parsed.length; i++) if (parsed[i].directive === 'location' || parsed[i].directive === 'include') return true;
  return false;
}

const CANDIDATES = ['main', 'http', 'http>server', 'http>location', 'http>upstream', 'stream', 'stream>server', 'stream>upstream', 'mail', 'mail>server', 'events'];

/**
 * The context a file's top-level directives fit: `main` when they fit there, else the first candidate
 * where every known top-level directive is allowed (a top-level `location` means a server, a
 * top-level `server` an http block). A file with a directive only the main context takes (`events`,
 * `http`, `worker_processes`, ...) is a main config whatever else it holds: the others are its errors
 * (an `http` without its `{` leaves its contents at the top level). Else the candidate where most fit.
 */
export function inferContext(parsed: Directive[]): string {
  const names = parsed.filter((d) => d.directive !== '#' && lookup(d.directive)).map((d) => d.directive);
  if (names.some((n) => allowedIn(n, 'main') && !CANDIDATES.some((c) => c !== 'main' && allowedIn(n, c)))) return 'main';
  let best = 'main';
  let bestScore = -1;
  for (const c of CANDIDATES) {
    const score = names.filter((n) => allowedIn(n, c)).length;
    if (score === names.length) return c;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * crossplane's `combine`: one config whose includes are replaced by the included files' directives,
 * each carrying its `file` (crossplane: _combine_parsed_configs).
 */
function combine(p: Payload): Payload {
  const configs = p.config;
  const expand = (fi: number, list: Directive[], stack: number[]): Directive[] => {
    const out: Directive[] = [];
    for (const d of list) {
      const c: Directive = { ...d, file: configs[fi].file };
      if (d.block) c.block = expand(fi, d.block, stack);
      if (d.includes) {
        for (const t of d.includes) if (!stack.includes(t)) out.push(...expand(t, configs[t].parsed, [...stack, t]));
      } else out.push(c);
    }
    return out;
  };
  const errors = configs.flatMap((c) => c.errors);
  return {
    status: p.status,
    errors: p.errors,
    config: [{ file: configs[0].file, status: errors.length ? 'failed' : 'ok', errors, parsed: expand(0, configs[0].parsed, [0]) }],
  };
}
