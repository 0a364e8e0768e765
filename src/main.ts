/**
 * The action: reads inputs, picks the mode from the event (or the `mode` input), runs it.
 */
import * as core from '@actions/core';
import { join } from 'node:path';
import { check } from './check.js';
import { InputError } from './errors.js';
import { annotate } from './github/annotations.js';
import { findingsMarkdown } from './github/summary.js';

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

async function runCheck(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = core.getInput('config-path') || 'nginx';
  const config = core.getInput('config') || undefined;
  const prefix = core.getInput('prefix') || '/etc/nginx';
  const r = check({ path: join(workspace, path), config, prefix, root: workspace });
  const notAnnotated = annotate(r.findings);
  await core.summary.addRaw(findingsMarkdown(r.findings, r.files, notAnnotated.length)).write();
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('findings', r.findings.length);
  core.setOutput('errors', errors);
  if (errors > 0) core.setFailed(`nginx-gitops check: ${errors} error${errors === 1 ? '' : 's'} in ${path}`);
}
