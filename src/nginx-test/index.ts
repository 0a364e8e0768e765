/**
 * `nginx -t` on the config under test, in a sandbox, with nginx's messages mapped back to the
 * repository. The entry point of the `nginx-test` stage.
 */
import { InputError } from '../errors.js';
import type { Finding } from '../finding.js';
import type { ParseResult } from '../parser/parser.js';
import type { NginxBuild } from './build.js';
import { messagesToFindings, parseNginxOutput } from './results.js';
import { dockerAnswers, dockerRunner, localRunner, serviceRunner, TEST_TIMEOUT_MS, type Runner } from './runners.js';
import { createSandbox, type Isolation, type Notice } from './sandbox.js';
import { StandinError } from './standins.js';

export type { NginxBuild } from './build.js';
export type { Notice } from './sandbox.js';

/** The `nginx-test` input: `auto` picks docker where an engine answers, else local where nginx is installed. */
export const NGINX_TEST_MODES = ['auto', 'docker', 'service', 'local', 'off'] as const;
export type NginxTestMode = (typeof NGINX_TEST_MODES)[number];

/** Image used by the docker runner when none is given. Users pin what their fleet runs. */
export const DEFAULT_NGINX_IMAGE = 'nginx:stable-alpine';

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

async function pickRunner(o: NginxTestOptions): Promise<Runner | string> {
  const mode = o.mode;
  if (mode === 'docker') return dockerRunner(o.image ?? DEFAULT_NGINX_IMAGE, o.docker);
  if (mode === 'service') {
    if (!o.container) throw new InputError('nginx-test service needs nginx-container (e.g. ${{ job.services.nginx.id }})');
    return serviceRunner(o.container, o.docker);
  }
  if (mode === 'local') return localRunner(o.bin, o.isolation);
  // auto
  if (await dockerAnswers(o.docker)) return dockerRunner(o.image ?? DEFAULT_NGINX_IMAGE, o.docker);
  const local = await localRunner(o.bin, o.isolation);
  try {
    await local.build(); // asked once: nginxTest() reuses the answer
    return local;
  } catch {
    return 'no Docker engine answers and no nginx binary was found (install one, or set nginx-test: off)';
  }
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
export async function nginxTest(o: NginxTestOptions): Promise<NginxTestReport> {
  if (o.mode === 'off') return { runner: 'off', status: 'skipped', reason: 'nginx-test is off', findings: [], notices: [] };
  const picked = await pickRunner(o);
  if (typeof picked === 'string') return { runner: 'off', status: 'skipped', reason: picked, findings: [], notices: [] };
  const runner = picked;
  const build = await runner.build();
  let sb;
  try {
    sb = await createSandbox({ result: o.result, main: o.main, confine: o.confine, prefix: o.prefix, build, isolation: runner.isolation, unprivileged: runner.unprivileged, resolveHost: o.resolveHost, tmpDir: o.tmpDir, rel: o.rel });
  } catch (e) {
    if (e instanceof StandinError) throw new InputError(`nginx-test: cannot make stand-in certificates: ${e.message}`);
    throw e;
  }
  try {
    const r = await runner.test(sb);
    const mainFile = o.rel(o.main);
    const findings = messagesToFindings(parseNginxOutput(r.stderr), { sandbox: sb, payload: o.result.payload, mainFile, rel: o.rel, warningsAsErrors: o.warningsAsErrors });
    const output = sb.mapText((r.stderr + r.stdout).trim());
    if (r.timedOut) findings.push(failure(mainFile, `nginx -t did not finish within ${TEST_TIMEOUT_MS / 1000} s`));
    else if (r.code !== 0 && !findings.some((f) => f.severity === 'error')) findings.push(failure(mainFile, `nginx -t failed (exit ${r.code}): ${output.split('\n').slice(-3).join(' ') || 'no output'}`));
    const failed = findings.some((f) => f.severity === 'error');
    return { runner: runner.name, status: failed ? 'failed' : 'passed', build, findings, notices: sb.notices, exitCode: r.code, output };
  } finally {
    sb.remove();
  }
}

function failure(file: string, message: string): Finding {
  return { rule: 'nginx-test', severity: 'error', file, line: 1, col: 1, message, docs: 'docs/rules/nginx-test.md' };
}
