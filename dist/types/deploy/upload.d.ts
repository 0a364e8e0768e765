import { type Remote } from './ssh.js';
/**
 * Stages a release the host keeps (`<state-dir>/releases/<release>/files`), checked against the
 * release's SHA-256 sums like an upload: nothing crosses the network.
 * @param files the release: relative path -> sha256
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export declare function stageKept(r: Remote, stateDir: string, release: string, files: Record<string, string>): Promise<string | undefined>;
/**
 * Uploads `tarPath` and stages it, checked against the release's SHA-256 sums.
 * @param files the release: relative path -> sha256
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export declare function upload(r: Remote, stateDir: string, release: string, tarPath: string, files: Record<string, string>): Promise<string | undefined>;
/** What an rsync upload did: files sent (of the release), bytes over the wire. */
export interface RsyncStats {
    sent: number;
    bytes: number;
    seeded: boolean;
}
/**
 * Uploads the release directory with rsync over the host's open connection, in one round trip:
 * staging seeded with the host's live release `current` (when it keeps its files), then
 * `rsync -rLptc --delete` (symbolic links followed, `.git` left out, as readRelease() reads the
 * release), then the staged files' sums compared with the release's.
 * @param files the release: relative path -> sha256
 * @param limitMs longest the transfer may take; then rsync is stopped
 * @returns the stats, or the error text (rsync's and the remote side's messages)
 * @throws SshError(dropped) when the connection is lost
 */
export declare function rsyncUpload(r: Remote, o: {
    stateDir: string;
    release: string;
    dir: string;
    current?: string;
    files: Record<string, string>;
    limitMs: number;
}): Promise<{
    stats: RsyncStats;
} | {
    error: string;
}>;
/** True when this machine has an rsync to run. */
export declare function localRsync(): boolean;
