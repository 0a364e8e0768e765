/** Helpers several rules share. */
import { type LintModel, type LNode } from '../model.js';
/** Every http `location` (and `if` inside one) that proxies with proxy_pass, with that proxy_pass. */
export declare function proxiedLocations(model: LintModel): readonly {
    block: LNode;
    pass: LNode;
}[];
/** Variables whose value comes from the request (the client controls them). */
export declare const REQUEST_VARS: RegExp;
/** Variables that can carry CR or LF after decoding (nginx decodes %0d%0a in $uri). */
export declare const CRLF_VARS: RegExp;
/** True for a server that serves TLS: a `listen ... ssl` or `listen ... quic`. */
export declare function isTlsServer(server: LNode): boolean;
/** Listen sockets of a server as `addr:port` (defaults: *:80, *:443 with ssl is still the given port). */
export declare function listenSockets(server: LNode): {
    socket: string;
    node: LNode;
    isDefault: boolean;
}[];
/** Public (not private, loopback, link-local or unique-local) IP literal. */
export declare function isPublicIp(addr: string): boolean;
/** True for an IPv4/IPv6 literal (with optional port). */
export declare function isIpLiteral(host: string): boolean;
/** Security response headers (lower-case) that must be sent on error responses too. */
export declare const SECURITY_HEADERS: Set<string>;
/**
 * nginx's inheritance trap for array directives (add_header, proxy_set_header): for every http block
 * that sets `name` itself, the enclosing level's settings it silently drops.
 * @param keep which dropped settings matter (default: all)
 * @returns per block: its first own directive (where to report), the dropped header names, the level they come from
 */
export declare function droppedByRedefinition(model: LintModel, name: string, keep?: (n: LNode) => boolean): {
    at: LNode;
    block: LNode;
    dropped: string[];
    from: LNode;
    fromLine: number;
}[];
