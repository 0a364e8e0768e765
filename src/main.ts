/**
 * The action: reads inputs, picks the mode from the event (or the `mode` input), runs it.
 */
import * as core from '@actions/core';
import { join } from 'node:path';
import { checkWithNginxTest } from './check.js';
import { InputError } from './errors.js';
import { annotate, annotateNotices } from './github/annotations.js';
import { findingsMarkdown } from './github/summary.js';
import { DEFAULT_NGINX_IMAGE, NGINX_TEST_MODES, type NginxTestMode } from './nginx-test/index.js';
import { reportMarkdown, verdictLine } from './nginx-test/report.js';

export type Mode = 'check' | 'plan' | 'comment' | 'deploy' | 'rollback' | 'status';
const MODES: Mode[] = ['check', 'plan', 'comment', 'deploy', 'rollback', 'status'];
/** Modes this version implements; the others fail with a message that says so. */
const IMPLEMENTED: ReadonlySet<Mode> = new Set(['check']);

/**
 * The mode for an event when `mode` is `auto`: pull_request -> check, push -> deploy,
 * workflow_dispatch -> rollback, workflow_run -> comment.
 * @throws InputError for an event with no default mode
 */
export function modeForEvent(event: string | undefined): Mode {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target':
      return 'check';
    case 'push':
      return 'deploy';
    case 'workflow_dispatch':
      return 'rollback';
    case 'workflow_run':
      return 'comment';
    default:
      throw new InputError(`input "mode" is auto and event "${event ?? '(none)'}" has no default mode: set mode to one of ${MODES.join(', ')}`);
  }
}

/** Resolves the `mode` input. */
export function resolveMode(input: string, event: string | undefined): Mode {
  const m = (input || 'auto').trim();
  if (m === 'auto') return modeForEvent(event);
  if (!(MODES as string[]).includes(m)) throw new InputError(`input "mode" must be auto or one of ${MODES.join(', ')}, got "${m}"`);
  return m as Mode;
}

/** The action's entry. Never throws: failures go to core.setFailed. */
export async function run(): Promise<void> {
  try {
    const mode = resolveMode(core.getInput('mode'), process.env.GITHUB_EVENT_NAME);
    if (!IMPLEMENTED.has(mode)) throw new InputError(`mode "${mode}" is not implemented in this version of nginx-gitops (implemented: ${[...IMPLEMENTED].join(', ')})`);
    core.info(`nginx-gitops: mode ${mode}`);
    await runCheck();
  } catch (e) {
    if (e instanceof InputError) core.setFailed(e.message);
    else core.setFailed(`internal error: ${(e as Error)?.stack ?? e}`);
  }
}

/** A boolean input: true/false (any case), empty = `def`. @throws InputError otherwise */
export function booleanInput(name: string, def: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return def;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new InputError(`input "${name}" must be true or false, got "${core.getInput(name)}"`);
}

async function runCheck(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = core.getInput('config-path') || 'nginx';
  const config = core.getInput('config') || undefined;
  const prefix = core.getInput('prefix') || '/etc/nginx';
  const mode = (core.getInput('nginx-test') || 'auto').trim();
  if (!(NGINX_TEST_MODES as readonly string[]).includes(mode)) throw new InputError(`input "nginx-test" must be one of ${NGINX_TEST_MODES.join(', ')}, got "${mode}"`);
  const r = await checkWithNginxTest(
    { path: join(workspace, path), config, prefix, root: workspace },
    {
      mode: mode as NginxTestMode,
      image: core.getInput('nginx-image') || DEFAULT_NGINX_IMAGE,
      container: core.getInput('nginx-container') || undefined,
      bin: core.getInput('nginx-bin') || undefined,
      warningsAsErrors: booleanInput('nginx-test-warnings-as-errors', false),
    },
  );
  const t = r.nginxTest!;
  const notAnnotated = annotate(r.findings);
  annotateNotices(t.notices, r.findings);
  core.info(verdictLine(t));
  if (t.status === 'skipped' && mode !== 'off') core.warning(verdictLine(t));
  await core.summary.addRaw(findingsMarkdown(r.findings, r.files, notAnnotated.length)).addRaw(reportMarkdown(t)).write();
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('findings', r.findings.length);
  core.setOutput('errors', errors);
  core.setOutput('nginx-test', t.status);
  if (errors > 0) core.setFailed(`nginx-gitops check: ${errors} error${errors === 1 ? '' : 's'} in ${path}`);
}
