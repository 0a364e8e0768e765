interface Entry {
    patterns: string[];
    keyType: string;
    blob: Buffer;
    revoked: boolean;
    line: number;
}
export interface KnownHosts {
    entries: Entry[];
}
/** @throws InputError naming the line for a malformed entry or a @cert-authority line */
export declare function parseKnownHosts(text: string): KnownHosts;
/** The name known_hosts uses for a host: `host` on port 22, `[host]:port` otherwise. */
export declare function knownHostsName(address: string, port: number): string;
/**
 * The keys pinned for `address:port` and those revoked anywhere.
 * @returns `pinned`: key blobs of matching lines (a `!pattern` match excludes the line)
 */
export declare function keysFor(kh: KnownHosts, address: string, port: number): {
    pinned: Buffer[];
    revoked: Buffer[];
};
/** OpenSSH's fingerprint of a key blob: `SHA256:<base64 without padding>`. */
export declare function fingerprint(blob: Buffer): string;
export {};
