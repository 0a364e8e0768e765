/**
 * What each host keeps: `<state-dir>/current` (the live release id), `releases/<id>/` (its files
 * and manifest.json, the newest `keep-releases` kept), and `revisions.log` (one line per run:
 * time, release, outcome, actor, run URL, reason).
 */
import { parseSums, type Manifest } from './release.js';
import { chain, SH_FRESH, type Remote, type RemoteCommand } from './ssh.js';

/*
 * The scripts below start as few processes as they can (builtins where a program is not needed):
 * a deploy runs them on every host at once, and on a busy runner or small hosts process starts are
 * most of a deploy's cost.
 */
const INFO = `S=$1; NGINX=$2; RD=$3
set -f; nl='
'
c=; { read -r c < "$S/current"; } 2>/dev/null
echo "@@current"; [ -z "$c" ] || printf '%s\\n' "$c"
echo "@@releases"; files=; IFS=$nl
for k in $(ls -1t "$S/releases" 2>/dev/null); do case "$k" in *.new) ;; *) printf '%s\\n' "$k"; files="$files$S/releases/$k/manifest.json$nl" ;; esac; done
echo "@@kept"; [ -z "$files" ] || tail -v -n +1 -- $files 2>/dev/null
IFS=' 	
'
V=$("$NGINX" -V 2>&1) || V="$V
nginx-missing"
echo "@@nginx"; printf '%s\\n' "$V"
conf=/etc/nginx/nginx.conf; case "$V" in *--conf-path=*) conf=\${V##*--conf-path=}; conf=\${conf%%[ $nl]*} ;; esac
echo "@@mainconf"; cat "$conf" 2>/dev/null
echo "@@tools"; for t in unshare tar sha256sum; do command -v "$t" >/dev/null 2>&1 || echo "missing $t"; done
echo "@@rsync"; command -v rsync 2>/dev/null
echo "@@live"; if [ -d "$RD" ]; then cd "$RD" && find . -type f -exec sha256sum {} +; else echo "@@no-remote-dir"; fi`;

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

function sections(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let key = '';
  for (const line of text.split('\n')) {
    const m = /^@@(\w+)$/.exec(line);
    if (m) out[(key = m[1])] = '';
    else if (key) out[key] += line + '\n';
  }
  return out;
}

/** Reads the host's release state, nginx build and live checksums in one round trip. */
export async function hostInfo(r: Remote, stateDir: string, nginxBin: string, remoteDir: string): Promise<HostInfo> {
  const c = hostInfoCommand(stateDir, nginxBin, remoteDir);
  return parseHostInfo((await r.sh(c.script, c.args)).stdout);
}

/** The remote script hostInfo() runs and its arguments (for running it in another round trip: acquireLock's `then`). */
export function hostInfoCommand(stateDir: string, nginxBin: string, remoteDir: string): RemoteCommand {
  return { script: INFO, args: [stateDir, nginxBin, remoteDir] };
}

/** The host's state from the output of hostInfoCommand()'s script. */
export function parseHostInfo(stdout: string): HostInfo {
  const s = sections(stdout);
  const current = (s.current ?? '').trim() || undefined;
  // `tail -v` of every kept release's manifest, newest first: `==> <state-dir>/releases/<id>/manifest.json <==` before each
  const kept: Manifest[] = [];
  let manifest: Manifest | undefined;
  const parts = (s.kept ?? '').split(/^==> (.*) <==$/m);
  for (let i = 1; i < parts.length; i += 2) {
    try {
      const m = JSON.parse(parts[i + 1]) as Manifest;
      kept.push(m);
      if (current !== undefined && parts[i].endsWith(`/releases/${current}/manifest.json`)) manifest = m;
    } catch {
      /* a half-written or hand-edited manifest: that release is not offered */
    }
  }
  const live = parseSums(s.live ?? '');
  return {
    current,
    manifest,
    releases: (s.releases ?? '').split('\n').map((x) => x.trim()).filter(Boolean),
    kept,
    nginxV: (s.nginx ?? '').trim(),
    mainConf: s.mainconf ?? '',
    missingTools: (s.tools ?? '').split('\n').filter((l) => l.startsWith('missing ')).map((l) => l.slice(8)),
    rsync: (s.rsync ?? '').trim() !== '',
    live,
    remoteDirMissing: (s.live ?? '').includes('@@no-remote-dir'),
  };
}

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
export function drift(info: HostInfo): Drift {
  const d: Drift = { changed: [], missing: [], added: [], localChanged: [] };
  const m = info.manifest;
  if (!m) return d;
  for (const [f, h] of Object.entries(m.files ?? {})) {
    if (!(f in info.live)) d.missing.push(f);
    else if (info.live[f] !== h) d.changed.push(f);
  }
  if (m.local) {
    for (const f of Object.keys(info.live)) if (!(f in m.files) && !(f in m.local)) d.added.push(f);
    for (const [f, h] of Object.entries(m.local)) if (info.live[f] !== h) d.localChanged.push(f);
  }
  return d;
}

