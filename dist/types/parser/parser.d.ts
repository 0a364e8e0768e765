import { type Pragma } from './lexer.js';
import { type ArgPosition, type Directive, type ParseOptions, type Payload } from './types.js';
/** Everything parse() learned besides the payload: for lint, plan and the sandbox. */
export interface ParseResult {
    payload: Payload;
    /** Per config file (same index as payload.config): its `# nginx-gitops:` pragmas, the context chain
     * it was analysed in, and (ParseOptions.keepSource) its bytes. */
    files: {
        file: string;
        pragmas: Pragma[];
        context: string;
        source?: Buffer;
    }[];
}
/**
 * Parses an nginx config (and, unless `single`, every file it includes) into crossplane's payload.
 *
 * @param file path of the main config, relative to the working directory or absolute; relative
 *   includes resolve against its directory (nginx's conf prefix)
 * @throws InputError when the main file cannot be read (an unreadable included file is a config error)
 */
export declare function parse(file: string, options?: ParseOptions): Payload;
/**
 * parse(), also returning each file's pragmas and analysis context, with the argument positions
 * packed (Directive.posBuf: read them with argPosition()) - what check, plan and the sandbox use.
 */
export declare function parseDetailed(file: string, options?: ParseOptions): ParseResult;
/** Parses config text held in memory as file `file` (single file: includes are not followed). */
export declare function parseString(text: string, file?: string, options?: ParseOptions): Payload;
/**
 * Where argument `i` of `d` stands: from `argPos` (parse(), parseString()) or from the packed
 * positions (parseDetailed()).
 * @returns undefined when `d` has no argument `i`
 */
export declare function argPosition(d: Directive, i: number): ArgPosition | undefined;
/** The chain named by a `# nginx-gitops: context=http,server` pragma, if any. */
export declare function contextPragma(pragmas: Pragma[]): string[] | undefined;
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
export declare function splitLocation(v: string): LocationMatch;
/**
 * The context a file's top-level directives fit: `main` when they fit there, else the first candidate
 * where every known top-level directive is allowed (a top-level `location` means a server, a
 * top-level `server` an http block). A file with a directive only the main context takes (`events`,
 * `http`, `worker_processes`, ...) is a main config whatever else it holds: the others are its errors
 * (an `http` without its `{` leaves its contents at the top level). Else the candidate where most fit.
 */
export declare function inferContext(parsed: Directive[]): string;
