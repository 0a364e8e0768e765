import type { Listener, Rule } from '../rule.js';
import { args, headerName, NAMED_GROUP, isRegexLocation, locationMatch, own, stringMemo, type Block } from '../model.js';
import { classEnd } from '../../parser/regex.js';
import type { Directive } from '../../parser/types.js';
import { CRLF_VARS, isRedirectingRewrite, MAX_VARIABLE_CHAIN, variableDefinitions, variableRefs } from './util.js';
import { REDIRECT_PREFIX } from '../../parser/params.js';

/** What a regex's capture groups can match of the two line-break characters. */
interface GroupBreaks {
  /** Group numbers that can match LF (`\n`). */
  lf: Set<number>;
  /** Group numbers that can match CR (`\r`). */
  cr: Set<number>;
  /** Number of each named group. */
  names: Map<string, number>;
}

/** Escapes that match LF (PCRE: `\s`, `\v`, `\R`, `\W`, `\D`, `\H`); each matches CR too. */
const LF_ESCAPE = /[svRWDH]/;
/**
 * Inside a class, what names LF, and CR: an escape (`\n`, `\x0a`, `\s`-like), the character itself
 * (nginx's unescaping of a quoted argument makes it), or a POSIX class holding it. A negated class
 * naming one cannot match it; a positive class naming one can.
 */
const CLASS_LF = /\\[nsvWDH]|\\x(?:0[aA]|[aA](?![0-9a-fA-F]))|\\x\{0*[aA]\}|\n|\[:(?:space|cntrl):\]/;
const CLASS_CR = /\\[rsvWDH]|\\x(?:0[dD]|[dD](?![0-9a-fA-F]))|\\x\{0*[dD]\}|\r|\[:(?:space|cntrl):\]/;
/** A PCRE inline option group that turns on dot-all (`(?s)`, `(?is)`, `(?s:`). */
const DOTALL = /\(\?[a-zA-Z]*s[a-zA-Z]*[:)]/;

/**
 * Which capture groups of a PCRE pattern can match LF, and which CR: a dot (CR, and LF too under
 * `(?s)`), `\s`-like escapes, a negated class that does not exclude the character, a class holding a
 * `\s`-like escape. nginx matches location and rewrite regexes against the decoded URI, so `%0a`
 * reaches a capture as a line feed.
 */
function breaksOf(re: string): GroupBreaks {
  const out: GroupBreaks = { lf: new Set(), cr: new Set(), names: new Map() };
  const dotAll = DOTALL.test(re);
  let n = 0;
  const stack: number[] = [];
  const mark = (lf: boolean, cr: boolean) => {
    for (const g of stack) {
      if (g <= 0) continue;
      if (lf) out.lf.add(g);
      if (cr) out.cr.add(g);
    }
  };
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      if (LF_ESCAPE.test(re[i + 1] ?? '')) mark(true, true);
      i++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(re, i);
      const cls = re.slice(i + 1, end);
      // `\W`, `\D`, `\H` match both breaks, so a negated class naming them excludes both
      if (cls.startsWith('^')) mark(!CLASS_LF.test(cls), !CLASS_CR.test(cls));
      else mark(CLASS_LF.test(cls), CLASS_CR.test(cls));
      i = end;
      continue;
    }
    if (c === '(') {
      const named = re[i + 1] === '?' ? NAMED_GROUP.exec(re.slice(i, i + 40)) : null;
      const capturing = re[i + 1] !== '?' || named !== null;
      stack.push(capturing ? ++n : 0);
      if (named) out.names.set(named[1] ?? named[2], n);
    } else if (c === ')') stack.pop();
    else if (c === '.') mark(dotAll, true);
  }
  return out;
}

/** breaksOf() per distinct pattern (a config repeats its location regexes). */
const breaksMemo = stringMemo(breaksOf, 4096);

/** Directives whose argument goes into a header, a redirect or the proxied request: [name, argument index]. */
const TARGETS: [string, number][] = [['add_header', 1], ['proxy_set_header', 1], ['return', 1], ['rewrite', 1], ['proxy_pass', 0], ['more_set_headers', 0]];
/** nginx puts a return's text in the Location header only for these codes; otherwise it is the body. nginx: ngx_http_send_response. */
const REDIRECT_CODES = new Set(['301', '302', '303', '307', '308']);
/** A decoded variable (CRLF_VARS) or a numbered capture reference, `$N` or `${N}`: one test for the common value with neither. */
const SUSPECT = new RegExp(`${CRLF_VARS.source}|\\$\\{?\\d`);
/** A variable as set and map name it: `$name` or `${name}` (name in group 1 or 2). */
const VARIABLE = /^\$(?:\{(\w+)\}|(\w+))$/;

