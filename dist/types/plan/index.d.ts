import { type Finding } from '../lint/findings.js';
import { type Change } from './diff.js';
export type { Change } from './diff.js';
export interface PlanOptions {
    /** A git revision of the repository around `cwd`, or a directory. */
    base: string;
    head: string;
    /** The main config relative to each tree (default `nginx.conf`). */
    config?: string;
    /** Absolute directory the load balancers hold the config at (absolute includes map into the tree). */
    prefix?: string;
    /** Where revisions and relative directories are looked up (default: the working directory). */
    cwd?: string;
    /** Compare lint findings of both sides (default true). */
    lint?: boolean;
}
export interface Plan {
    summary: {
        add: number;
        change: number;
        destroy: number;
    };
    changes: Change[];
    base: {
        spec: string;
        sha?: string;
    };
    head: {
        spec: string;
        sha?: string;
    };
    /** Lint findings only the head has (introduced) and only the base has (fixed), lines of the side they are on. */
    lint: {
        introduced: Finding[];
        fixed: Finding[];
    };
}
/**
 * Plans the change from `base` to `head`.
 * @throws InputError when a side is neither a directory nor a revision (the message says what to
 *   do in a shallow clone), or has no main config
 */
export declare function plan(o: PlanOptions): Plan;
