/**
 * The config as the plan compares it: one tree with includes expanded where they stand (nginx's
 * reading order), each directive keeping the file and line it came from.
 */
import type { ParseResult } from '../parser/parser.js';
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
 * Builds the plan tree of a parse: `include` directives are replaced by what they pulled in, comments
 * are dropped. A file included from several places appears at each of them.
 * @param rel maps the parser's file names to the paths shown in the plan
 */
export declare function planTree(result: ParseResult, rel: (f: string) => string): PNode[];
