import { type Manifest } from './release.js';
import type { HostInfo } from './releases.js';
/** A release resolved for a run: its id, commit, files, and where the runner has a copy of them. */
export interface ReleaseSource {
    release: string;
    sha: string;
    /** Relative path -> sha256. */
    files: Record<string, string>;
    /** Local directory with the files (config-dir, or the target read from git); none when every host keeps the release. */
    dir?: string;
    /** The manifest a host keeps for the release (a rollback target): its `previous` carries over. */
    manifest?: Manifest;
    /** How it was found, for the log and the report. */
    note?: string;
}
export interface InspectedHost {
    name: string;
    info: HostInfo;
}
/**
 * Resolves `target` on the inspected hosts.
 * @returns the release id, its commit when known, a kept manifest (files agreed by every host that keeps it) and the hosts keeping it
 * @throws InputError: a host without a recorded release (for `previous`), hosts that disagree on
 *   the previous release, an ambiguous sha prefix, kept copies that differ, a target no host keeps
 *   that is not a commit sha
 */
export declare function resolveTarget(target: string, hosts: InspectedHost[]): {
    release: string;
    sha?: string;
    manifest?: Manifest;
    keptOn: string[];
};
/**
 * The files of `configDir` at commit `sha`, read from the git repository around `cwd` (fetched
 * from origin when a shallow clone lacks it) into a temporary directory.
 * @throws InputError when there is no repository, the commit cannot be had, or it has no such directory
 */
export declare function gitRelease(sha: string, configDir: string, cwd: string): {
    dir: string;
    files: Record<string, string>;
    sha: string;
};
/**
 * The rollback's release: `target` resolved on the hosts; the files from a kept manifest, and a
 * copy from git when some host does not keep it (which must hold the very same files).
 * @throws InputError as resolveTarget and gitRelease, or when git's files differ from the kept ones
 */
export declare function rollbackRelease(target: string, hosts: InspectedHost[], configDir: string, cwd: string): ReleaseSource;
