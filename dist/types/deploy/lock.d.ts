/**
 * The host-side deploy lock: `<state-dir>/lock`, created with noclobber (atomic), holding the
 * owner, run URL and time. Any actor - this bot, a second run, a person with a shell - sees it.
 * A lock older than the stale age is taken over, and the report says whose it was.
 */
import { type Remote, type RemoteCommand } from './ssh.js';
export interface LockResult {
    ok: boolean;
    /** Who held it (the lock file's text, newlines as spaces) when not ok, or the stale lock taken over. */
    holder?: string;
    staleTakenOver?: boolean;
    /** The stdout of `then` (run once the lock was taken, in the same round trip). */
    output?: string;
}
/**
 * Takes the lock, retrying every 500 ms until `timeoutMs` has passed.
 * @param info the lock text: `owner=... run=... time=...` (one line)
 * @param staleSeconds age after which a lock is stale
 * @param then a constant script run right after the lock is taken, in the same round trip, with
 *   its own `args` as $1, $2, ... (saves a round trip per host: the rollout reads the host's state)
 */
export declare function acquireLock(r: Remote, stateDir: string, info: string, timeoutMs: number, staleSeconds: number, then?: RemoteCommand): Promise<LockResult>;
/**
 * Removes the lock if it is still ours, in the same round trip first removing `remove` (paths
 * relative to the state directory: the run's staging, snapshot and test directories).
 */
export declare function releaseLock(r: Remote, stateDir: string, info: string, remove?: string[]): Promise<void>;
/** releaseLock()'s remote script and arguments, for running it at the end of another round trip (recordRelease's `then`). Exits 0. */
export declare function unlockCommand(stateDir: string, info: string, remove?: string[]): RemoteCommand;
/** Refreshes the lock's time (so a long run's lock does not look stale). */
export declare function touchLock(r: Remote, stateDir: string, info: string): Promise<void>;
