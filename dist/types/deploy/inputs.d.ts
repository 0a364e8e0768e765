export interface Host {
    /** Display name (the optional second word of the line, else the address). */
    name: string;
    user: string;
    /** Host name or IP address as given (IPv6 without brackets). */
    address: string;
    port: number;
    /** This host's own jump host (`via=` on its line); else the `bastion` input's, if any. */
    bastion?: Host;
}
/**
 * `hosts`: one per line, `[user@]host[:port] [name] [via=[user@]bastion[:port]]`; `#` starts a
 * comment; IPv6 in brackets. `via=` gives that host its own jump host (a fleet split across
 * networks); it wins over the `bastion` input.
 * @param defaultUser user when a line names none (input `ssh-user`, default root)
 * @throws InputError naming the line
 */
export declare function parseHosts(text: string, defaultUser?: string): Host[];
/**
 * `waves`: comma-separated cumulative sizes, each a count or a percentage of the fleet
 * (`1,25%,100%`: a canary, then a quarter, then everyone). The last wave always takes every host.
 * @returns the hosts of each wave (indices into `total`), no wave empty
 * @throws InputError for anything else
 */
export declare function parseWaves(text: string, total: number): number[][];
/**
 * A duration: `500ms`, `2s`, `1m`, `1h`, or a bare number of seconds.
 * @returns milliseconds
 * @throws InputError naming the input
 */
export declare function parseDuration(name: string, text: string, def: number): number;
/** A boolean input: true or false (any case); empty is false. @throws InputError naming the input */
export declare function parseBoolean(name: string, text: string): boolean;
/** A non-negative integer input. @throws InputError */
export declare function parseCount(name: string, text: string, def: number, min?: number): number;
export interface HealthCheck {
    /** The line as written (for reports). */
    text: string;
    method: string;
    /** URL with `{host}` still in it. */
    url: string;
    status: number;
    /** Substring the body must contain. */
    body?: string;
    headers: Record<string, string>;
}
/**
 * `health-checks`: one per line, `METHOD URL STATUS [body~"text"] [header:Name=value]...`, `{host}`
 * standing for each load balancer's address.
 * @throws InputError naming the line
 */
export declare function parseHealthChecks(text: string): HealthCheck[];
/** A release id: letters, digits, `._-`, at most 64 characters (it names a directory on the hosts). */
export declare function checkReleaseId(id: string): string;
/**
 * `host-filter` (rollback): names or addresses separated by commas, spaces or newlines, `*`
 * matching any run of characters; empty keeps every host.
 * @throws InputError for a pattern that matches no host
 */
export declare function filterHosts(text: string, hosts: Host[]): Host[];
