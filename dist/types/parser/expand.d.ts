/**
 * Reading a parse as nginx reads it: each `include` followed, in place, by the directives of the
 * files it pulled in. For the stages that need the include-resolved order without the lint
 * model's parents and contexts (the nginx -t sandbox and its message mapping).
 *
 * nginx: ngx_conf_include in src/core/ngx_conf_file.c parses an included file where the include
 * stands, in the including block's context.
 */
import type { Directive, Payload } from './types.js';
/** One directive as reached through includes. */
export interface Expanded {
    d: Directive;
    /** Index into `payload.config` of the file holding `d`. */
    fi: number;
    /** Files (indexes) on the include path to `d`, the main file first: cycles are cut against it. */
    stack: number[];
}
/**
 * The directives of one block (or of a file's top level) with includes expanded: each `include`
 * directive itself, then the directives of every file it pulled in, recursively. A file already on
 * the include path is not entered again (the parser reports the cycle).
 * @param list the block's directives, written in file `fi`
 * @param stack the include path to that file (default: `[fi]`)
 */
export declare function expandBlock(payload: Payload, list: Directive[], fi: number, stack?: number[]): Expanded[];
/** The children of an expanded block directive, includes expanded. */
export declare function expandChildren(payload: Payload, e: Expanded): Expanded[];
