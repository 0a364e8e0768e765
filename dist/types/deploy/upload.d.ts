import type { Remote } from './ssh.js';
/**
 * Stages a release the host keeps (`<state-dir>/releases/<release>/files`), checked against the
 * release's SHA-256 sums like an upload: nothing crosses the network.
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export declare function stageKept(r: Remote, stateDir: string, release: string, checksums: string, fileCount: number): Promise<string | undefined>;
/**
 * Uploads `tarPath` and stages it.
 * @param checksums `sha256sum -c` text for the release
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export declare function upload(r: Remote, stateDir: string, release: string, tarPath: string, checksums: string, fileCount: number): Promise<string | undefined>;
