/**
 * On a host: the preflight `nginx -t` of the staged release as it will be live, activation with a
 * snapshot, and restore of that snapshot byte for byte.
 */
import { SH_FRESH, type Remote } from './ssh.js';

/*
 * The staged release is tested as it will be live: a copy of remote-dir with the release laid over
 * it (and the files it drops removed) is bind-mounted over remote-dir in a private mount
 * namespace, so absolute includes such as /etc/nginx/conf.d/*.conf read the staged files.
 */
const PREFLIGHT = `${SH_FRESH}
S=$1; R=$2; RD=$3; NGINX=$4; shift 4
T="$S/test/$R"
fresh "$T" && cp -a "$RD/." "$T/" || { echo "@@setup cannot copy $RD"; exit 20; }
for f in "$@"; do rm -f "$T/$f"; done
cp -a "$S/staging/$R/." "$T/" || { echo "@@setup cannot lay the release over the copy"; exit 20; }
unshare --mount --propagation private sh -c 'mount --bind "$1" "$2" || exit 97; echo "@@nginx-t"; exec "$3" -t 2>&1' sh "$T" "$RD" "$NGINX"
rc=$?; rm -rf "$T"; exit $rc`;

const ACTIVATE = `${SH_FRESH}
S=$1; R=$2; RD=$3; RUN=$4; shift 4
SN="$S/snapshots/$RUN"
fresh "$SN" || exit 30
( cd "$S/staging/$R" && find . -type f ) > "$SN/managed" || exit 30
for f in "$@"; do printf './%s\\n' "$f" >> "$SN/managed"; done
: > "$SN/present"
while IFS= read -r f; do if [ -e "$RD/$f" ] || [ -L "$RD/$f" ]; then printf '%s\\n' "$f" >> "$SN/present"; fi; done < "$SN/managed"
tar -C "$RD" -cf "$SN/files.tar" -T "$SN/present" || exit 31
echo snapshot
cp -a "$S/staging/$R/." "$RD/" || exit 32
for f in "$@"; do rm -f "$RD/$f"; done
echo activated`;

const RESTORE = `S=$1; RD=$2; RUN=$3
SN="$S/snapshots/$RUN"
[ -f "$SN/files.tar" ] && [ -f "$SN/managed" ] || { echo "no snapshot in $SN"; exit 40; }
while IFS= read -r f; do rm -f "$RD/$f"; done < "$SN/managed"
tar -C "$RD" -xpf "$SN/files.tar" || exit 41
echo restored`;

/** Output of a remote `nginx -t`: its lines, paths as nginx printed them. */
export interface NginxTestOutput {
  ok: boolean;
  output: string;
}

/**
 * `nginx -t` of the staged release in place of the live files.
 * @param removed files of the live release this one drops
 */
export async function preflight(r: Remote, stateDir: string, release: string, remoteDir: string, nginxBin: string, removed: string[]): Promise<NginxTestOutput> {
  const res = await r.sh(PREFLIGHT, [stateDir, release, remoteDir, nginxBin, ...removed]);
  const text = (res.stdout + res.stderr).trim();
  if (!text.includes('@@nginx-t')) {
    return { ok: false, output: `cannot test the staged release in isolation (a private mount namespace needs root: sudo, or root login): ${text.replace(/@@\S+ ?/g, '') || `exit ${res.code}`}` };
  }
  return { ok: res.code === 0, output: text.replace(/^@@nginx-t\n?/m, '').trim() };
}

/**
 * Snapshots the managed files of remote-dir (the release's and the dropped ones) into
 * `<state-dir>/snapshots/<run>`, then lays the release over remote-dir and removes dropped files.
 * @returns `snapshot`: whether the snapshot exists (from then on the host counts as changed)
 */
export async function activate(r: Remote, stateDir: string, release: string, remoteDir: string, runId: string, removed: string[]): Promise<{ ok: boolean; snapshot: boolean; error?: string }> {
  const res = await r.sh(ACTIVATE, [stateDir, release, remoteDir, runId, ...removed]);
  const snapshot = res.stdout.includes('snapshot');
  if (res.code === 0) return { ok: true, snapshot };
  return { ok: false, snapshot, error: `activation failed (exit ${res.code}): ${(res.stderr || res.stdout).trim()}` };
}

/** Puts the snapshot back: every managed file as it was, files that did not exist removed. */
export async function restore(r: Remote, stateDir: string, remoteDir: string, runId: string): Promise<string | undefined> {
  const res = await r.sh(RESTORE, [stateDir, remoteDir, runId]);
  return res.code === 0 ? undefined : `restore failed (exit ${res.code}): ${(res.stdout + res.stderr).trim()}`;
}
