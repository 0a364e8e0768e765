/**
 * Impact notes - the facts a reviewer would otherwise work out by hand - and the marks that make a
 * change destructive; then the blast radius (one change per written line, with everything it
 * affects) and redaction of secrets.
 */
import type { Change } from './diff.js';
import type { PNode } from './model.js';
/** The block at `path` (labels from identity()), or undefined. */
export declare function findBlock(tree: PNode[], path: string[]): PNode | undefined;
/**
 * Traffic shares of an upstream's servers by weight (nginx: ngx_http_upstream_init_round_robin;
 * `backup` and `down` servers get no share while the others are up).
 * @returns address -> share in [0, 1]
 */
export declare function shares(upstream: PNode | undefined): Map<string, number>;
/** Adds impact notes and destructive marks to `changes`, reading upstreams from both trees. */
export declare function addImpact(changes: Change[], base: PNode[], head: PNode[]): void;
/**
 * The blast radius: changes written on the same line of the same file (an included snippet) are one
 * change, whose `affects` lists every path that includes it; a change made through an include that
 * reaches one place keeps that place in `affects` too.
 */
export declare function groupByLine(changes: Change[]): Change[];
export declare const REDACTED = "(redacted)";
/** Arguments with secret values replaced by `(redacted)` (auth headers, passwords, keys, tokens). */
export declare function redactArgs(directive: string, args: string[] | null | undefined): string[] | null | undefined;
/** `redactArgs` applied to every argument list of a change. */
export declare function redactChange(c: Change): Change;