/**
 * The value of `n` that reaches a header or the proxied request, or undefined: a return's body, an
 * internal rewrite (the new URI: nginx escapes it when it proxies it).
 */
function sentValue(n: Directive, i: number): string | undefined {
  const a = args(n);
  if (n.directive === 'return') {
    if (a.length === 1) return REDIRECT_PREFIX.test(a[0]) ? a[0] : undefined;
    return REDIRECT_CODES.has(a[0]) ? a[1] : undefined;
  }
  if (n.directive === 'rewrite') return a[1] !== undefined && isRedirectingRewrite(n) ? a[1] : undefined;
  return a[i];
}

export const rule: Rule = {
  id: 'http-splitting',
  severity: 'error',
  description: 'A header, redirect or proxied request built from a value that can carry a line break ($uri, or a regex capture that matches newlines).',
  source: 'gixy http_splitting ("HTTP Splitting"), with gixy-next\'s refinements (a lone CR counts only towards the client; a return body is not a header); nginx decodes %0d%0a in $uri and in regex captures',
  create({ report }) {
    const chain = new ChainFacts();
    const mapped = new Map<string, string | null>();
    const listener = (name: string, i: number): Listener => (n, at, file) => {
      const v = name === 'return' || name === 'rewrite' ? sentValue(n, i) : args(n)[i];
      if (!v || !v.includes('$')) return;
      // what the value references: a decoded variable or a numbered capture (one regex test), a named
      // capture of the enclosing regex location, a variable a set or map assigns from another one here
      // (most blocks offer neither: known from the last value asked about in the same block)
      const refs = at === chain.lastChain && chain.lastQuiet ? 0 : chain.referenced(v, at);
      const direct = SUSPECT.test(v) || name === 'rewrite' || (refs & NAMED) !== 0;
      if (!direct && !(refs & ASSIGNED)) return;
      // the Host header is left out (asked only now: most values have nothing to report)
      if (name === 'proxy_set_header' && headerName(at, n) === 'host') return;
      // towards the backend only LF splits a request (parsers refuse a lone CR); towards the client CR counts too.
      // A rewrite's redirect escapes its numbered captures ($1), not its named ones (checked against nginx 1.22).
      const reading: Reading = { cr: !name.startsWith('proxy_'), numbered: name !== 'rewrite', named: true, sets: chain, mapped };
      const why = lineBreakSource(v, n, at, reading, refs & ASSIGNED ? MAX_VARIABLE_CHAIN : 1);
      if (why) report(n, file, `${name} uses ${why.ref}, ${why.how}: a client can inject headers; use $request_uri, or a capture whose class excludes \\r and \\n`, name === 'return' && args(n).length === 1 ? 0 : i);
    };
    return { withVariables: Object.fromEntries(TARGETS.map(([name, i]) => [name, listener(name, i)])) };
  },
};

/** ChainFacts.referenced(): the value names a named capture of the enclosing regex location. */
const NAMED = 1;
/** ChainFacts.referenced(): the value names a variable a set or map assigns from another variable. */
const ASSIGNED = 2;

/**
 * What a directive's block chain offers its values: the named groups of the nearest regex location,
 * and the variables `set` and `map` assign from other variables there (a constant cannot carry a
 * line break): each block's own sets (and those of `if` blocks directly in it: variableDefinitions()
 * counts the same), and the maps of its http block (or of the top level of an http-level fragment). Order-free, as nginx is: a set later in the
 * block, or a map after the server, still assigns. Answers are kept for the last blocks asked about
 * (the walk asks about one chain several times in a row).
 */
class ChainFacts {
  private http: Block | null = null;
  private maps: ReadonlySet<string> = NO_NAMES;
  /** The block last asked about, whether a set in its chain assigns from a variable, and its regex location's named groups. */
  lastChain: Block | null = null;
  /** For lastChain: nothing there can be referenced (no named group, no assignment from a variable). */
  lastQuiet = false;
  private lastParent: Block | null = null;
  private lastChainSets = false;
  private lastNames: ReadonlySet<string> = NO_NAMES;

