import { type Host } from './inputs.js';
import { type DeployOptions, type DeployReport } from './rollout.js';
import { type FleetOptions } from './status.js';
export type { DeployReport, HostReport, Phase } from './rollout.js';
export type { ReleaseSource, InspectedHost } from './rollback.js';
export { runUrl } from './run-url.js';
export { fleetStatus } from './fleet-status.js';
export { statusText, type StatusReport } from './status.js';
export { hasDrift } from './releases.js';
/** Every deploy input with its default ('' = none). Secrets are marked: never logged, also read from `<name>-file`. */
export declare const DEPLOY_INPUTS: Record<string, {
    default: string;
    secret?: boolean;
    description: string;
}>;
/** The rollback's own inputs (it takes every deploy input too). */
export declare const ROLLBACK_INPUTS: Record<string, {
    default: string;
    description: string;
}>;
/** The inputs `status` reads (a subset of the deploy's). */
export declare const STATUS_INPUT_NAMES: string[];
/** The commit at hand: GITHUB_SHA, else `git rev-parse HEAD` in `cwd`. */
export declare function currentSha(cwd: string): string | undefined;
/**
 * DeployOptions from inputs. `get(name)` returns the input's value ('' when unset); defaults
 * from DEPLOY_INPUTS apply to empty values.
 * @param pick the hosts to work on out of input `hosts` (default all; waves are made for these)
 * @throws InputError naming the input, before anything connects
 */
export declare function deployOptions(get: (name: string) => string, cwd: string, extra?: Partial<DeployOptions>, pick?: (all: Host[]) => Host[]): DeployOptions;
/**
 * RollbackOptions from inputs: every deploy input, plus `target`, `reason` (required, checked
 * first), `dry-run` and `host-filter`; waves apply to the filtered hosts. The release is resolved
 * on the hosts (src/deploy/rollback.ts), from the kept releases or the git history around `cwd`.
 * @throws InputError naming the input, before anything connects
 */
export declare function rollbackOptions(get: (name: string) => string, cwd: string, extra?: Partial<DeployOptions>): DeployOptions;
/**
 * The inputs every fleet command needs: hosts, SSH (key, pinned host keys, bastion, sudo),
 * remote-dir, state-dir, nginx-bin, parallel.
 * @throws InputError naming the input
 */
export declare function fleetOptions(get: (name: string) => string): FleetOptions;
/** Reads a secret from `<name>-file` when the value itself is empty. */
export declare function secretFromFile(value: string, file: string | undefined, name: string): string;
/** Runs the deploy (the rollout); expected failures are in the report. */
export declare const deploy: (o: DeployOptions) => Promise<DeployReport>;
/** The verdict in words; a failed rollback is said loudly. */
export declare function verdict(r: DeployReport): string;
/** One line per host and a verdict line; a dry run's plan per host. */
export declare function reportText(r: DeployReport): string;
/** The JSON report: `{"status","release","previous","hosts":[{"name","address","status","error"?,"phases"}],"waves","transitions","timing"}`. */
export declare function reportJson(r: DeployReport): string;
