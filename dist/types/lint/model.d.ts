import type { ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';
/** One directive in the include-resolved tree. */
export interface LNode {
    /** Directive name (entries of map-like blocks keep their key here). */
    name: string;
    /** Arguments as nginx unescapes them. */
    args: string[];
    d: Directive;
    /** File the directive is written in (as the parser named it). */
    file: string;
    parent: LNode | null;
    /** Block contents with includes expanded in place; empty for a simple directive. */
    children: LNode[];
    hasBlock: boolean;
    /** Qualified context the directive stands in (`http>server`, `http>location`, `entries:map`, ...). */
    ctx: string;
    /** The include directives (outermost first) through which this directive was reached. */
    via: LNode[];
}
export interface LintModel {
    /** A virtual root whose children are the main file's top-level directives. */
    root: LNode;
    /** True when the tree is a whole configuration (a main config in the main context). */
    isMain: boolean;
    /** Every directive by name. */
    byName: Map<string, LNode[]>;
    /** Every directive, in document order. */
    all: LNode[];
    /** The http-side blocks whose settings nest and inherit: server, location, if (in that order of kind). */
    httpBlocks: LNode[];
    /** `# nginx-gitops:` pragmas per file. */
    pragmas: ParseResult['files'];
}
/**
 * Builds the model from a parse: includes replaced by the included files' directives (each keeping
 * its own file), cycles cut.
 * @param isMain whether the parsed file is a main config (not a fragment)
 */
export declare function buildModel(result: ParseResult, isMain: boolean): LintModel;
/** Children of `node` with one of `names`, in document order. */
export declare function childrenNamed(node: LNode, ...names: string[]): LNode[];
/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block node (location, server, http, if)
 * @returns the directives in effect at `block` and the block that defines them (undefined if none)
 */
export declare function inherited(block: LNode, ...names: string[]): {
    nodes: LNode[];
    from?: LNode;
};
/** The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars). */
export declare function effective(block: LNode, name: string): LNode | undefined;
/** The enclosing blocks of a node, innermost first. */
export declare function ancestors(node: LNode): LNode[];
/** Header name of an add_header / proxy_set_header directive, lower-cased (memoized: names repeat). */
export declare function headerName(n: LNode): string;
/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (memoized per node). */
export declare function locationMatch(n: LNode): {
    mod: string;
    uri: string;
};
/** True for `location ~` / `~*`. */
export declare function isRegexLocation(n: LNode): boolean;
/** Parses an nginx size or time value to a number in base units (seconds for times). */
export declare function parseTime(v: string | undefined): number | undefined;
/** Splits `scheme://host[:port]/path` of a proxy_pass-like URL; path includes its leading `/` (memoized: URLs repeat). */
export declare function splitUrl(url: string): {
    scheme: string;
    host: string;
    path?: string;
} | undefined;
/** Counts capturing groups of a PCRE pattern (named groups count; `(?:`, lookarounds do not). */
export declare function captureGroups(re: string): number;
/** Numbered capture references ($1..$9) in a string. */
export declare function captureRefs(s: string): number[];
