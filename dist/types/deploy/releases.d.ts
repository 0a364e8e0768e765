/**
 * What each host keeps: `<state-dir>/current` (the live release id), `releases/<id>/` (its files
 * and manifest.json, the newest `keep-releases` kept), and `revisions.log` (one line per run:
 * time, release, outcome, actor, run URL, reason).
 */
import { type Manifest } from './release.js';
import { type Remote, type RemoteCommand } from './ssh.js';
export interface HostInfo {
    current?: string;
    manifest?: Manifest;
    /** Release ids kept on the host, newest first. */
    releases: string[];
    /** Manifests of the kept releases, newest first (unreadable ones left out). */
    kept: Manifest[];
    nginxV: string;
    /** The live main config's text (nginx -V's --conf-path). */
    mainConf: string;
    missingTools: string[];
    /** The host has rsync (the upload can send only what differs). */
    rsync: boolean;
    /** sha256 of every regular file under remote-dir, by relative path. */
    live: Record<string, string>;
    remoteDirMissing: boolean;
}
/** Reads the host's release state, nginx build and live checksums in one round trip. */
export declare function hostInfo(r: Remote, stateDir: string, nginxBin: string, remoteDir: string): Promise<HostInfo>;
/** The remote script hostInfo() runs and its arguments (for running it in another round trip: acquireLock's `then`). */
export declare function hostInfoCommand(stateDir: string, nginxBin: string, remoteDir: string): RemoteCommand;
/** The host's state from the output of hostInfoCommand()'s script. */
export declare function parseHostInfo(stdout: string): HostInfo;
/** How a host's live files differ from its release manifest. */
export interface Drift {
    /** Managed files edited (changed) or deleted (missing) by hand: what blocks a deploy or rollback. */
    changed: string[];
    missing: string[];
    /** Files that were not there when the release was recorded (manifests from before `local` was kept: none). */
    added: string[];
    /** Host-local files (never shipped) changed or deleted since the record: listed, never blocking. */
    localChanged: string[];
}
/** Files of the host's live release that differ from its manifest (nothing when no release is recorded). */
export declare function drift(info: HostInfo): Drift;
/** True when the drift blocks a deploy or rollback (managed files changed or removed by hand). */
export declare function blocking(d: Drift): boolean;
/** True when the live files differ from the release in any way (blocking or not). */
export declare function hasDrift(d: Drift): boolean;
/** `a (changed), b (removed)`: the blocking files for messages. */
export declare function driftList(d: Drift): string;
/** One revisions.log line (tab-separated; tabs and newlines in values become spaces). */
export declare function revisionsLine(fields: {
    time: string;
    release: string;
    outcome: string;
    actor: string;
    runUrl: string;
    reason?: string;
}): string;
/**
 * Records a release as live on the host: its files (moved from `from`, the staged directory),
 * manifest, `current`, a revisions.log line, and prunes to `keep` releases.
 * @param then a constant script run after a successful record in the same round trip, with its own
 *   `args` as $1, $2, ... (the rollout releases the lock there: one round trip less per host)
 * @returns undefined when recorded, else the error text
 */
export declare function recordRelease(r: Remote, stateDir: string, m: Manifest, from: string, keep: number, line: string, then?: RemoteCommand): Promise<string | undefined>;
/** Appends a revisions.log line without changing the live release (rolled back, failed). */
export declare function logRevision(r: Remote, stateDir: string, line: string): Promise<void>;
/** This run's staging, snapshot and test directories, relative to the state directory (removed when the lock is released). */
export declare function runDirs(release: string, runId: string): string[];
