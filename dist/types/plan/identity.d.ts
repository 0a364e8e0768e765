/**
 * Which block in the base is which block in the head: identities by what nginx selects them by,
 * not by position.
 */
import { type PNode } from './model.js';
/** Blocks whose relative order changes what nginx does (first match wins). */
export declare function orderMatters(n: PNode): boolean;
/** The `port` of a listen argument (`80`, `10.0.0.5:443`, `[::]:443`, `unix:...`), nginx's default 80. */
export declare function listenPort(arg: string): string;
/** A `server` block's listen set (address:port, parameters dropped) and server_name set. */
export declare function serverSets(n: PNode): {
    listens: string[];
    names: string[];
};
/**
 * A block's identity: `key` for matching, `label` for people (`server api.example.com:443`,
 * `location = /metrics`, `upstream app_servers`, `map $http_upgrade $connection_upgrade`).
 * - http, events, stream, mail, types: the name;
 * - server: its listen set and server_name set (label: first name and the ports);
 * - location, if, map, geo, split_clients, upstream, limit_except and the rest: name and arguments.
 */
export declare function identity(n: PNode): {
    key: string;
    label: string;
};
/**
 * Pairs base and head blocks: first at the same file and line, the same node or the same contents,
 * then by identical identity (in order for repeated keys), then
 * `server` blocks left over by the most shared server_names and listens (a server that gained a
 * name or a listen is the same server, changed).
 * @returns pairs (base, head) and the blocks only one side has
 */
export declare function matchBlocks(base: PNode[], head: PNode[]): {
    pairs: [PNode, PNode][];
    removed: PNode[];
    added: PNode[];
};
