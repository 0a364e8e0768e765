import type { ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';
/**
 * One directive in the include-resolved tree. A class, not a literal: a large config has hundreds of
 * thousands of nodes, and a fixed shape with `name`, `args` and `hasBlock` read from the directive
 * keeps each one small.
 */
export declare class LNode {
    readonly d: Directive;
    /** File the directive is written in (as the parser named it). */
    readonly file: string;
    readonly parent: LNode | null;
    /** Block contents with includes expanded in place; empty for a simple directive. */
    children: LNode[];
    /** Qualified context the directive stands in (`http>server`, `http>location`, `entries:map`, ...). */
    readonly ctx: string;
    /** The include directives (outermost first) through which this directive was reached. */
    readonly via: LNode[];
    /** Shared per-model lookups (children by name, memoized inheritance); internal to this module. */
    readonly idx: ModelIndex;
    constructor(d: Directive, 
    /** File the directive is written in (as the parser named it). */
    file: string, parent: LNode | null, 
    /** Block contents with includes expanded in place; empty for a simple directive. */
    children: LNode[], 
    /** Qualified context the directive stands in (`http>server`, `http>location`, `entries:map`, ...). */
    ctx: string, 
    /** The include directives (outermost first) through which this directive was reached. */
    via: LNode[], 
    /** Shared per-model lookups (children by name, memoized inheritance); internal to this module. */
    idx: ModelIndex);
    /**
     * What headerName(), urlOf() or locationMatch() derived from this directive, kept by whichever asks
     * first (the others compute theirs): a location's match, else a header name (a string) or a URL
     * (an object, or null for none). Saves a memo lookup on every later call.
     */
    m: string | Url | LocationMatch | null | undefined;
    /** Directive name (entries of map-like blocks keep their key here). */
    get name(): string;
    /** Arguments as nginx unescapes them. */
    get args(): string[];
    get hasBlock(): boolean;
}
/** A proxy_pass-like URL split: `http://api:8080/x` -> { scheme: 'http', host: 'api:8080', path: '/x' }. */
export interface Url {
    scheme: string;
    host: string;
    path?: string;
}
/**
 * Per model: for each directive name its nodes grouped by parent, built once per name on first use
 * in one pass over that name's nodes (a per-block index would cost a Map for each of tens of
 * thousands of blocks), and the memoized results of inherited() and effective().
 */
interface ModelIndex {
    byName: Map<string, LNode[]>;
    byParent: Map<string, Map<LNode, LNode[]>>;
    inherited: Map<string, Map<LNode, {
        nodes: LNode[];
        from?: LNode;
    }>>;
    effective: Map<string, Map<LNode, LNode | null>>;
    /** headerName(), urlOf() and locationMatch() per distinct argument string. */
    memo: ReturnType<typeof stringMemos>;
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
/**
 * Children of `node` named `names` (one name, or a list: then in document order).
 * @returns a shared array: do not modify
 */
export declare function childrenNamed(node: LNode, names: string | readonly string[]): LNode[];
/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block node (location, server, http, if)
 * @param names one directive name, or several that nginx merges as one list (allow and deny)
 * @returns the directives in effect at `block` and the block that defines them (undefined if none)
 */
export declare function inherited(block: LNode, names: string | readonly string[]): {
    nodes: LNode[];
    from?: LNode;
};
/** The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars). */
export declare function effective(block: LNode, name: string): LNode | undefined;
/** The string memos of one model (they hold argument strings, which hold their file's text: they live and go with the model). */
declare function stringMemos(): {
    lowerCase: (s: string) => string;
    url: (s: string) => Url | null;
    prefixMatch: (s: string) => {
        mod: string;
        uri: string;
    };
    modifierMatch: (s: string) => (s: string) => {
        mod: string;
        uri: string;
    };
};
/** Header name of an add_header / proxy_set_header directive (its first argument), lower-cased. */
export declare function headerName(n: LNode): string;
export interface LocationMatch {
    mod: string;
    uri: string;
}
/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (shared: do not modify). */
export declare function locationMatch(n: LNode): LocationMatch;
/** splitUrl() of a directive's first argument (proxy_pass and the like; shared: do not modify). */
export declare function urlOf(n: LNode): Url | undefined;
/** True for `location ~` / `~*`. */
export declare function isRegexLocation(n: LNode): boolean;
/** Parses an nginx size or time value to a number in base units (seconds for times). */
export declare function parseTime(v: string | undefined): number | undefined;
/** Splits `scheme://host[:port]/path` of a proxy_pass-like URL; path includes its leading `/`. */
export declare function splitUrl(url: string): Url | undefined;
/** Counts capturing groups of a PCRE pattern (named groups count; `(?:`, lookarounds do not). */
export declare function captureGroups(re: string): number;
/** True when a string has a capture reference ($N or ${N}) - a cheap test before captureRefs(). */
export declare function hasCaptureRef(s: string): boolean;
/** Numbered capture references ($1..$9) in a string. */
export declare function captureRefs(s: string): number[];
export {};
