import { type DeployOptions, type DeployReport } from './rollout.js';
export type { DeployReport, HostReport, Phase } from './rollout.js';
export { runUrl } from './run-url.js';
/** Every deploy input with its default ('' = none). Secrets are marked: never logged, also read from `<name>-file`. */
export declare const DEPLOY_INPUTS: Record<string, {
    default: string;
    secret?: boolean;
    description: string;
}>;
/** The commit at hand: GITHUB_SHA, else `git rev-parse HEAD` in `cwd`. */
export declare function currentSha(cwd: string): string | undefined;
/**
 * DeployOptions from inputs. `get(name)` returns the input's value ('' when unset); defaults
 * from DEPLOY_INPUTS apply to empty values.
 * @throws InputError naming the input, before anything connects
 */
export declare function deployOptions(get: (name: string) => string, cwd: string, extra?: Partial<DeployOptions>): DeployOptions;
/** Reads a secret from `<name>-file` when the value itself is empty. */
export declare function secretFromFile(value: string, file: string | undefined, name: string): string;
/** Runs the deploy (the rollout); expected failures are in the report. */
export declare const deploy: (o: DeployOptions) => Promise<DeployReport>;
/** One line per host and a verdict line. */
export declare function reportText(r: DeployReport): string;
/** The JSON report: `{"status","release","previous","hosts":[{"name","address","status","error"?,"phases"}],"waves","transitions","timing"}`. */
export declare function reportJson(r: DeployReport): string;
