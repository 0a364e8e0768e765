import type { HealthCheck, Host } from './inputs.js';
import { type ProbeOptions } from './probe.js';
import type { HostPlan } from './status.js';
import type { InspectedHost, ReleaseSource } from './rollback.js';
import { type SshOptions } from './ssh.js';
export type HostStatus = 'deployed' | 'rolled-back' | 'unchanged' | 'failed';
export type RunStatus = 'deployed' | 'rolled-back' | 'failed' | 'unchanged';
export type RolloutState = 'pending' | 'preflight' | 'progressing' | 'verifying' | 'rolling-back' | 'done';
export interface Phase {
    phase: 'connect' | 'lock' | 'inspect' | 'plan' | 'stage' | 'upload' | 'preflight' | 'activate' | 'reload' | 'health' | 'restore' | 'record';
    status: 'ok' | 'failed' | 'skipped';
    /** Wall time of the phase in ms. */
    ms: number;
    detail?: string;
}
export interface HostReport {
    name: string;
    address: string;
    status: HostStatus;
    error?: string;
    /** Release live before this run (from the host's manifest). */
    previousRelease?: string;
    wave?: number;
    hostKey?: string;
    /** Dry run: the semantic plan from what is live to the release. */
    plan?: HostPlan;
    phases: Phase[];
}
export interface DeployReport {
    kind: 'deploy' | 'rollback';
    status: RunStatus;
    release: string;
    /** The release's commit. */
    sha: string;
    /** Rollback: the target as asked, how it was resolved, and why. */
    target?: string;
    resolved?: string;
    reason?: string;
    dryRun?: boolean;
    /** Why the run stopped before changing anything, when that was not one host's failure. */
    error?: string;
    /** The release most hosts ran before, and its commit (the `previous-sha` output). */
    previous?: string;
    previousSha?: string;
    hosts: HostReport[];
    /** Host names per wave. */
    waves: string[][];
    /** Rollout state transitions, in order, with the time since the start (ms). */
    transitions: {
        state: RolloutState;
        atMs: number;
        note?: string;
    }[];
    /** Total wall time and the part spent waiting between health-check attempts (ms). */
    timing: {
        totalMs: number;
        probeWaitMs: number;
    };
}
export interface DeployOptions {
    hosts: Host[];
    ssh: SshOptions;
    /** Local directory whose files are the release. */
    configDir: string;
    remoteDir: string;
    stateDir: string;
    nginxBin: string;
    reloadCommand: string;
    /** Host indices per wave (parseWaves). */
    waves: number[][];
    maxFailures: number;
    healthChecks: HealthCheck[];
    probe: ProbeOptions;
    lockTimeoutMs: number;
    lockStaleSeconds: number;
    keepReleases: number;
    reloadTimeoutMs: number;
    release: string;
    sha: string;
    actor: string;
    runUrl: string;
    /** Refuse hosts whose live files differ from their release manifest unless true. */
    allowDrift: boolean;
    /** How releases travel: `auto` (default) rsync where both ends have it, else a tar archive over SFTP. */
    upload?: 'auto' | 'rsync' | 'sftp';
    /** Hosts worked on at once. */
    parallel: number;
    /** `rollback` runs record outcome and reason as such. */
    kind?: 'deploy' | 'rollback';
    reason?: string;
    /** Rollback: the target as given (`previous`, a release id, a sha), for the report and the lock. */
    target?: string;
    /**
     * Rollback: picks the release once every host is connected, locked and inspected (instead of
     * reading `configDir`). @throws InputError to stop with nothing changed
     */
    resolveRelease?: (hosts: InspectedHost[]) => Promise<ReleaseSource> | ReleaseSource;
    /** Called with the release before any host is changed, dry runs included (the action checks GitHub's records and opens a Deployment). @throws InputError to stop */
    onResolved?: (rel: ReleaseSource, hosts: InspectedHost[]) => Promise<void>;
    /** Plan per host from what is live to the release, change nothing (no lock, no staging). */
    dryRun?: boolean;
    log?: (host: string | undefined, message: string) => void;
    /** Test hook, awaited before each phase of each host. */
    beforePhase?: (host: string, phase: Phase['phase']) => Promise<void> | void;
}
/**
 * Deploys the release in `configDir` to every host. Never throws for expected failures (they are
 * in the report); the returned status says what the fleet runs now.
 * @throws InputError for a bad config-dir (before anything connects)
 */
export declare function rollout(o: DeployOptions): Promise<DeployReport>;