  /**
   * What `v` (a value of a directive in `at`) references: NAMED and ASSIGNED bits. Most blocks have
   * neither a named group nor an assignment from a variable: then the value is not even scanned.
   */
  referenced(v: string, at: Block): number {
    const maps = this.mapsFor(at);
    if (at !== this.lastChain) this.learn(at);
    const names = this.lastNames;
    this.lastQuiet = !maps.size && !this.lastChainSets && !names.size;
    if (this.lastQuiet) return 0;
    let out = 0;
    for (const ref of variableRefs(v)) {
      const name = ref[1] ?? ref[2];
      if (/^\d/.test(name)) continue; // a capture: SUSPECT's
      if (names.has(name)) out |= NAMED;
      else if (maps.has(name) || this.setInChain(name, at)) out |= ASSIGNED;
    }
    return out;
  }

  /** Reads `at`'s chain: whether a set in it assigns from a variable, and the named groups of the nearest regex location. */
  private learn(at: Block): void {
    let any = false;
    for (let b: Block | null = at; b && b.name !== 'http' && b.name !== 'stream' && b.name !== '' && !any; b = b.parent) any = this.setsOf(b).size > 0;
    // the nearest regex location's captures are the ones in effect; a named group needs "(?"
    const regex = locationRegex(at);
    this.lastChain = at;
    this.lastChainSets = any;
    this.lastNames = regex?.includes('(?') ? new Set(breaksMemo(regex).names.keys()) : NO_NAMES;
  }

  /** True when a set in `at` or an enclosing block (or an `if` directly in one) assigns `name`. */
  setInChain(name: string, at: Block): boolean {
    for (let b: Block | null = at; b && b.name !== 'http' && b.name !== 'stream' && b.name !== ''; b = b.parent) if (this.setsOf(b).has(name)) return true;
    return false;
  }

  /** The last blocks setsOf() answered, most recent first (a directive's chain is asked about again and again). */
  private readonly lastBlocks: (Block | null)[] = [null, null, null];
  private readonly lastSets: ReadonlySet<string>[] = [NO_NAMES, NO_NAMES, NO_NAMES];

  private setsOf(b: Block): ReadonlySet<string> {
    const lb = this.lastBlocks;
    const ls = this.lastSets;
    let k = 0;
    while (k < lb.length && lb[k] !== b) k++;
    const names = k < lb.length ? ls[k] : this.scanSets(b);
    // move to the front
    for (let j = Math.min(k, lb.length - 1); j > 0; j--) {
      lb[j] = lb[j - 1];
      ls[j] = ls[j - 1];
    }
    lb[0] = b;
    ls[0] = names;
    return names;
  }

  private scanSets(b: Block): ReadonlySet<string> {
    let found: Set<string> | undefined;
    const kids = b.kids;
    for (let i = 0; i < kids.length; i++) {
      const d = kids[i];
      if (d.directive === 'set') found = addSet(d, found);
      else if (d.directive === 'if' && d.block) for (let j = 0; j < d.block.length; j++) if (d.block[j].directive === 'set') found = addSet(d.block[j], found);
    }
    return found ?? NO_NAMES;
  }

