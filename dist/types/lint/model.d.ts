import { type LocationMatch, type ParseResult } from '../parser/parser.js';
import type { Directive } from '../parser/types.js';
/** A block directive at one place in the include-resolved tree (a file included twice gives two). */
export declare class Block {
    /** The block directive (a virtual one with directive `''` for the top level). */
    readonly d: Directive;
    /** The include chain of the block directive (see kidStack()). */
    readonly stack: number[];
    readonly parent: Block | null;
    /** Qualified context of the block's contents (`http>server`, `http>location`, `entries:map`, ...). */
    readonly ctx: string;
    readonly tree: Tree;
    /** The block's directives, includes expanded in place, in document order (comments left out). */
    readonly kids: Directive[];
    /**
     * For each of `kids`, the include chain it was reached through (file indexes, main file first,
     * its own file last); undefined when the block includes nothing: then every kid has the block's.
     */
    private readonly kidStacks;
    constructor(
    /** The block directive (a virtual one with directive `''` for the top level). */
    d: Directive, 
    /** The include chain of the block directive (see kidStack()). */
    stack: number[], parent: Block | null, 
    /** Qualified context of the block's contents (`http>server`, `http>location`, `entries:map`, ...). */
    ctx: string, tree: Tree);
    private add;
    /** Index into `tree.files` of the file the block directive is written in. */
    get file(): number;
    /** The include chain kids[i] was reached through: file indexes, main file first, its own file last. */
    kidStack(i: number): number[];
    /** Index into `tree.files` of the file kids[i] is written in. */
    fileOf(i: number): number;
    /**
     * Positions in `kids` by directive name, for a block with many directives (http holds every
     * server and upstream): built on the first lookup; a small block is scanned instead.
     */
    private index;
    /** ownList()'s answers for a big block (see indexOf). */
    lists: Map<string, Inherited> | undefined;
    /** Positions in `kids` of the directives named `name` (ascending), or undefined for a small block. */
    indexOf(name: string): readonly number[] | undefined;
    /** Directive name (`''` for the top level). */
    get name(): string;
}
/** One configuration's walk: its files, its top level and per-run memos. */
export interface Tree {
    /** Parsed files (the payload's `config`), indexed as Block.file and kidStack(). */
    configs: ParseResult['payload']['config'];
    /** File names (as the parser named them) by index. */
    files: string[];
    /** The top level: a virtual block whose kids are the main file's directives. */
    root: Block;
    /** True when the tree is a whole configuration (a main config in the main context). */
    isMain: boolean;
    /** `# nginx-gitops:` pragmas per file. */
    pragmas: ParseResult['files'];
    /** headerName(), urlOf() and locationMatch() per distinct argument string. */
    memo: ReturnType<typeof stringMemos>;
    /**
     * The last answer of headerName(), urlOf(), locationMatch() and inherited(): the walk hands a
     * directive to all its listeners in turn, and they ask the same questions one after another.
     */
    last: LastAnswers;
}
interface LastAnswers {
    header: {
        d: Directive | null;
        name: string;
    };
    url: {
        d: Directive | null;
        url: Url | undefined;
    };
    match: {
        d: Directive | null;
        match: LocationMatch;
    };
    inherited: {
        block: Block | null;
        name: string;
        also?: string;
        result: Inherited;
    };
    sockets: {
        server: Block | null;
        list: ListenSocket[];
    };
}
/**
 * Reads a parse as a lint tree: the root block with the main file's directives, includes expanded
 * (each included file's directives keep their own file), cycles cut.
 * @param isMain whether the parsed file is a main config (not a fragment)
 */
export declare function buildTree(result: ParseResult, isMain: boolean): Tree;
/** The block a block directive opens: `kids[i]` of `at`, which must have a block. */
export declare function openBlock(at: Block, i: number): Block;
/** Arguments as nginx unescapes them. */
export declare function args(d: Directive): string[];
/** The directives of `block` itself named `name` (a new array). */
export declare function own(block: Block, name: string): Directive[];
/** The first directive of `block` itself named `name`. */
export declare function ownFirst(block: Block, name: string): Directive | undefined;
/** True when `block` itself has a directive named `a` (or `b`). */
export declare function hasOwn(block: Block, a: string, b?: string): boolean;
/** Where an inherited list comes from: the directives and the block that defines them. */
export interface Inherited {
    nodes: Directive[];
    /** The defining block (undefined when nothing is in effect); for a merged list, the innermost one. */
    from?: Block;
    /** For a list merged from several levels (add_header_inherit merge): the block each node stands in. */
    blocks?: Block[];
    /** headerName() of each of `nodes`, once asked (headerNames()). */
    names?: string[];
}
/**
 * nginx's rule for array-type directives (add_header, proxy_set_header, allow/deny, ...): a level
 * inherits them from the enclosing level only when it defines none of them itself.
 * nginx: ngx_conf_merge_ptr_value / the `if (conf->headers == NULL) conf->headers = prev->headers`
 * merges in ngx_http_headers_module.c and ngx_http_proxy_module.c.
 * @param block a block (location, server, http, if)
 * @param name one directive name; `also`: a second one nginx merges into the same list (deny with allow)
 * @returns the directives in effect at `block` (document order; shared: do not modify) and the block that defines them
 */
