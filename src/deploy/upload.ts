/**
 * Upload: the release as one tar archive over SFTP, unpacked into `<state-dir>/staging/<release>`
 * on the host and checked file by file against the runner's SHA-256 sums.
 */
import { randomBytes } from 'node:crypto';
import type { Remote } from './ssh.js';

const STAGE = `S=$1; R=$2; U=$3
D="$S/staging/$R"
rm -rf "$D" && mkdir -p "$D" || { rm -f "$U"; echo "cannot create $D"; exit 10; }
tar -C "$D" --no-same-owner -xf "$U"; rc=$?; rm -f "$U"
[ $rc = 0 ] || { echo "tar -x failed ($rc)"; exit 11; }
cd "$D" && sha256sum -c --quiet --strict - 2>&1 || exit 12
n=$(find . -type f | wc -l); echo "staged $n"`;

const STAGE_KEPT = `S=$1; R=$2
D="$S/staging/$R"
rm -rf "$D" && mkdir -p "$D" && cp -a "$S/releases/$R/files/." "$D/" || { echo "cannot copy $S/releases/$R/files to $D"; exit 10; }
cd "$D" && sha256sum -c --quiet --strict - 2>&1 || exit 12
n=$(find . -type f | wc -l); echo "staged $n"`;

function staged(res: { code: number; stdout: string; stderr: string }, fileCount: number): string | undefined {
  if (res.code !== 0) return `staging failed: ${(res.stdout + res.stderr).trim()}`;
  if (res.stdout.trim() !== `staged ${fileCount}`) return `staging holds a different set of files than the release (${res.stdout.trim()}, expected ${fileCount})`;
  return undefined;
}

/**
 * Stages a release the host keeps (`<state-dir>/releases/<release>/files`), checked against the
 * release's SHA-256 sums like an upload: nothing crosses the network.
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function stageKept(r: Remote, stateDir: string, release: string, checksums: string, fileCount: number): Promise<string | undefined> {
  return staged(await r.sh(STAGE_KEPT, [stateDir, release], checksums), fileCount);
}

/**
 * Uploads `tarPath` and stages it.
 * @param checksums `sha256sum -c` text for the release
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export async function upload(r: Remote, stateDir: string, release: string, tarPath: string, checksums: string, fileCount: number): Promise<string | undefined> {
  const remoteTar = `/tmp/nginx-gitops-upload-${randomBytes(16).toString('hex')}.tar`;
  await r.put(tarPath, remoteTar);
  return staged(await r.sh(STAGE, [stateDir, release, remoteTar], checksums), fileCount);
}
