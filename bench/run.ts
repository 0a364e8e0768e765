/**
 * `npm run bench`: speed measured side by side with the reference in the same run, as ratios.
 *
 * For a generated tree of 2,000 and of 10,000 servers (about 90k and 440k lines): `nginx -t` on
 * the tree, then our parse and check (parse + lint; bundled dist/lib.js in a fresh process each
 * run) in RUNS alternating pairs, medians, lint's cost as a share of the parse (median of the pairs'
 * shares), and the peak RSS. Results go to .bench/results.json; the previous results file, when
 * there is one, is shown beside them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDeploy } from './deploy.js';
import { generateTree } from './gen.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '2000,10000').split(',').filter(Boolean).map(Number);
const ROOT = join(import.meta.dirname, '..');
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function nginxBin(): string | undefined {
  for (const p of [process.env.NGINX_BIN, '/usr/sbin/nginx']) if (p && existsSync(p)) return p;
  return undefined;
}

function timeNginx(dir: string): { ms: number; ok: boolean; out: string } {
  const bin = nginxBin()!;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(bin, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf'), '-g', `pid ${join(dir, 'nginx.pid')};`], { encoding: 'utf8' });
  return { ms: performance.now() - t0, ok: r.status === 0, out: r.stderr };
}

function timeOurs(op: 'parse' | 'check' | 'plan', dir: string, headDir?: string): { ms: number; rssMB: number; files: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/measure.ts'), op, dir, ...(headDir ? [headDir] : [])], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`measure ${op} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const previous = existsSync(join(ROOT, '.bench/results.json')) ? JSON.parse(readFileSync(join(ROOT, '.bench/results.json'), 'utf8')) : undefined;
const results: Record<string, unknown>[] = [];
const nginx = nginxBin();
if (!nginx) console.log('nginx not installed: the nginx -t column is empty (bash scripts/test.sh installs it)');

for (const servers of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `ngg-bench-${servers}-`));
  try {
    const lines = generateTree(dir, servers);
    const ng = nginx ? Array.from({ length: RUNS }, () => timeNginx(dir)) : [];
    if (ng.length && !ng[0].ok) throw new Error(`nginx -t rejected the generated tree: ${ng[0].out}`);
    // parse and check alternate, each check paired with the parse before it: this machine's speed
    // drifts within a run, and a block of parses then a block of checks would carry the drift into the ratio
    const parse: ReturnType<typeof timeOurs>[] = [];
    const check: ReturnType<typeof timeOurs>[] = [];
    for (let i = 0; i < RUNS; i++) {
      parse.push(timeOurs('parse', dir));
      check.push(timeOurs('check', dir));
    }
    // The plan against a copy with 20 changes (weights of 20 upstream servers): target at most 2x one parse.
    const head = `${dir}-head`;
    cpSync(dir, head, { recursive: true });
    const u = join(head, 'upstreams/u0000.conf');
    let n = 0;
    writeFileSync(u, readFileSync(u, 'utf8').replace(/weight=3 max_fails/g, (m) => (n++ < 20 ? 'weight=4 max_fails' : m)));
    const planRuns = Array.from({ length: RUNS }, () => timeOurs('plan', dir, head));
    rmSync(head, { recursive: true, force: true });
    if (planRuns[0].files !== 20) throw new Error(`the plan found ${planRuns[0].files} changes, expected 20`);
    const row = {
      servers,
      lines,
      nginxT_ms: ng.length ? median(ng.map((x) => x.ms)) : null,
      parse_ms: median(parse.map((x) => x.ms)),
      check_ms: median(check.map((x) => x.ms)),
      plan_ms: median(planRuns.map((x) => x.ms)),
      peakRssMB: Math.max(...check.map((x) => x.rssMB), ...parse.map((x) => x.rssMB)),
    };
    results.push(row);
    const ratio = (a: number) => (row.nginxT_ms ? (a / row.nginxT_ms).toFixed(2) : 'n/a');
    // check = parse + lint; lint's share, against the parse alone (target: at most 0.5): the median of
    // the pairs' shares, and the share of the medians beside it
    const lintShare = median(check.map((c, i) => (c.ms - parse[i].ms) / parse[i].ms));
    const ofMedians = (row.check_ms - row.parse_ms) / row.parse_ms;
    Object.assign(row, { lintOverParse: Number(lintShare.toFixed(2)), lintOverParseOfMedians: Number(ofMedians.toFixed(2)) });
    const prev = previous?.results?.find((r: { servers: number }) => r.servers === servers);
    console.log(
      `${servers} servers (${lines} lines): nginx -t ${row.nginxT_ms?.toFixed(0) ?? 'n/a'} ms | parse ${row.parse_ms.toFixed(0)} ms (${ratio(row.parse_ms)}x nginx -t) | check ${row.check_ms.toFixed(0)} ms (${ratio(row.check_ms)}x nginx -t; lint adds ${(lintShare * 100).toFixed(0)}% of parse, median of ${RUNS} pairs; ${(ofMedians * 100).toFixed(0)}% of the median parse) | peak RSS ${row.peakRssMB.toFixed(0)} MB` +
        ` | plan (20 changes) ${row.plan_ms.toFixed(0)} ms (${(row.plan_ms / row.parse_ms).toFixed(2)}x parse)` +
        (prev ? ` | previous run: check ${prev.check_ms.toFixed(0)} ms (${(row.check_ms / prev.check_ms).toFixed(2)}x)` : ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const hostsN = Number(process.env.BENCH_DEPLOY_HOSTS ?? 20);
const d = hostsN > 0 ? await benchDeploy(hostsN) : undefined;
if (d) {
  const p = previous?.deploy;
  const vs = (k: keyof typeof d) => (p?.[k] ? ` (${(d[k] / p[k]).toFixed(2)}x previous run)` : '');
  console.log(
    `deploy to ${d.hosts} hosts (waves 1,25%,100%): clean ${d.deployMs.toFixed(0)} ms, overhead without probe waits ${d.deployOverheadMs.toFixed(0)} ms${vs('deployOverheadMs')} (target < 2000; the same with upload: sftp ${d.sftpDeployOverheadMs.toFixed(0)} ms, rsync/sftp ${(d.deployOverheadMs / d.sftpDeployOverheadMs).toFixed(2)}x)` +
      ` | failed in the last wave and rolled back: ${d.rollbackRunMs.toFixed(0)} ms, overhead ${d.rollbackOverheadMs.toFixed(0)} ms${vs('rollbackOverheadMs')}; every changed host rolled back ${d.rollbackAfterDetectMs.toFixed(0)} ms after the failure was detected, probes included${vs('rollbackAfterDetectMs')} (target < 1000 + probe time)`,
  );
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results, deploy: d }, null, 2));
