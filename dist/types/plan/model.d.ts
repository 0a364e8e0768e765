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
export declare function planTree(result: ParseResult, rel: (f: string) => string, memo?: PlanMemo, lookup?: boolean): PNode[];
/** True when two argument lists are equal. */
export declare function sameArgs(a: string[], b: string[]): boolean;
/**
 * True when two directive lists say the same, in the same order: names, arguments and blocks,
 * wherever they are written (most of a tree is unchanged; a node both sides share is compared by
 * reference).
 */
export declare function sameNodes(a: PNode[], b: PNode[]): boolean;
