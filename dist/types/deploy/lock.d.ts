/**
 * The host-side deploy lock: `<state-dir>/lock`, created with noclobber (atomic), holding the
 * owner, run URL and time. Any actor - this bot, a second run, a person with a shell - sees it.
 * A lock older than the stale age is taken over, and the report says whose it was.
 */
import type { Remote } from './ssh.js';
export interface LockResult {
    ok: boolean;
    /** Who held it (the lock file's text) when not ok, or the stale lock taken over. */
    holder?: string;
    staleTakenOver?: boolean;
}
/**
 * Takes the lock, retrying every 500 ms until `timeoutMs` has passed.
 * @param info the lock text: `owner=... run=... time=...` (one line)
 * @param staleSeconds age after which a lock is stale
 */
export declare function acquireLock(r: Remote, stateDir: string, info: string, timeoutMs: number, staleSeconds: number): Promise<LockResult>;
/** Removes the lock if it is still ours. */
export declare function releaseLock(r: Remote, stateDir: string, info: string): Promise<void>;
/** Refreshes the lock's time (so a long run's lock does not look stale). */
export declare function touchLock(r: Remote, stateDir: string, info: string): Promise<void>;