/** True when the drift blocks a deploy or rollback (managed files changed or removed by hand). */
export function blocking(d: Drift): boolean {
  return d.changed.length + d.missing.length > 0;
}

/** True when the live files differ from the release in any way (blocking or not). */
export function hasDrift(d: Drift): boolean {
  return d.changed.length + d.missing.length + d.added.length + d.localChanged.length > 0;
}

/** `a (changed), b (removed)`: the blocking files for messages. */
export function driftList(d: Drift): string {
  return [...d.changed.map((f) => `${f} (changed)`), ...d.missing.map((f) => `${f} (removed)`)].join(', ');
}

const RECORD = `S=$1; R=$2; KEEP=$3; LINE=$4; FROM=$5
N="$S/releases/$R.new"
${SH_FRESH}
fresh "$N" || exit 60
mv "$FROM" "$N/files" || exit 61
cat > "$N/manifest.json" || exit 62
{ [ ! -e "$S/releases/$R" ] || rm -rf "$S/releases/$R"; } && mv "$N" "$S/releases/$R" || exit 63
printf '%s\\n' "$R" > "$S/current.new" && mv "$S/current.new" "$S/current" || exit 64
printf '%s\\n' "$LINE" >> "$S/revisions.log"
set -f; nl='
'; IFS=$nl; n=0; drop=
for k in $(ls -1t "$S/releases"); do n=$((n + 1)); [ "$n" -le "$KEEP" ] || [ "$k" = "$R" ] || drop="$drop$S/releases/$k$nl"; done
[ -z "$drop" ] || rm -rf -- $drop
IFS=' 	
'; set +f
echo recorded`;

const LOG_ONLY = `printf '%s\\n' "$2" >> "$1/revisions.log"`;


/** One revisions.log line (tab-separated; tabs and newlines in values become spaces). */
export function revisionsLine(fields: { time: string; release: string; outcome: string; actor: string; runUrl: string; reason?: string }): string {
  return [fields.time, fields.release, fields.outcome, fields.actor, fields.runUrl, fields.reason ?? ''].map((v) => v.replace(/[\t\r\n]+/g, ' ')).join('\t');
}

/**
 * Records a release as live on the host: its files (moved from `from`, the staged directory),
 * manifest, `current`, a revisions.log line, and prunes to `keep` releases.
 * @param then a constant script run after a successful record in the same round trip, with its own
 *   `args` as $1, $2, ... (the rollout releases the lock there: one round trip less per host)
 * @returns undefined when recorded, else the error text
 */
export async function recordRelease(r: Remote, stateDir: string, m: Manifest, from: string, keep: number, line: string, then?: RemoteCommand): Promise<string | undefined> {
  const record = { script: RECORD, args: [stateDir, m.release, String(keep), line, from] };
  const c = then ? chain(record, then) : record;
  const res = await r.sh(c.script, c.args, JSON.stringify(m, null, 2) + '\n');
  return res.code === 0 && /^recorded$/m.test(res.stdout) ? undefined : `recording the release failed (exit ${res.code}): ${(res.stdout + res.stderr).trim()}`;
}

/** Appends a revisions.log line without changing the live release (rolled back, failed). */
export async function logRevision(r: Remote, stateDir: string, line: string): Promise<void> {
  await r.sh(LOG_ONLY, [stateDir, line]);
}

/** This run's staging, snapshot and test directories, relative to the state directory (removed when the lock is released). */
export function runDirs(release: string, runId: string): string[] {
  return [`staging/${release}`, `snapshots/${runId}`, `test/${release}`];
}
