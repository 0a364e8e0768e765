import type { HostPlan } from './status.js';
import type { Remote } from './ssh.js';
export interface HostTrees {
    /** Local temporary directory holding both trees; the caller removes it. */
    dir: string;
    /** Copy of the live remote-dir. */
    live: string;
    /** Copy of `releases/<id>/files`, when asked for and kept on the host. */
    release?: string;
}
/**
 * Copies the live remote-dir of a host (and `releases/<release>/files` from its state-dir) into a
 * local temporary directory, in one round trip (base64 tar over the SSH channel).
 * @throws SshError(dropped) when the connection is lost
 */
export declare function fetchTrees(r: Remote, remoteDir: string, stateDir: string, release?: string): Promise<HostTrees>;
/**
 * A copy of `base` with `files` (relative paths) copied over from `from` and `remove` deleted: a
 * tree as it is after a release is laid over it.
 */
export declare function overlay(base: string, into: string, from: string, files: string[], remove?: string[]): string;
/** The main config's path relative to remote-dir, from `nginx -V`'s --conf-path (default nginx.conf). */
export declare function mainConfig(nginxV: string, remoteDir: string): string;
/**
 * The semantic plan (without lint) from tree `base` to tree `head`, absolute includes mapped under
 * `remoteDir`; `error` instead when a tree cannot be planned (no main config: InputError's message).
 */
export declare function planTrees(base: string, head: string, config: string, remoteDir: string): {
    plan?: HostPlan;
    error?: string;
};
