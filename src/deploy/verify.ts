/**
 * Reload and its verification on a host, in one remote script: `nginx -t` of the live files (no
 * host is reloaded with a config that failed it), the reload command, then polling until the
 * master runs new workers and every old worker has exited or is "shutting down", failing at once
 * when the error log gains an [emerg], [alert] or [crit] line after the reload. (`nginx -s reload`
 * exits 0 even when the master keeps the old config, e.g. after a failed bind.)
 */
import type { Remote } from './ssh.js';

const RELOAD = `PIDF=$1; LOG=$2; CMD=$3; TRIES=$4; NGINX=$5
out=$("$NGINX" -t 2>&1) || { echo "@@nginx-t-failed"; printf '%s\\n' "$out"; exit 50; }
master=; { read -r master < "$PIDF"; } 2>/dev/null
if [ -z "$master" ] || ! kill -0 "$master" 2>/dev/null; then echo "@@no-master nginx is not running (no live master in $PIDF)"; exit 51; fi
old=$(ps -o pid= --ppid "$master")
is_old() { for o in $old; do [ "$o" = "$1" ] && return 0; done; return 1; }
off=0; if [ -n "$LOG" ] && [ -f "$LOG" ]; then off=$(stat -c %s "$LOG"); fi
out=$(sh -c "$CMD" 2>&1) || { echo "@@reload-failed"; printf '%s\\n' "$out"; exit 52; }
i=0
while [ "$i" -lt "$TRIES" ]; do
  # the error log is read only when it has grown since the reload
  if [ -n "$LOG" ] && [ -f "$LOG" ] && [ "$(stat -c %s "$LOG")" != "$off" ]; then
    errs=$(tail -c +$((off + 1)) "$LOG" | grep -E '\\[(emerg|alert|crit)\\]' | head -n 5)
    if [ -n "$errs" ]; then
      # the master may still be retrying (a failed bind is retried 5 times, 500 ms apart): wait
      # until the log has been quiet for 600 ms, so a reload that follows is not blamed for it
      last=$(stat -c %s "$LOG"); q=0; j=0
      while [ "$q" -lt 12 ] && [ "$j" -lt 200 ]; do
        sleep 0.05; j=$((j + 1)); now=$(stat -c %s "$LOG")
        if [ "$now" = "$last" ]; then q=$((q + 1)); else q=0; last=$now; fi
      done
      echo "@@log-errors"; printf '%s\\n' "$errs"; exit 53
    fi
  fi
  m=; { read -r m < "$PIDF"; } 2>/dev/null
  new=0; stale=0
  kids=$(ps -o pid=,args= --ppid "$m" 2>/dev/null)
  while read -r pid args; do
    [ -n "$pid" ] || continue
    if is_old "$pid"; then
      case "$args" in *"shutting down"*) ;; *) [ "$m" = "$master" ] && stale=1 ;; esac
    else
      case "$args" in *"worker process"*) new=1 ;; esac
    fi
  done <<EOF_KIDS
$kids
EOF_KIDS
  if [ "$new" = 1 ] && [ "$stale" = 0 ]; then echo "@@reloaded"; exit 0; fi
  sleep 0.05; i=$((i + 1))
done
echo "@@not-reloaded"; printf '%s\\n' "$kids"; exit 54`;

export interface ReloadResult {
  ok: boolean;
  /** `nginx-t` when the live test failed (not reloaded), else what failed after the reload. */
  stage?: 'nginx-t' | 'no-master' | 'reload-command' | 'error-log' | 'workers';
  detail?: string;
}

/**
 * @param timeoutMs how long to wait for the new workers (polled every 50 ms)
 */
export async function reloadAndVerify(r: Remote, o: { pidFile: string; errorLog?: string; reloadCommand: string; nginxBin: string; timeoutMs: number }): Promise<ReloadResult> {
  const tries = Math.max(1, Math.ceil(o.timeoutMs / 50));
  const res = await r.sh(RELOAD, [o.pidFile, o.errorLog ?? '', o.reloadCommand, String(tries), o.nginxBin]);
  const out = res.stdout.trim();
  const [first, ...rest] = out.split('\n');
  const detail = (rest.join('\n') || res.stderr).trim();
  if (res.code === 0) return { ok: true };
  if (first.startsWith('@@nginx-t-failed')) return { ok: false, stage: 'nginx-t', detail: `nginx -t failed, not reloaded: ${detail}` };
  if (first.startsWith('@@no-master')) return { ok: false, stage: 'no-master', detail: first.replace(/^@@no-master /, '') };
  if (first.startsWith('@@reload-failed')) return { ok: false, stage: 'reload-command', detail: `reload command "${o.reloadCommand}" failed: ${detail}` };
  if (first.startsWith('@@log-errors')) return { ok: false, stage: 'error-log', detail: `the reload did not take effect; the error log says: ${detail}` };
  if (first.startsWith('@@not-reloaded')) return { ok: false, stage: 'workers', detail: `the reload did not take effect within ${o.timeoutMs} ms: old workers still serve (${detail.replace(/\s+/g, ' ')})` };
  return { ok: false, stage: 'workers', detail: `reload script failed (exit ${res.code}): ${(out + ' ' + res.stderr).trim()}` };
}
