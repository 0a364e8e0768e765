/**
 * The example workflows users copy (examples/workflows/): valid workflow syntax as GitHub's own
 * parser (@actions/workflow-parser, from actions/languageservices) reads it, every `with:` key of
 * a nginx-gitops step an input of action.yml, and the properties each file promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './support/run.js';

const DIR = join(ROOT, 'examples/workflows');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
const inputs = new Set(Object.keys((parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (f: string): any => parseYaml(readFileSync(join(DIR, f), 'utf8'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ourSteps = (wf: any) => Object.values(wf.jobs).flatMap((j: any) => j.steps ?? []).filter((s: any) => /nginx-gitops@/.test(s.uses ?? ''));

test('the four workflows the docs promise are there', () => {
  for (const f of ['pr-check.yml', 'comment.yml', 'deploy.yml', 'rollback.yml']) assert.ok(files.includes(f), f);
});

test('GitHub\'s workflow parser accepts each example, and rejects a broken one', async () => {
  const errors = async (name: string, content: string) => {
    const r = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    const out = r.context.errors.getErrors().map((e) => e.message);
    if (r.value) {
      const t = await convertWorkflowTemplate(r.context, r.value);
      out.push(...(t.errors ?? []).map((e) => e.Message));
    }
    return out;
  };
  for (const f of files) assert.deepEqual(await errors(f, readFileSync(join(DIR, f), 'utf8')), [], f);
  const broken = readFileSync(join(DIR, 'deploy.yml'), 'utf8').replace('cancel-in-progress: false', 'cancel-in-progres: false');
  assert.notDeepEqual(await errors('broken.yml', broken), [], 'a misspelt key is an error');
});

test('every with: key of a nginx-gitops step is an input of action.yml; modes fit the events', () => {
  for (const f of files) {
    const wf = load(f);
    const steps = ourSteps(wf);
    assert.ok(steps.length > 0, `${f} uses nginx-gitops`);
    for (const s of steps) for (const k of Object.keys(s.with ?? {})) assert.ok(inputs.has(k), `${f}: "${k}" is not an input of action.yml`);
  }
  assert.equal(ourSteps(load('comment.yml'))[0].with.mode, 'comment');
  assert.equal(ourSteps(load('status.yml'))[0].with.mode, 'status');
});

test('pull request workflows run without secrets; the comment workflow never checks out PR code', () => {
  for (const f of ['pr-check.yml', 'comment.yml']) assert.doesNotMatch(readFileSync(join(DIR, f), 'utf8'), /secrets\./, `${f} uses no secrets`);
  const pr = load('pr-check.yml');
  assert.deepEqual(pr.permissions, { contents: 'read', 'pull-requests': 'write' });
  assert.ok('pull_request' in pr.on && !('pull_request_target' in pr.on));
  const c = load('comment.yml');
  assert.deepEqual(c.on.workflow_run.workflows, [pr.name], 'comment.yml follows pr-check.yml by name');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  assert.ok(!Object.values(c.jobs).some((j: any) => j.steps.some((s: any) => /actions\/checkout/.test(s.uses ?? ''))));
});

test('deploy and rollback share one concurrency group that never cancels a run in progress; rollback echoes its inputs in run-name', () => {
  const d = load('deploy.yml');
  const r = load('rollback.yml');
  assert.deepEqual(d.concurrency, r.concurrency);
  assert.equal(d.concurrency['cancel-in-progress'], false);
  assert.deepEqual(Object.keys(d.on), ['push']);
  assert.deepEqual(Object.keys(r.on), ['workflow_dispatch']);
  for (const i of Object.keys(r.on.workflow_dispatch.inputs)) assert.match(r['run-name'], new RegExp(`inputs\\.${i.replace('-', '\\-')}`), `run-name shows ${i}`);
  assert.equal(r.on.workflow_dispatch.inputs.reason.required, true);
  const w = ourSteps(r)[0].with;
  assert.equal(w.reason, '${{ inputs.reason }}');
  assert.equal(w.target, '${{ inputs.target }}');
  assert.equal(d.permissions.deployments, 'write');
  assert.equal(r.permissions.deployments, 'write');
});
