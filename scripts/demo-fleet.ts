/**
 * The main job's second half: the whole cycle on a local lab of load balancers (test/support/lab.ts:
 * three hosts on 127.0.0.11-13, each its own sshd and Debian nginx), driven through the bundled
 * action (dist/index.js) as GitHub's runner starts it, against the GitHub API stand-in. Prints what
 * a user sees: the annotations and the sticky PR comment, then the job summaries of a deploy, a
 * failing merge rolled back, a rollback dry run and dispatch, and a drift check.
 */
import { labUnavailable } from '../test/support/lab.js';
import { nodeBinaries } from '../test/support/run.js';
import { startStory } from '../test/support/story.js';

const title = (s: string) => process.stdout.write(`\n\x1b[1m== ${s}\x1b[0m\n`);
const why = labUnavailable();
if (why) {
  title(`deploy, rollback and status on a lab of load balancers: skipped - ${why}`);
  process.exit(0);
}
const node = nodeBinaries().find((n) => /24/.test(n.name))?.bin ?? process.execPath;
const s = await startStory(node);
let failed = false;
const expect = (ok: boolean, what: string) => {
  if (!ok) {
    failed = true;
    process.stdout.write(`!! unexpected: ${what}\n`);
  }
};
try {
  process.stdout.write(`lab: ${s.lab.hosts.map((h) => `${h.name} ${h.address}`).join(', ')}; the action runs under ${node === process.execPath ? `node ${process.version}` : 'Node 24'}\n`);
  title('pull request #7: weights 3:1 -> 1:1, rate 10r/s -> 5r/s (event pull_request, mode auto -> check)');
  s.git('checkout', '-q', s.sha.pr);
  const pr = await s.run({ 'config-path': 'nginx', 'nginx-test': 'local', 'github-token': 'ghs-rw' }, s.env('pull_request', s.sha.pr), s.pullRequest(7, s.sha.pr, 'acme/lb-config'));
  expect(pr.status === 0, `check exit ${pr.status}`);
  process.stdout.write('annotations:\n' + pr.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l)).join('\n') + '\n');
  title('the sticky PR comment');
  process.stdout.write(s.api.comments.find((c) => c.issue === 7)?.body.replace(/^<!--.*-->\n?/m, '') ?? '(none)\n');

  s.git('checkout', '-q', s.sha.r0);
  const base = await s.run(s.fleetWith(), s.env('push', s.sha.r0), s.push(s.sha.r0, '0'.repeat(40)));
  expect(base.outputs.status === 'deployed', `base deploy ${base.outputs.status}`);
  title('merge of #7 (event push, mode auto -> deploy): job summary');
  s.git('checkout', '-q', s.sha.m1);
  s.api.pulls.set(7, { headSha: s.sha.pr, mergeSha: s.sha.m1 });
  const d = await s.run(s.fleetWith(), s.env('push', s.sha.m1), s.push(s.sha.m1, s.sha.r0));
  expect(d.outputs.status === 'deployed', `deploy ${d.outputs.status}`);
  process.stdout.write(d.summary + `served: ${(await s.served()).join(', ')}\n`);

  title('merge of #9 - the upstream moved to a dead port: the canary fails health, rolled back');
  s.git('checkout', '-q', s.sha.m2);
  const bad = await s.run(s.fleetWith(), s.env('push', s.sha.m2), s.push(s.sha.m2, s.sha.m1));
  expect(bad.outputs.status === 'rolled-back', `failing deploy ${bad.outputs.status}`);
  process.stdout.write(bad.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n') + '\n' + bad.summary + `served: ${(await s.served()).join(', ')}\n`);

  const dispatch = { inputs: { target: 'previous', reason: 'r1 doubles checkout latency', 'dry-run': true, hosts: '' }, ref: 'refs/heads/main' };
  const withInputs = { ...s.fleetWith(), target: 'previous', reason: 'r1 doubles checkout latency', 'host-filter': '' };
  title('rollback dispatch, dry run (event workflow_dispatch, mode auto -> rollback): job summary');
  s.git('checkout', '-q', 'main');
  const dry = await s.run({ ...withInputs, 'dry-run': 'true' }, s.env('workflow_dispatch', s.sha.m2, { GITHUB_ACTOR: 'oncall' }), dispatch);
  expect(dry.status === 0, `dry run exit ${dry.status}`);
  process.stdout.write(dry.summary);
  title('rollback dispatch: job summary');
  const rb = await s.run({ ...withInputs, 'dry-run': 'false' }, s.env('workflow_dispatch', s.sha.m2, { GITHUB_ACTOR: 'oncall' }), { ...dispatch, inputs: { ...dispatch.inputs, 'dry-run': false } });
  expect(rb.outputs.status === 'deployed', `rollback ${rb.outputs.status}`);
  process.stdout.write(rb.summary + `served: ${(await s.served()).join(', ')}\n`);

  title('someone edits /etc/nginx/conf.d/lb.conf on lb2 by hand; mode status: job summary');
  s.lab.hosts[1].exec("sed -i 's/rate=10r\\/s/rate=100r\\/s/' /etc/nginx/conf.d/lb.conf");
  const st = await s.run({ ...s.fleetWith(), mode: 'status' }, s.env('workflow_dispatch', s.sha.m2), {});
  expect(st.outputs.status === 'drift', `status ${st.outputs.status}`);
  process.stdout.write(st.summary);
  process.stdout.write(`\nGitHub API requests the action made: ${s.api.log.length}, all valid against GitHub's OpenAPI description: ${s.api.invalid.length === 0}\n`);
} finally {
  await s.stop();
}
process.exit(failed ? 1 : 0);
