import { type PNode } from './model.js';
export type Action = 'add' | 'remove' | 'change';
export interface Change {
    action: Action;
    /** Human-readable identities from the top: `["http", "server api.example.com:443", "location /api/"]`;
     * for a block added or removed as a whole, the last one is the block's own. */
    path: string[];
    directive: string;
    /** The arguments of an added or removed directive (for a block: its identity arguments). */
    args?: string[];
    before: string[] | null;
    after: string[] | null;
    /** Where it is written: the head's file and line (the base's for a removal). */
    file: string;
    line: number;
    /** For a change inside an included file: every place (path joined by " > ") that includes it. */
    affects?: string[];
    /** Removes a server, listen, location or upstream, or makes `/` answer with a return or deny. */
    destructive: boolean;
    /** What it does to traffic, in a reviewer's words (traffic shares, rates, TLS...). */
    impact?: string;
    /** True for a block (added or removed as a whole). */
    block?: boolean;
    /** File of the block the change sits in, to tell changes made through an include. */
    ownerFile?: string;
}
/**
 * Diffs two plan trees.
 * @returns the changes in tree order (base removals before head additions within a block)
 */
export declare function diffTrees(base: PNode[], head: PNode[]): Change[];
