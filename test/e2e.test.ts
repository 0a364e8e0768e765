/**
 * End to end, the way users meet the project: dist/index.js started as GitHub's runner starts it,
 * under Node 24 (the `node24` runtime), with real-shaped event payloads (GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_* from the example workflows'
 * `with:` and action.yml's defaults, GITHUB_API_URL at the GitHub API stand-in (every request
 * validated against GitHub's OpenAPI description), a real git repository, and the lab of load
 * balancers. One repository's life: a pull request that changes upstream weights and a rate limit,
 * a pull request from a fork (read-only token) and its workflow_run comment, a merge that deploys,
 * a merge that fails and is rolled back, and a rollback dispatch.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labUnavailable, type Lab } from './support/lab.js';
import { leaksKey } from './support/fleet.js';
import type { GitHubApi } from './support/github-api.js';
import { nodeBinaries, type ActionRun } from './support/run.js';
import { REPO, repository, startStory, type Story } from './support/story.js';

const node24 = nodeBinaries().find((n) => /24/.test(n.name))?.bin;
const why = labUnavailable() ?? (node24 ? undefined : 'Node 24 is not installed (.tools/node24; scripts/test.sh installs it)');
if (why) console.log(`# end-to-end tests skipped: ${why}`);
const skip = why ? `end-to-end unavailable: ${why}` : false;

let story: Story;
let lab: Lab;
let api: GitHubApi;
let sha: Story['sha'];
let repo = '';
let git: Story['git'];
let env: Story['env'];
let fleetWith: Story['fleetWith'];
let pullRequest: Story['pullRequest'];
let push: Story['push'];
let served: Story['served'];
let etcs: Story['etcs'];
let run: Story['run'];

before(async () => {
  if (why) return;
  story = await startStory(node24);
  ({ lab, api, sha, repo, git, env, fleetWith, pullRequest, push, served, etcs, run } = story);
});

after(async () => {
  await story?.stop();
});

const noKey = (r: ActionRun) => assert.ok(!leaksKey(lab, r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + r.summary), 'the private key never appears in the log or summary');

test('a pull request that changes upstream weights and a rate limit: annotations, summary, outputs and the sticky plan comment', { skip }, async () => {
  git('checkout', '-q', sha.pr);
  const r = await run({ 'config-path': 'nginx', 'nginx-test': 'local', 'github-token': 'ghs-rw' }, env('pull_request', sha.pr), pullRequest(7, sha.pr, REPO));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /nginx-gitops: mode check/);
  assert.equal(r.outputs['nginx-test'], 'passed');
  assert.equal(r.outputs.errors, '0');
  assert.equal(r.outputs['has-changes'], 'true');
  assert.equal(r.outputs['has-destructive-changes'], 'false');
  const line = story.site(story.prSite).split('\n').findIndex((l) => l.includes('proxy_buffering off')) + 1;
  assert.match(r.stdout, new RegExp(`::notice title=nginx-gitops proxy-buffering-off,file=nginx/conf\\.d/lb\\.conf,line=${line},col=25,endColumn=27::proxy_buffering off`));
  const c = api.comments.filter((x) => x.issue === 7);
  assert.equal(c.length, 1);
  assert.equal(r.outputs['comment-url'], `https://github.com/${REPO}/pull/7#issuecomment-${c[0].id}`);
  assert.match(c[0].body, /<!-- nginx-gitops:plan /);
  assert.match(c[0].body, /75% -> 50%/, 'traffic shares of the upstream servers');
  assert.match(c[0].body, /10r\/s -> 5r\/s/, 'the rate change');
  assert.match(c[0].body, /burst=20.*burst=10|20 -> 10/s, 'the burst change');
  assert.match(c[0].body, /nginx -t/);
  assert.match(r.summary, /### nginx-gitops check/);
  assert.ok(r.summary.includes(c[0].body.split('\n').find((l) => l.includes('75% -> 50%'))!), 'the summary has the whole plan');
  // pushed again: the same comment, edited only when the body changed
  const again = await run({ 'config-path': 'nginx', 'nginx-test': 'local', 'github-token': 'ghs-rw' }, env('pull_request', sha.pr), pullRequest(7, sha.pr, REPO));
  assert.equal(again.status, 0);
  assert.equal(api.comments.filter((x) => x.issue === 7).length, 1);
  assert.deepEqual(api.invalid, []);
});

test('a pull request from a fork (read-only token), then the workflow_run comment', { skip }, async () => {
  git('checkout', '-q', sha.pr);
  const pr = await run({ 'config-path': 'nginx', 'nginx-test': 'local', 'github-token': 'ghs-ro' }, env('pull_request', sha.pr), pullRequest(8, sha.pr, 'mallory/lb-config'));
  assert.equal(pr.status, 0, pr.stdout + pr.stderr);
  assert.match(pr.stdout, /::notice::plan comment not posted: .*The rendered comment is in .* \(output comment-dir\)/);
  assert.equal(api.comments.filter((x) => x.issue === 8).length, 0);
  const dir = pr.outputs['comment-dir'];
  assert.ok(dir && readFileSync(join(dir, 'comment.md'), 'utf8').includes('75% -> 50%'));
  api.pulls.set(8, { headSha: sha.pr });
  const wr = {
    action: 'completed',
    workflow_run: { id: 5151, name: 'nginx check', event: 'pull_request', status: 'completed', conclusion: 'success', head_sha: sha.pr, head_branch: 'rebalance', pull_requests: [] },
    repository,
  };
  git('checkout', '-q', 'main');
  const c = await run({ 'comment-dir': dir, 'github-token': 'ghs-rw' }, env('workflow_run', sha.m2, { GITHUB_WORKFLOW: 'nginx plan comment' }), wr);
  assert.equal(c.status, 0, c.stdout + c.stderr);
  assert.match(c.stdout, /nginx-gitops: mode comment/);
  const posted = api.comments.filter((x) => x.issue === 8);
  assert.equal(posted.length, 1);
  assert.match(posted[0].body, /75% -> 50%/);
  assert.deepEqual(api.invalid, []);
});

test('merges: the first deploys, the second fails health and is rolled back, then a rollback dispatch returns the fleet to the release before', { skip }, async () => {
  // the fleet starts on the base commit
  git('checkout', '-q', sha.r0);
  const base = await run(fleetWith(), env('push', sha.r0), push(sha.r0, '0'.repeat(40)));
  assert.equal(base.outputs.status, 'deployed', base.stdout + base.stderr);
  assert.deepEqual(await served(), ['r0', 'r0', 'r0']);
  const onR0 = etcs();

  // merge of #7
  api.pulls.set(7, { headSha: sha.pr, mergeSha: sha.m1 });
  git('checkout', '-q', sha.m1);
  const d = await run(fleetWith(), env('push', sha.m1), push(sha.m1, sha.r0));
  assert.equal(d.status, 0, d.stdout + d.stderr);
  assert.match(d.stdout, /nginx-gitops: mode deploy/);
  assert.deepEqual({ status: d.outputs.status, deployed: d.outputs['deployed-sha'], previous: d.outputs['previous-sha'], rolledBack: d.outputs['rolled-back'], failed: d.outputs['failed-hosts'] }, { status: 'deployed', deployed: sha.m1, previous: sha.r0, rolledBack: 'false', failed: '' });
  assert.deepEqual(await served(), ['r1', 'r1', 'r1']);
  const onM1 = etcs();
  for (const h of lab.hosts) assert.equal(readFileSync(join(h.etc, 'conf.d/lb.conf'), 'utf8'), readFileSync(join(repo, 'nginx/conf.d/lb.conf'), 'utf8'));
  const dep = api.deployments.find((x) => x.sha === sha.m1)!;
  assert.equal(dep.task, 'deploy:nginx');
  assert.deepEqual(dep.statuses.map((s) => s.state), ['in_progress', 'success']);
  const outcome = api.comments.filter((x) => x.issue === 7).at(-1)!;
  assert.match(outcome.body, /### nginx-gitops deploy `[0-9a-f]{40}`: ✅ \*\*deployed\*\*/);
  assert.match(outcome.body, /\| lb3 \| 127\.0\.0\.13 \| 2 \| deployed \|/);
  assert.match(d.summary, /Waves: 1: lb1; 2: lb2, lb3/);
  noKey(d);

  // merge of #9: the upstream is dead; the canary fails health and is rolled back
  api.pulls.set(9, { headSha: sha.m2, mergeSha: sha.m2 });
  git('checkout', '-q', sha.m2);
  const bad = await run(fleetWith(), env('push', sha.m2), push(sha.m2, sha.m1));
  assert.equal(bad.status, 1);
  assert.deepEqual({ status: bad.outputs.status, deployed: bad.outputs['deployed-sha'], rolledBack: bad.outputs['rolled-back'] }, { status: 'rolled-back', deployed: '', rolledBack: 'true' });
  assert.match(bad.stdout, /::error::nginx-gitops deploy [0-9a-f]{40}: failed and rolled back \(lb1\)/);
  assert.deepEqual(etcs(), onM1, 'every host byte for byte on the release before');
  assert.deepEqual(await served(), ['r1', 'r1', 'r1']);
  assert.deepEqual(api.deployments.find((x) => x.sha === sha.m2)!.statuses.map((s) => s.state), ['in_progress', 'failure']);
  assert.match(api.comments.filter((x) => x.issue === 9).at(-1)!.body, /↩️ \*\*rolled back\*\*.*\n(.*\n)*\| lb1 \| 127\.0\.0\.11 \| 1 \| rolled back \| .*HTTP 502/);

  // the on-call engineer presses the button: back to the release before r1
  git('checkout', '-q', 'main');
  const dispatch = { inputs: { target: 'previous', reason: 'r1 doubles checkout latency', 'dry-run': false, hosts: '' }, ref: 'refs/heads/main', repository, sender: { login: 'oncall', type: 'User' } };
  const withInputs = { ...fleetWith(), target: 'previous', reason: 'r1 doubles checkout latency', 'dry-run': 'false', 'host-filter': '' };
  const dry = await run({ ...withInputs, 'dry-run': 'true' }, env('workflow_dispatch', sha.m2, { GITHUB_ACTOR: 'oncall' }), { ...dispatch, inputs: { ...dispatch.inputs, 'dry-run': true } });
  assert.equal(dry.status, 0, dry.stdout + dry.stderr);
  assert.match(dry.summary, /🔍 \*\*dry run\*\*: nothing was changed/);
  assert.match(dry.summary, /\| lb1 \| 127\.0\.0\.11 \| {2}\| 0 to add, 4 to change, 1 to destroy \|/);
  assert.match(dry.summary, /~ http > upstream app: server 127\.0\.0\.1:\d+ weight=3 \(was 127\.0\.0\.1:\d+ weight=1\) {2}\[conf\.d\/lb\.conf:4\]/);
  assert.deepEqual(etcs(), onM1);
  const r = await run(withInputs, env('workflow_dispatch', sha.m2, { GITHUB_ACTOR: 'oncall' }), dispatch);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /nginx-gitops: mode rollback/);
  assert.deepEqual({ status: r.outputs.status, deployed: r.outputs['deployed-sha'], previous: r.outputs['previous-sha'] }, { status: 'deployed', deployed: sha.r0, previous: sha.m1 });
  assert.deepEqual(await served(), ['r0', 'r0', 'r0']);
  assert.deepEqual(etcs(), onR0, 'byte for byte what the hosts had on r0');
  const rb = api.deployments.at(-1)!;
  assert.deepEqual([rb.task, rb.sha, rb.payload.reason, rb.statuses.map((s) => s.state).join()], ['rollback:nginx', sha.r0, 'r1 doubles checkout latency', 'in_progress,success']);
  assert.match(r.summary, /- Reason: r1 doubles checkout latency/);
  for (const h of lab.hosts) assert.match(readFileSync(join(h.state, 'revisions.log'), 'utf8'), new RegExp(`\t${sha.r0}\trolled-back-to\toncall\thttps://github\\.com/${REPO}/actions/runs/\\d+\tr1 doubles checkout latency\n$`));
  noKey(r);
  const st = await run({ ...fleetWith(), mode: 'status' }, env('workflow_dispatch', sha.m2), {});
  assert.equal(st.status, 0, st.stdout);
  assert.deepEqual({ status: st.outputs.status, drifted: st.outputs['drifted-hosts'] }, { status: 'clean', drifted: '' });
  assert.match(st.summary, /\| lb2 \| `[0-9a-f]{40}` \(rollback\) \| `[0-9a-f]{12}` \|/);
  assert.deepEqual(api.invalid, []);
});
