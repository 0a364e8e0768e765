/**
 * The config as the plan compares it: one tree with includes expanded where they stand (nginx's
 * reading order), each directive keeping the file and line it came from.
 */
import type { ParseResult } from '../parser/parser.js';
import { expandBlock, expandChildren, type Expanded } from '../parser/expand.js';

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
export function planTree(result: ParseResult, rel: (f: string) => string): PNode[] {
  const { payload } = result;
  const names = payload.config.map((c) => rel(c.file));
  const walk = (list: Expanded[]): PNode[] => {
    const out: PNode[] = [];
    for (const e of list) {
      const { d } = e;
      if (d.directive === '#' || (d.directive === 'include' && d.includes)) continue;
      const n: PNode = { name: d.directive, args: d.args, file: names[e.fi], line: d.line };
      if (d.entry) n.entry = true;
      if (d.block) n.children = walk(expandChildren(payload, e));
      out.push(n);
    }
    return out;
  };
  return payload.config.length ? walk(expandBlock(payload, payload.config[0].parsed, 0)) : [];
}
