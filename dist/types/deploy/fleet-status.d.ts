import type { FleetOptions, StatusReport } from './status.js';
/**
 * Reads every host's release state and drift. Never throws for a host's failure (it is in the report).
 */
export declare function fleetStatus(o: FleetOptions): Promise<StatusReport>;
