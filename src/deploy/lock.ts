/**
 * The host-side deploy lock: `<state-dir>/lock`, created with noclobber (atomic), holding the
 * owner, run URL and time. Any actor - this bot, a second run, a person with a shell - sees it.
 * A lock older than the stale age is taken over, and the report says whose it was.
 */
import { chain, type Remote, type RemoteCommand } from './ssh.js';

const LOCK = `take() { set -C; { printf '%s\\n' "$INFO" > "$S/lock"; } 2>/dev/null; rc=$?; set +C; return $rc; }
lock() {
S=$1; INFO=$2; STALE=$3
[ -d "$S" ] || mkdir -p "$S" || return 3
if take; then echo acquired; return 0; fi
now=$(date +%s); t=$(stat -c %Y "$S/lock" 2>/dev/null || echo "$now")
if [ $((now - t)) -ge "$STALE" ]; then
  held=$(cat "$S/lock" 2>/dev/null); rm -f "$S/lock"
  if take; then echo stale; printf '%s' "$held" | tr '\\n' ' '; echo; return 0; fi
fi
echo held; tr '\\n' ' ' < "$S/lock" 2>/dev/null; echo; return 1
}
lock "$1" "$2" "$3" || exit $?
echo "@@locked"`;

const UNLOCK = `S=$1; INFO=$2; shift 2
for d in "$@"; do shift; set -- "$@" "$S/$d"; done
l=; { read -r l < "$S/lock"; } 2>/dev/null
[ "$l" != "$INFO" ] || set -- "$@" "$S/lock"
[ $# = 0 ] || rm -rf -- "$@"; exit 0`;

const TOUCH = `l=; { read -r l < "$1/lock"; } 2>/dev/null; [ "$l" != "$2" ] || touch "$1/lock"`;

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
export async function acquireLock(
  r: Remote,
  stateDir: string,
  info: string,
  timeoutMs: number,
  staleSeconds: number,
  then?: RemoteCommand,
): Promise<LockResult> {
  const until = Date.now() + timeoutMs;
  const lock = { script: LOCK, args: [stateDir, info, String(staleSeconds)] };
  const c = then ? chain(lock, then) : lock;
  for (;;) {
    const res = await r.sh(c.script, c.args);
    // `acquired` or `stale` and the holder's text (one line), then @@locked and the output of `then`
    const lines = res.stdout.split('\n', 3);
    const word = lines[0];
    const marker = word === 'stale' ? 2 : 1;
    if ((word === 'acquired' || word === 'stale') && lines[marker] === '@@locked') {
      const holder = word === 'stale' ? lines[1].trim() : undefined;
      const at = lines.slice(0, marker + 1).join('\n').length + 1;
      return { ok: true, staleTakenOver: word === 'stale', holder, ...(then ? { output: res.stdout.slice(at) } : {}) };
    }
    if (word !== 'held') return { ok: false, holder: `(could not create ${stateDir}/lock: ${res.stderr.trim() || `exit ${res.code}`})` };
    if (Date.now() >= until) return { ok: false, holder: (lines[1] ?? '').trim() };
    await new Promise((r2) => setTimeout(r2, 500));
  }
}

/**
 * Removes the lock if it is still ours, in the same round trip first removing `remove` (paths
 * relative to the state directory: the run's staging, snapshot and test directories).
 */
export async function releaseLock(r: Remote, stateDir: string, info: string, remove: string[] = []): Promise<void> {
  const c = unlockCommand(stateDir, info, remove);
  await r.sh(c.script, c.args);
}

/** releaseLock()'s remote script and arguments, for running it at the end of another round trip (recordRelease's `then`). Exits 0. */
export function unlockCommand(stateDir: string, info: string, remove: string[] = []): RemoteCommand {
  return { script: UNLOCK, args: [stateDir, info, ...remove] };
}

/** Refreshes the lock's time (so a long run's lock does not look stale). */
export async function touchLock(r: Remote, stateDir: string, info: string): Promise<void> {
  await r.sh(TOUCH, [stateDir, info]);
}