export declare function inherited(block: Block, name: string, also?: string): Inherited;
/** The file the `i`th directive of an inherited() list is written in (for reporting at it). */
export declare function inheritedFile(inh: Inherited, i: number): number;
/** headerName() of each directive of an inherited() list (kept with the list: the rules that ask about one block share it). */
export declare function headerNames(at: Block, inh: Inherited): string[];
/** The first directive of the list inherited() gives whose header name (headerName()) is `header`. */
export declare function inheritedHeader(block: Block, name: string, header: string): Directive | undefined;
/**
 * The nearest setting of a single-valued directive at `block` or above (nginx's merge of scalars).
 * effectiveIn() without its result object: rules ask this for every proxied location.
 */
export declare function effective(block: Block, name: string): Directive | undefined;
/** effective(), with the file the setting is written in (for reporting at it). */
export declare function effectiveIn(block: Block, name: string): {
    d: Directive;
    file: number;
} | undefined;
/**
 * The file a directive that stands directly in `block` is written in (for reporting at an
 * inherited directive): an index into `tree.files`.
 */
export declare function fileIn(block: Block, d: Directive): number;
/**
 * A memo of a pure function of one string: the same values recur across a config (header names,
 * upstream URLs, location URIs), so one result per distinct string is kept instead of one per
 * directive. Emptied when it reaches `max` entries (configs with that many distinct values gain
 * nothing from it, and a long-lived process does not grow it without bound).
 */
export declare function stringMemo<T>(fn: (s: string) => T, max?: number): (s: string) => T;
/** The string memos of one tree (they hold argument strings, which hold their file's text: they live and go with the tree). */
declare function stringMemos(): {
    lowerCase: (s: string) => string;
    url: (s: string) => Url | null;
    prefixMatch: (s: string) => LocationMatch;
    modifierMatch: (s: string) => (s: string) => {
        mod: string;
        uri: string;
    };
    socket: (s: string) => string;
};
/** Header name of an add_header / proxy_set_header directive (its first argument), lower-cased. */
export declare function headerName(at: Block, d: Directive): string;
/** A proxy_pass-like URL split: `http://api:8080/x` -> { scheme: 'http', host: 'api:8080', hostname: 'api', path: '/x' }. */
export interface Url {
    scheme: string;
    /** As written, port included (`api:8080`, `[::1]:80`, `$backend`). */
    host: string;
    /** `host` without its port. */
    hostname: string;
    path?: string;
}
/** splitUrl() of a directive's first argument (proxy_pass and the like; shared: do not modify). */
export declare function urlOf(at: Block, d: Directive): Url | undefined;
export type { LocationMatch };
/** A location's modifier and URI: `location ~* \.php$` -> { mod: '~*', uri: '\.php$' } (shared: do not modify). */
export declare function locationMatch(at: Block, d: Directive): LocationMatch;
/** True for `location ~` / `~*`. */
export declare function isRegexLocation(at: Block, d: Directive): boolean;
/** A listen socket of a server (listenSockets()). */
export interface ListenSocket {
    /**
     * The socket, one spelling per socket: `*:80` (for `80`, `*:80`, `0.0.0.0:80`), `[::]:443` (for
     * `[::0]:443`), `host:80`, `unix:/path`, with ` (quic)` or ` (udp)` for a datagram socket.
     */
    socket: string;
    /** The address as `listen` takes it (`80`, `[::]:443`), for messages. */
    address: string;
    /** The listen directive, or the server block for a server without one (nginx listens on *:80). */
    node: Directive;
    file: number;
    isDefault: boolean;
}
/**
 * Listen sockets of a server (see ListenSocket). A server of the http block without `listen`
 * listens on *:80 (nginx: ngx_http_core_merge_srv_conf, when run as root).
 * @returns shared with the next caller about the same server (the rules ask in turn): do not modify
 */
export declare function listenSockets(server: Block): ListenSocket[];
/** Parses an nginx size or time value to a number in base units (seconds for times). */
export declare function parseTime(v: string | undefined): number | undefined;
/** A `:port` suffix. */
export declare const PORT: RegExp;
/**
 * A named group's opening at the start of a string: `(?<name>`, `(?P<name>` or `(?'name'` (name in
 * group 1 or 2). PCRE: pcre2pattern(3), "Named capture groups".
 */
export declare const NAMED_GROUP: RegExp;
/** Counts capturing groups of a PCRE pattern (groupsOf()). */
export declare function captureGroups(re: string): number;
/** The named groups of a PCRE pattern, in order (groupsOf()). */
export declare function namedGroups(re: string): string[];
/** True when a string has a capture reference ($N or ${N}) - a cheap test before captureRefs(). */
export declare function hasCaptureRef(s: string): boolean;
/** Numbered capture references ($1..$9) in a string. */
export declare function captureRefs(s: string): number[];
