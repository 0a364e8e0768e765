/**
 * Converts a payload to crossplane's exact shape, dropping the fields only nginx-gitops adds
 * (`col`, `endLine`, `endCol`, `argPos`, `values`, `entry`; on errors `col`, `message`, `rule`).
 */
import type { Payload } from './types.js';
/** The payload as crossplane would give it: same keys, same order of keys. */
export declare function toCrossplane(p: Payload): Payload;
