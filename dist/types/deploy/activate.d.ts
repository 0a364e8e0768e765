/**
 * On a host: the preflight `nginx -t` of the staged release as it will be live, activation with a
 * snapshot, and restore of that snapshot byte for byte.
 */
import { type Remote } from './ssh.js';
/** Output of a remote `nginx -t`: its lines, paths as nginx printed them. */
export interface NginxTestOutput {
    ok: boolean;
    output: string;
}
/**
 * `nginx -t` of the staged release in place of the live files.
 * @param removed files of the live release this one drops
 */
export declare function preflight(r: Remote, stateDir: string, release: string, remoteDir: string, nginxBin: string, removed: string[]): Promise<NginxTestOutput>;
/**
 * Snapshots the managed files of remote-dir (the release's and the dropped ones) into
 * `<state-dir>/snapshots/<run>`, then lays the release over remote-dir and removes dropped files.
 * @returns `snapshot`: whether the snapshot exists (from then on the host counts as changed)
 */
export declare function activate(r: Remote, stateDir: string, release: string, remoteDir: string, runId: string, removed: string[]): Promise<{
    ok: boolean;
    snapshot: boolean;
    error?: string;
}>;
/** Puts the snapshot back: every managed file as it was, files that did not exist removed. */
export declare function restore(r: Remote, stateDir: string, remoteDir: string, runId: string): Promise<string | undefined>;
