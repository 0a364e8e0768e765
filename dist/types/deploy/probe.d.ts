import type { HealthCheck } from './inputs.js';
export interface ProbeOptions {
    intervalMs: number;
    timeoutMs: number;
    attempts: number;
    successes: number;
    /** Verify TLS certificates (default true). */
    tlsVerify: boolean;
}
export interface ProbeResult {
    ok: boolean;
    /** One line per check: what was asked and the last answer. */
    detail: string[];
    /** Wall time spent waiting between attempts (ms), reported apart from the deploy's own overhead. */
    waitedMs: number;
}
/** Runs every check against `address` (an IPv6 address is bracketed in the URL). */
export declare function probe(address: string, checks: HealthCheck[], o: ProbeOptions): Promise<ProbeResult>;
