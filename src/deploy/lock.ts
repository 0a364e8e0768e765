/**
 * The host-side deploy lock: `<state-dir>/lock`, created with noclobber (atomic), holding the
 * owner, run URL and time. Any actor - this bot, a second run, a person with a shell - sees it.
 * A lock older than the stale age is taken over, and the report says whose it was.
 */
import type { Remote } from './ssh.js';

const LOCK = `S=$1; INFO=$2; STALE=$3
mkdir -p "$S" || exit 3
if ( set -C; printf '%s\\n' "$INFO" > "$S/lock" ) 2>/dev/null; then echo acquired; exit 0; fi
now=$(date +%s); t=$(stat -c %Y "$S/lock" 2>/dev/null || echo "$now")
if [ $((now - t)) -ge "$STALE" ]; then
  held=$(cat "$S/lock" 2>/dev/null); rm -f "$S/lock"
  if ( set -C; printf '%s\\n' "$INFO" > "$S/lock" ) 2>/dev/null; then echo stale; printf '%s\\n' "$held"; exit 0; fi
fi
echo held; cat "$S/lock" 2>/dev/null; exit 1`;

const UNLOCK = `S=$1; INFO=$2
[ "$(cat "$S/lock" 2>/dev/null)" = "$INFO" ] && rm -f "$S/lock"; exit 0`;

const TOUCH = `[ "$(cat "$1/lock" 2>/dev/null)" = "$2" ] && touch "$1/lock"`;

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
export async function acquireLock(r: Remote, stateDir: string, info: string, timeoutMs: number, staleSeconds: number): Promise<LockResult> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await r.sh(LOCK, [stateDir, info, String(staleSeconds)]);
    const [word, ...rest] = res.stdout.trim().split('\n');
    if (res.code === 0) return { ok: true, staleTakenOver: word === 'stale', holder: word === 'stale' ? rest.join(' ') : undefined };
    if (word !== 'held') return { ok: false, holder: `(could not create ${stateDir}/lock: ${res.stderr.trim() || `exit ${res.code}`})` };
    if (Date.now() >= until) return { ok: false, holder: rest.join(' ').trim() };
    await new Promise((r2) => setTimeout(r2, 500));
  }
}

/** Removes the lock if it is still ours. */
export async function releaseLock(r: Remote, stateDir: string, info: string): Promise<void> {
  await r.sh(UNLOCK, [stateDir, info]);
}

/** Refreshes the lock's time (so a long run's lock does not look stale). */
export async function touchLock(r: Remote, stateDir: string, info: string): Promise<void> {
  await r.sh(TOUCH, [stateDir, info]);
}
