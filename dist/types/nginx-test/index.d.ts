import type { Finding } from '../finding.js';
import type { ParseResult } from '../parser/parser.js';
import type { NginxBuild } from './build.js';
import { type Isolation, type Notice } from './sandbox.js';
export type { NginxBuild } from './build.js';
export type { Notice } from './sandbox.js';
/** The `nginx-test` input: `auto` picks docker where an engine answers, else local where nginx is installed. */
export declare const NGINX_TEST_MODES: readonly ["auto", "docker", "service", "local", "off"];
export type NginxTestMode = (typeof NGINX_TEST_MODES)[number];
/** Image used by the docker runner when none is given. Users pin what their fleet runs. */
export declare const DEFAULT_NGINX_IMAGE = "nginx:stable-alpine";
export interface NginxTestOptions {
    mode: NginxTestMode;
    /** parseDetailed() of the main config. */
    result: ParseResult;
    /** The main config in the repository. */
    main: string;
    /** The directory no file is read from outside of (ParseOptions.confine): what leads out of it is left out of the sandbox. */
    confine?: string;
    /** Absolute directory the load balancers hold the config directory at. */
    prefix?: string;
    /** Display form of repository paths (as in the other findings). */
    rel: (f: string) => string;
    /** docker: the image (default DEFAULT_NGINX_IMAGE). */
    image?: string;
    /** service: the container's id or name. */
    container?: string;
    /** local: the nginx binary (default `nginx` on PATH). */
    bin?: string;
    /** The docker CLI (default `docker`). */
    docker?: string;
    /** `[warn]` lines fail the test too. */
    warningsAsErrors?: boolean;
    /** Base for the sandbox directory (default: the OS temp directory). */
    tmpDir?: string;
    /** Overrides for tests: hostname resolution, and the local runner's isolation. */
    resolveHost?: (host: string) => Promise<string | undefined>;
    isolation?: Isolation;
}
export interface NginxTestReport {
    /** The runner that ran, or `off` when none did. */
    runner: 'docker' | 'service' | 'local' | 'off';
    /** `skipped` when no runner ran (mode off, no main config, nothing to run nginx with). */
    status: 'passed' | 'failed' | 'skipped';
    /** Why it was skipped. */
    reason?: string;
    /** `nginx -V` of the nginx that ran. */
    build?: NginxBuild;
    findings: Finding[];
    /** What was not tested for real (stand-ins, rewritten addresses). */
    notices: Notice[];
    exitCode?: number | null;
    /** nginx's stderr, sandbox paths mapped back. */
    output?: string;
}
/**
 * Runs `nginx -t` on the config in a sandbox (see sandbox.ts) with the runner `mode` picks.
 * Never a false pass: a non-zero exit without a parsed message is a finding with nginx's output,
 * and a time-out is one too. The sandbox is removed afterwards, also on failure.
 * @returns the report; status `skipped` (with `reason`) for mode `off` or when `auto` finds nothing
 *   to run nginx with
 * @throws InputError when the chosen runner cannot run (no engine, no container, no binary, no
 *   openssl for the stand-ins)
 */
export declare function nginxTest(o: NginxTestOptions): Promise<NginxTestReport>;
