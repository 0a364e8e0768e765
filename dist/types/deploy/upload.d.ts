import type { Remote } from './ssh.js';
/**
 * Uploads `tarPath` and stages it.
 * @param checksums `sha256sum -c` text for the release
 * @returns undefined on success, else the error text
 * @throws SshError(dropped) when the connection is lost
 */
export declare function upload(r: Remote, stateDir: string, release: string, tarPath: string, checksums: string, fileCount: number): Promise<string | undefined>;
