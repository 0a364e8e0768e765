/**
 * The config as the plan compares it: one tree with includes expanded where they stand (nginx's
 * reading order), each directive keeping the file and line it came from.
 */
import type { ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';

export interface PNode {
  name: string;
  args: string[];
  /** Repository-relative file the directive is written in. */
  file: string;
  line: number;
  /** An entry of a map-like block (map, geo, split_clients, types, ...): `name` is its key. */
  entry?: boolean;
  /** Block contents, includes expanded. */
  children?: PNode[];
}

/**
 * Plan nodes already built, by the directive they stand for: two parses that share directives
 * (ParseOptions.reuse) share their plan nodes too, and the diff passes over identical nodes at once.
 * Only directives with no include inside are kept (their node depends on nothing but the directive
 * and its file), and of those only the ones another side can ask for: the outermost include-free
 * directives (at a file's top level, or inside a block that has an include somewhere in it). The
 * other side reaches any deeper one only through them.
 */
export type PlanMemo = Map<Directive, PNode>;

/**
 * Builds the plan tree of a parse: `include` directives are replaced by what they pulled in, comments
 * are dropped. A file included from several places appears at each of them.
 * @param rel maps the parser's file names to the paths shown in the plan
 * @param memo with `lookup` false (the first side of a plan) the nodes to record in it; with `lookup`
 *   true the nodes to reuse from it (see PlanMemo)
 */
export function planTree(result: ParseResult, rel: (f: string) => string, memo: PlanMemo = new Map(), lookup = true): PNode[] {
  const { payload } = result;
  const names = payload.config.map((c) => rel(c.file));
  /** Records the include-free nodes `walk` made at one level (directive, node, directive, node, ...). */
  const record = (free: (Directive | PNode)[]) => {
    if (lookup) return;
    for (let i = 0; i < free.length; i += 2) memo.set(free[i] as Directive, free[i + 1] as PNode);
  };
  /**
   * Builds the nodes of `list` (written in file `fi`, reached through the files on `stack`) into
   * `out`, includes expanded in place as nginx reads them (a file already on the stack is not entered
   * again: the parser reports the cycle), and the include-free ones made at this level into `free`.
   * Returns whether an include was expanded in it.
   */
  const walk = (list: Directive[], fi: number, stack: number[], out: PNode[], free: (Directive | PNode)[]): boolean => {
    let included = false;
    const file = names[fi];
    // an indexed loop: for...of allocates a result per element until the JIT optimizes the loop
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d.directive === '#') continue;
      if (d.directive === 'include' && d.includes) {
        included = true;
        for (const t of d.includes) if (!stack.includes(t)) walk(payload.config[t].parsed, t, [...stack, t], out, free);
        continue;
      }
      const known = lookup ? memo.get(d) : undefined;
      if (known && known.file === file) {
        out.push(known);
        continue;
      }
      if (!d.block) {
        // every field in the literal: a field added later costs a separate property store
        const n: PNode = d.entry ? { name: d.directive, args: d.args, file, line: d.line, entry: true } : { name: d.directive, args: d.args, file, line: d.line };
        free.push(d, n);
        out.push(n);
        continue;
      }
      const kids: PNode[] = [];
      const inside: (Directive | PNode)[] = [];
      const withInclude = walk(d.block, fi, stack, kids, inside);
      // the block keeps an exact-size copy (an array grown by push() keeps room for 17)
      const n: PNode = { name: d.directive, args: d.args, file, line: d.line, children: kids.slice() };
      if (d.entry) n.entry = true;
      if (withInclude) {
        included = true;
        record(inside);
      } else free.push(d, n);
      out.push(n);
    }
    return included;
  };
  const out: PNode[] = [];
  const top: (Directive | PNode)[] = [];
  if (payload.config.length) walk(payload.config[0].parsed, 0, [0], out, top);
  record(top);
  return out;
}

/** True when two argument lists are equal. */
export function sameArgs(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * True when two directive lists say the same, in the same order: names, arguments and blocks,
 * wherever they are written (most of a tree is unchanged; a node both sides share is compared by
 * reference).
 */
export function sameNodes(a: PNode[], b: PNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.name !== y.name || !sameArgs(x.args, y.args) || !x.children !== !y.children) return false;
    if (x.children && !sameNodes(x.children, y.children!)) return false;
  }
  return true;
}