  private mapsFor(at: Block): ReadonlySet<string> {
    if (at === this.lastChain || at === this.http || at.parent === this.lastParent) return this.maps; // the same http block as last time
    this.lastParent = at.parent;
    let b: Block | null = at;
    while (b && b.ctx !== 'http' && b.ctx !== 'stream') b = b.parent;
    if (!b) return NO_NAMES;
    if (b !== this.http) {
      this.http = b;
      const names = new Set<string>();
      for (const m of own(b, 'map')) {
        // a map whose values are all constants gives no line break
        const x = m.block?.some((e) => args(e)[0]?.includes('$')) ? VARIABLE.exec(args(m)[1] ?? '') : null;
        if (x) names.add(x[1] ?? x[2]);
      }
      this.maps = names;
    }
    return this.maps;
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Adds the variable a `set` assigns from another variable to `found` (a set to a constant gives no line break). */
function addSet(d: Directive, found: Set<string> | undefined): Set<string> | undefined {
  const m = args(d)[1]?.includes('$') ? VARIABLE.exec(args(d)[0] ?? '') : null;
  if (m) (found ??= new Set()).add(m[1] ?? m[2]);
  return found;
}

/** Why a value can carry a line break: the reference in it and how. */
interface LineBreak {
  /** As written: `$uri`, `$1`, `${name}`. */
  ref: string;
  /** e.g. `which nginx decodes and can carry CR/LF`. */
  how: string;
}

/** How lineBreakSource() reads a value. */
interface Reading {
  /** A carriage return counts (towards the client), not only a line feed. */
  cr: boolean;
  /** Numbered captures ($1) count. */
  numbered: boolean;
  /** Named captures count. */
  named: boolean;
  /** Where `set` assigns which variables (their definitions depend on the block). */
  sets: ChainFacts;
  /** Verdicts on variables only maps assign (the same in every block), by name and reading: how, or null for none. */
  mapped: Map<string, string | null>;
}

/**
 * Why value `v` (an argument of `n`, or a variable's definition met on the way) can carry a line
 * break, or undefined: a variable nginx decodes ($uri, $document_uri, $request_body), a capture of
 * the regex in effect whose group can match LF (or CR when `r.cr`), or a variable `set` or mapped
 * from either, followed `depth` steps.
 */
function lineBreakSource(v: string, n: Directive, at: Block, r: Reading, depth: number): LineBreak | undefined {
  const m = CRLF_VARS.exec(v);
  if (m) return { ref: `$${m[2]}`, how: 'which nginx decodes and can carry CR/LF' };
  let regex: string | undefined | null = null; // looked up on the first capture reference
  for (const ref of variableRefs(v)) {
    const name = ref[1] ?? ref[2];
    const numbered = /^\d$/.test(name);
    if (numbered ? r.numbered : r.named) {
      if (regex === null) regex = regexFor(n, at);
      const breaks = regex !== undefined ? breaksMemo(regex) : undefined;
      const group = numbered ? Number(name) : breaks?.names.get(name);
      if (group !== undefined) {
        if (breaks && (breaks.lf.has(group) || (r.cr && breaks.cr.has(group)))) return { ref: ref[0], how: `captured by "${regex}" whose group can match ${breaks.lf.has(group) ? 'a line feed' : 'a carriage return'}` };
        continue;
      }
    }
    if (numbered || depth <= 1) continue;
    const why = definedWithLineBreak(name, n, at, r, depth);
    if (why) return { ref: ref[0], how: why };
  }
  return undefined;
}

/** How variable `name` gets a line break from its definitions (variableDefinitions()) at `at`, or undefined. */
function definedWithLineBreak(name: string, n: Directive, at: Block, r: Reading, depth: number): string | undefined {
  // a variable only maps assign, to values that name no variable, has the same definitions everywhere: decided once
  const key = `${name} ${r.cr}`;
  const setHere = r.sets.setInChain(name, at);
  const known = setHere ? undefined : r.mapped.get(key);
  if (known !== undefined) return known ?? undefined;
  let why: string | undefined;
  let pure = !setHere;
  for (const def of variableDefinitions(name, at)) {
    if (def.value === `$${name}`) continue;
    // a set's value is evaluated where it runs (its $1 is the location's); a map's captures are its own regexes' (not followed)
    const set = def.d.directive === 'set';
    if (def.value.includes('$') && !CRLF_VARS.test(def.value)) pure = false;
    const via = lineBreakSource(def.value, n, at, { ...r, numbered: set, named: set }, depth - 1);
    if (via) {
      why = `which ${def.how} ${via.ref} (line ${def.d.line}), ${via.how}`;
      break;
    }
  }
  if (pure) r.mapped.set(key, why ?? null);
  return why;
}

/** The regex whose captures a directive's $N refers to: its own (rewrite), else the enclosing regex location's. */
function regexFor(n: Directive, at: Block): string | undefined {
  return n.directive === 'rewrite' ? args(n)[0] : locationRegex(at);
}

/** The regex of the nearest regex location `at` is or stands in (its captures are in effect there), or undefined. */
function locationRegex(at: Block): string | undefined {
  for (let b: Block | null = at; b && b.name; b = b.parent) if (b.name === 'location' && isRegexLocation(b, b.d)) return locationMatch(b, b.d).uri;
  return undefined;
}
