/**
 * The rollout: a small explicit state machine (pending -> preflight -> progressing (wave n) ->
 * verifying -> done, or -> rolling back -> done) over the fleet, each transition logged; per host
 * a list of phases with their outcome and duration. Follows the shape of Argo Rollouts' analysis
 * runs.
 *
 * Invariants: no host is changed before every host has passed its preflight `nginx -t`; a failure
 * beyond `max-failures` rolls back every host changed in this run (earlier waves too) byte for
 * byte; no host is reloaded with a config that failed `nginx -t` on it; the lock is held on every
 * host from before the upload until after the record.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { activate, preflight, restore } from './activate.js';
import type { HealthCheck, Host } from './inputs.js';
import { acquireLock, releaseLock, touchLock, unlockCommand } from './lock.js';
import { probe, type ProbeOptions } from './probe.js';
import { InputError } from '../errors.js';
import type { HostPlan } from './status.js';
import { nginxPaths, readRelease, removedFiles, sameFiles, shippedMainConf, tarRelease, type Manifest } from './release.js';
import { blocking, drift, driftList, hostInfo, hostInfoCommand, logRevision, parseHostInfo, recordRelease, revisionsLine, runDirs, type HostInfo } from './releases.js';
import type { InspectedHost, ReleaseSource } from './rollback.js';
import { connect, SshError, type Remote, type SshOptions } from './ssh.js';
import { fetchTrees, mainConfig, overlay, planTrees } from './trees.js';
import { localRsync, rsyncUpload, stageKept, upload } from './upload.js';
import { reloadAndVerify } from './verify.js';

export type HostStatus = 'deployed' | 'rolled-back' | 'unchanged' | 'failed';
export type RunStatus = 'deployed' | 'rolled-back' | 'failed' | 'unchanged';
export type RolloutState = 'pending' | 'preflight' | 'progressing' | 'verifying' | 'rolling-back' | 'done';

export interface Phase {
  phase: 'connect' | 'lock' | 'inspect' | 'plan' | 'stage' | 'upload' | 'preflight' | 'activate' | 'reload' | 'health' | 'restore' | 'record';
  status: 'ok' | 'failed' | 'skipped';
  /** Wall time of the phase in ms. */
  ms: number;
  detail?: string;
}

export interface HostReport {
  name: string;
  address: string;
  status: HostStatus;
  error?: string;
  /** Release live before this run (from the host's manifest). */
  previousRelease?: string;
  wave?: number;
  hostKey?: string;
  /** Dry run: the semantic plan from what is live to the release. */
  plan?: HostPlan;
  phases: Phase[];
}

export interface DeployReport {
  kind: 'deploy' | 'rollback';
  status: RunStatus;
  release: string;
  /** The release's commit. */
  sha: string;
  /** Rollback: the target as asked, how it was resolved, and why. */
  target?: string;
  resolved?: string;
  reason?: string;
  dryRun?: boolean;
  /** Why the run stopped before changing anything, when that was not one host's failure. */
  error?: string;
  /** The release most hosts ran before, and its commit (the `previous-sha` output). */
  previous?: string;
  previousSha?: string;
  hosts: HostReport[];
  /** Host names per wave. */
  waves: string[][];
  /** Rollout state transitions, in order, with the time since the start (ms). */
  transitions: { state: RolloutState; atMs: number; note?: string }[];
  /** Total wall time and the part spent waiting between health-check attempts (ms). */
  timing: { totalMs: number; probeWaitMs: number };
}

export interface DeployOptions {
  hosts: Host[];
  ssh: SshOptions;
  /** Local directory whose files are the release. */
  configDir: string;
  remoteDir: string;
  stateDir: string;
  nginxBin: string;
  reloadCommand: string;
  /** Host indices per wave (parseWaves). */
  waves: number[][];
  maxFailures: number;
  healthChecks: HealthCheck[];
  probe: ProbeOptions;
  lockTimeoutMs: number;
  lockStaleSeconds: number;
  keepReleases: number;
  reloadTimeoutMs: number;
  release: string;
  sha: string;
  actor: string;
  runUrl: string;
  /** Refuse hosts whose live files differ from their release manifest unless true. */
  allowDrift: boolean;
  /** How releases travel: `auto` (default) rsync where both ends have it, else a tar archive over SFTP. */
  upload?: 'auto' | 'rsync' | 'sftp';
  /** Hosts worked on at once. */
  parallel: number;
  /** `rollback` runs record outcome and reason as such. */
  kind?: 'deploy' | 'rollback';
  reason?: string;
  /** Rollback: the target as given (`previous`, a release id, a sha), for the report and the lock. */
  target?: string;
  /**
   * Rollback: picks the release once every host is connected, locked and inspected (instead of
   * reading `configDir`). @throws InputError to stop with nothing changed
   */
  resolveRelease?: (hosts: InspectedHost[]) => Promise<ReleaseSource> | ReleaseSource;
  /** Called with the release before any host is changed, dry runs included (the action checks GitHub's records and opens a Deployment). @throws InputError to stop */
  onResolved?: (rel: ReleaseSource, hosts: InspectedHost[]) => Promise<void>;
  /** Plan per host from what is live to the release, change nothing (no lock, no staging). */
  dryRun?: boolean;
  log?: (host: string | undefined, message: string) => void;
  /** Test hook, awaited before each phase of each host. */
  beforePhase?: (host: string, phase: Phase['phase']) => Promise<void> | void;
}

interface HostRun {
  host: Host;
  report: HostReport;
  remote?: Remote;
  info?: HostInfo;
  removed: string[];
  /** Already holds exactly this release: nothing to do but record. */
  same: boolean;
  /** A snapshot exists: the host counts as changed by this run. */
  changed: boolean;
  /** The host keeps the release with the same files: staged from there, not uploaded. */
  kept: boolean;
  paths?: { pid: string; errorLog?: string };
}

/**
 * Deploys the release in `configDir` to every host. Never throws for expected failures (they are
 * in the report); the returned status says what the fleet runs now.
 * @throws InputError for a bad config-dir (before anything connects)
 */
export async function rollout(o: DeployOptions): Promise<DeployReport> {
  const t0 = Date.now();
  const log = o.log ?? (() => {});
  const transitions: DeployReport['transitions'] = [];
  const to = (state: RolloutState, note?: string) => {
    transitions.push({ state, atMs: Date.now() - t0, note });
    log(undefined, `rollout: ${state}${note ? ` (${note})` : ''}`);
  };
  to('pending');
  let rel: ReleaseSource | undefined;
  if (!o.resolveRelease) {
    const r = readRelease(o.configDir);
    rel = { release: o.release, sha: o.sha, files: r.files, dir: r.dir };
  }
  const work = mkdtempSync(join(tmpdir(), 'nginx-gitops-release-'));
  const tarPath = join(work, 'release.tar');
  const runId = `${Date.now()}-${randomBytes(6).toString('hex')}`;
  const what = o.kind === 'rollback' ? `rollback to ${o.target ?? 'previous'}` : o.release;
  const lockInfo = `owner=${o.actor} run=${o.runUrl || '-'} release=${what} id=${runId} time=${new Date().toISOString()}`.replace(/[\r\n]/g, ' ');
  const limit = pLimit(Math.max(1, o.parallel));
  let probeWaitMs = 0;
  const runs: HostRun[] = o.hosts.map((host) => ({ host, report: { name: host.name, address: host.address, status: 'unchanged', phases: [] }, removed: [], same: false, changed: false, kept: false }));
  let runError: string | undefined;
  const locked = new Set<HostRun>();

  const phase = async (h: HostRun, name: Phase['phase'], f: () => Promise<{ ok: boolean; detail?: string }>): Promise<boolean> => {
    await o.beforePhase?.(h.host.name, name);
    const s = Date.now();
    let r: { ok: boolean; detail?: string };
    try {
      r = await f();
    } catch (e) {
      if (!(e instanceof SshError)) throw e;
      r = { ok: false, detail: e.message };
    }
    h.report.phases.push({ phase: name, status: r.ok ? 'ok' : 'failed', ms: Date.now() - s, ...(r.detail ? { detail: r.detail } : {}) });
    log(h.host.name, `${name}: ${r.ok ? 'ok' : 'FAILED'}${r.detail ? ` - ${r.detail}` : ''}`);
    if (!r.ok && !h.report.error) h.report.error = `${name}: ${r.detail ?? 'failed'}`;
    return r.ok;
  };
  const all = <T>(hs: HostRun[], f: (h: HostRun) => Promise<T>) => Promise.all(hs.map((h) => limit(() => f(h))));
  // nginx names remote files; those the release ships are named as in config-dir (host-local ones stay)
  const remotePrefix = `${o.remoteDir.replace(/\/$/, '')}/`;
  const mapNginxPaths = (text: string) =>
    rel?.dir === o.configDir ? text.replace(/(\/[^\s"':]+)/g, (p) => (p.startsWith(remotePrefix) && p.slice(remotePrefix.length) in rel!.files ? join(o.configDir, p.slice(remotePrefix.length)) : p)) : text;

  const reload = (h: HostRun) => reloadAndVerify(h.remote!, { pidFile: h.paths!.pid, errorLog: h.paths!.errorLog, reloadCommand: o.reloadCommand, nginxBin: o.nginxBin, timeoutMs: o.reloadTimeoutMs });
  /** The health phase of host `h` (passes when there are no checks). */
  const health = async (h: HostRun): Promise<boolean> => {
    if (!o.healthChecks.length) return true;
    return phase(h, 'health', async () => {
      const res = await probe(h.host.address, o.healthChecks, o.probe);
      probeWaitMs += res.waitedMs;
      return { ok: res.ok, detail: res.detail.join('; ') };
    });
  };

  const finish = async (status: RunStatus, note?: string): Promise<DeployReport> => {
    await all([...locked], async (h) => {
      try {
        await releaseLock(h.remote!, o.stateDir, lockInfo, rel ? runDirs(rel.release, runId) : []);
      } catch {
        /* the connection is gone; the lock will be stale */
      }
    });
    for (const h of runs) h.remote?.close();
    rmSync(work, { recursive: true, force: true });
    to('done', note ? `${status}: ${note}` : status);
    const prev = runs.map((h) => h.report.previousRelease).filter(Boolean) as string[];
    const counts = new Map<string, number>();
    for (const p of prev) counts.set(p, (counts.get(p) ?? 0) + 1);
    const previous = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const previousSha = runs.find((h) => h.info?.manifest?.release === previous)?.info?.manifest?.sha;
    return {
      kind: o.kind ?? 'deploy',
      status,
      release: rel?.release ?? '',
      sha: rel?.sha ?? '',
      ...(o.kind === 'rollback' ? { target: o.target ?? 'previous', resolved: rel?.note, reason: o.reason } : {}),
      ...(o.dryRun ? { dryRun: true } : {}),
      ...(runError ? { error: runError } : {}),
      previous,
      previousSha,
      hosts: runs.map((h) => h.report),
      waves: o.waves.map((w) => w.map((i) => o.hosts[i].name)),
      transitions,
      timing: { totalMs: Date.now() - t0, probeWaitMs },
    };
  };
  const abort = async (why: string): Promise<DeployReport> => {
    for (const h of runs) if (h.report.status !== 'failed') h.report.status = 'unchanged';
    return finish('failed', why);
  };

  // --- connect, lock, inspect: every host before any change
  to('preflight', `${o.hosts.length} hosts`);
  let lockedAt = Date.now();
  // the lock and the host's state are read in one round trip (a dry run takes no lock)
  const inspectCmd = hostInfoCommand(o.stateDir, o.nginxBin, o.remoteDir);
  await all(runs, async (h) => {
    const connected = await phase(h, 'connect', async () => {
      const r = await connect(h.host, o.ssh);
      h.remote = r;
      h.report.hostKey = r.hostKey.fingerprint;
      return { ok: true, detail: r.hostKey.acceptedNew ? `host key ${r.hostKey.fingerprint} accepted as new (host-key-policy accept-new)` : undefined };
    });
    if (!connected) return (h.report.status = 'failed');
    let state: string | undefined;
    const lockedHere = o.dryRun || await phase(h, 'lock', async () => {
      const res = await acquireLock(h.remote!, o.stateDir, lockInfo, o.lockTimeoutMs, o.lockStaleSeconds, inspectCmd);
      state = res.output;
      if (res.ok) locked.add(h);
      return res.ok ? { ok: true, detail: res.staleTakenOver ? `took over a stale lock (${res.holder})` : undefined } : { ok: false, detail: `locked by another deploy: ${res.holder}` };
    });
    if (!lockedHere) return (h.report.status = 'failed');
    const inspected = await phase(h, 'inspect', async () => {
      const info = state === undefined ? await hostInfo(h.remote!, o.stateDir, o.nginxBin, o.remoteDir) : parseHostInfo(state);
      h.info = info;
      h.report.previousRelease = info.manifest?.release;
      if (info.nginxV.includes('nginx-missing') || !/nginx version:/.test(info.nginxV)) return { ok: false, detail: `${o.nginxBin} -V failed: ${info.nginxV.replace(/nginx-missing/, '').trim()}` };
      if (info.missingTools.length) return { ok: false, detail: `missing on the host: ${info.missingTools.join(', ')}` };
      if (info.remoteDirMissing) return { ok: false, detail: `remote-dir ${o.remoteDir} does not exist` };
      const d = drift(info);
      if (blocking(d) && !o.allowDrift && !o.dryRun) {
        return { ok: false, detail: `drift: live files differ from release ${info.manifest?.release}: ${driftList(d)}; set allow-drift: true to overwrite` };
      }
      return { ok: true, detail: info.current ? `live release ${info.current}` : 'no release recorded' };
    });
    if (!inspected) h.report.status = 'failed';
  });
  if (runs.some((h) => h.report.status === 'failed')) return abort('a host failed before any change');
  const inspected: InspectedHost[] = runs.map((h) => ({ name: h.host.name, info: h.info! }));
  try {
    if (!rel) {
      rel = await o.resolveRelease!(inspected);
      log(undefined, `release ${rel.release}: ${rel.note ?? ''}`);
    }
    await o.onResolved?.(rel, inspected);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    runError = e.message;
    log(undefined, e.message);
    return abort(e.message);
  }
  const release = rel;
  const fileCount = Object.keys(release.files).length;
  await all(runs, async (h) => {
    const info = h.info!;
    h.removed = removedFiles(info.manifest?.files, release.files);
    h.same = h.removed.length === 0 && Object.entries(release.files).every(([f, hash]) => info.live[f] === hash);
    h.kept = info.kept.some((m) => m.release === release.release && sameFiles(m.files, release.files));
    const shipped = shippedMainConf(release.files, o.remoteDir, info.nginxV);
    let mainConf = info.mainConf;
    if (shipped && release.dir) mainConf = readFileSync(join(release.dir, shipped), 'utf8');
    else if (shipped) mainConf = (await h.remote!.sh('cat "$1"', [`${o.stateDir}/releases/${release.release}/files/${shipped}`])).stdout;
    h.paths = nginxPaths(info.nginxV, mainConf);
    log(h.host.name, `${h.same ? 'already holds this release; ' : ''}pid ${h.paths.pid}, error log ${h.paths.errorLog ?? '(not a file)'}`);
  });

  if (o.dryRun) {
    await all(runs, async (h) => {
      await phase(h, 'plan', async () => {
        const trees = await fetchTrees(h.remote!, o.remoteDir, o.stateDir, h.kept ? release.release : undefined);
        try {
          const from = h.kept ? trees.release : release.dir;
          if (!from) return { ok: false, detail: `no copy of release ${release.release} to plan from` };
          const head = overlay(trees.live, join(trees.dir, 'head'), from, Object.keys(release.files), h.removed);
          const { plan: p, error } = planTrees(trees.live, head, mainConfig(h.info!.nginxV, o.remoteDir), o.remoteDir);
          if (!p) return { ok: false, detail: `no plan: ${error}` };
          h.report.plan = p;
          return { ok: true, detail: h.same ? 'already holds this release' : `${p.summary.add} to add, ${p.summary.change} to change, ${p.summary.destroy} to destroy${h.removed.length ? `; files removed: ${h.removed.join(', ')}` : ''}` };
        } finally {
          rmSync(trees.dir, { recursive: true, force: true });
        }
      });
    });
    return finish(runs.some((h) => h.report.phases.some((p) => p.status === 'failed')) ? 'failed' : 'unchanged', 'dry run: nothing was changed');
  }

  // --- upload and preflight nginx -t of the staged release on every host that needs it
  // (a host that already holds the release gets it staged too: its record is made from the staged files)
  const method = o.upload ?? 'auto';
  const rsyncHere = method !== 'sftp' && runs.some((h) => !h.kept) && localRsync();
  const byRsync = (h: HostRun) => rsyncHere && h.info!.rsync;
  if (runs.some((h) => !h.kept)) {
    if (!release.dir) throw new Error('a host lacks the release and there is no local copy');
    if (runs.some((h) => !h.kept && !byRsync(h))) tarRelease({ dir: release.dir, files: release.files }, tarPath);
  }
  await all(runs, async (h) => {
    const uploaded = h.kept
      ? await phase(h, 'stage', async () => {
          const err = await stageKept(h.remote!, o.stateDir, release.release, release.files);
          return err ? { ok: false, detail: err } : { ok: true, detail: `${fileCount} files from the kept release, checksums verified` };
        })
      : await phase(h, 'upload', async () => {
          if (method === 'rsync' && !byRsync(h)) {
            return { ok: false, detail: `upload: rsync was asked for, but ${rsyncHere ? 'the host' : 'this machine'} has no rsync` };
          }
          if (byRsync(h)) {
            const current = h.info!.current; // the seed script uses its kept files when they are there
            const r = await rsyncUpload(h.remote!, { stateDir: o.stateDir, release: release.release, dir: release.dir!, current, files: release.files, limitMs: o.ssh.commandTimeoutMs ?? 300_000 });
            if ('error' in r) return { ok: false, detail: r.error };
            const { sent, bytes, seeded } = r.stats;
            return { ok: true, detail: `rsync: ${sent} of ${fileCount} files sent (${bytes} bytes${seeded ? `, the rest from release ${current}` : ''}), checksums verified` };
          }
          const err = await upload(h.remote!, o.stateDir, release.release, tarPath, release.files);
          return err ? { ok: false, detail: err } : { ok: true, detail: `sftp: ${fileCount} files in one archive, checksums verified` };
        });
    if (!uploaded) return (h.report.status = 'failed');
    if (h.same) return;
    const tested = await phase(h, 'preflight', async () => {
      const t = await preflight(h.remote!, o.stateDir, release.release, o.remoteDir, o.nginxBin, h.removed);
      return { ok: t.ok, detail: t.ok ? undefined : `nginx -t of the staged release failed: ${mapNginxPaths(t.output)}` };
    });
    if (!tested) h.report.status = 'failed';
  });
  if (runs.some((h) => h.report.status === 'failed')) return abort('upload or preflight failed: no host was changed');
  if (runs.every((h) => h.same)) {
    await recordAll(runs);
    return finish('unchanged');
  }

  // --- waves
  const rollback = async (hs: HostRun[]) => {
    await all(hs, async (h) => {
      h.report.error ??= 'rolled back: another host failed';
      const ok = await rollbackHost(h);
      h.report.status = ok ? 'rolled-back' : 'failed';
      if (ok) h.report.error = `${h.report.error}; rolled back and healthy`;
      await logRevision(h.remote!, o.stateDir, revisionsLine({ time: new Date().toISOString(), release: release.release, outcome: o.kind === 'rollback' ? (ok ? 'rollback-reverted' : 'rollback-revert-failed') : ok ? 'rolled-back' : 'rollback-failed', actor: o.actor, runUrl: o.runUrl, reason: o.reason })).catch(() => {});
    });
  };
  const rollbackHost = async (h: HostRun): Promise<boolean> => {
    const restored = await phase(h, 'restore', async () => {
      const once = async () => {
        const err = await restore(h.remote!, o.stateDir, o.remoteDir, runId);
        if (err) return { ok: false, detail: err };
        const v = await reload(h);
        return { ok: v.ok, detail: v.detail };
      };
      try {
        return await once();
      } catch (e) {
        if (!(e instanceof SshError)) throw e;
        // the connection dropped: one fresh connection to put the host back
        h.remote?.close();
        h.remote = await connect(h.host, o.ssh);
        return await once();
      }
    });
    if (!restored) {
      h.report.error = `${h.report.error}; rollback failed: ${h.report.phases.at(-1)?.detail}`;
      return false;
    }
    const healthy = await health(h);
    if (!healthy) h.report.error = `${h.report.error}; rollback failed: unhealthy after restore`;
    return healthy;
  };

  let failures = 0;
  for (let w = 0; w < o.waves.length; w++) {
    const wave = o.waves[w].map((i) => runs[i]);
    to('progressing', `wave ${w + 1} of ${o.waves.length}: ${wave.map((h) => h.host.name).join(', ')}`);
    // a long run keeps its locks far from stale: refreshed once a quarter of the stale age has passed
    if (Date.now() - lockedAt > (o.lockStaleSeconds * 1000) / 4) {
      lockedAt = Date.now();
      await all([...locked], async (h) => touchLock(h.remote!, o.stateDir, lockInfo).catch(() => {}));
    }
    const failed: HostRun[] = [];
    await all(wave, async (h) => {
      h.report.wave = w + 1;
      if (h.same) return;
      const activated = await phase(h, 'activate', async () => {
        const res = await activate(h.remote!, o.stateDir, release.release, o.remoteDir, runId, h.removed);
        h.changed = res.snapshot;
        return { ok: res.ok, detail: res.error };
      });
      if (!activated) return failed.push(h);
      const reloaded = await phase(h, 'reload', async () => {
        const res = await reload(h);
        return { ok: res.ok, detail: res.ok ? 'new workers up, old workers gone or shutting down, no [emerg]/[alert]/[crit]' : mapNginxPaths(res.detail ?? '') };
      });
      if (!reloaded) return failed.push(h);
      if (o.healthChecks.length) to('verifying', h.host.name);
      if (!(await health(h))) failed.push(h);
    });
    if (!failed.length) continue;
    failures += failed.length;
    if (failures > o.maxFailures) {
      to('rolling-back', `${failures} host${failures === 1 ? '' : 's'} failed (max-failures ${o.maxFailures}): rolling back every changed host`);
      await rollback(runs.filter((h) => h.changed));
      for (const h of runs) if (!h.changed && h.report.status !== 'failed') h.report.status = 'unchanged';
      return finish(runs.some((h) => h.report.status === 'failed') ? 'failed' : 'rolled-back');
    }
    to('rolling-back', `${failed.map((h) => h.host.name).join(', ')} within max-failures ${o.maxFailures}`);
    await rollback(failed.filter((h) => h.changed));
    for (const h of failed) if (!h.changed) h.report.status = 'failed';
  }

  await recordAll(runs.filter((h) => h.report.status !== 'rolled-back' && h.report.status !== 'failed'));
  const deployed = runs.filter((h) => h.report.status === 'deployed').length;
  return finish(runs.some((h) => h.report.status === 'failed' || h.report.status === 'rolled-back') ? 'failed' : deployed ? 'deployed' : 'unchanged');

  async function recordAll(hs: HostRun[]): Promise<void> {
    const time = new Date().toISOString();
    await all(hs, async (h) => {
      const info = h.info!;
      // what this release replaced: kept as is when the host already ran it, carried over from the
      // target's own record on a rollback, else the release live until now
      const prev = info.current === release.release ? info.manifest : o.kind === 'rollback' ? release.manifest : { previous: info.current, previousSha: info.manifest?.sha };
      const local = Object.fromEntries(Object.entries(info.live).filter(([f]) => !(f in release.files) && !h.removed.includes(f)));
      const manifest: Manifest = {
        release: release.release,
        sha: release.sha,
        time,
        actor: o.actor,
        runUrl: o.runUrl,
        kind: o.kind ?? 'deploy',
        ...(o.reason ? { reason: o.reason } : {}),
        ...(prev?.previous ? { previous: prev.previous, previousSha: prev.previousSha } : {}),
        files: release.files,
        local,
      };
      const recorded = await phase(h, 'record', async () => {
        const from = `${o.stateDir}/staging/${release.release}`;
        const line = revisionsLine({ time, release: release.release, outcome: h.same ? 'unchanged' : o.kind === 'rollback' ? 'rolled-back-to' : 'deployed', actor: o.actor, runUrl: o.runUrl, reason: o.reason });
        // the lock released (and this run's directories removed) in the same round trip
        const err = await recordRelease(h.remote!, o.stateDir, manifest, from, o.keepReleases, line, unlockCommand(o.stateDir, lockInfo, runDirs(release.release, runId)));
        if (!err) locked.delete(h);
        return err ? { ok: false, detail: err } : { ok: true };
      });
      h.report.status = h.same ? 'unchanged' : 'deployed';
      if (!recorded) h.report.error = `deployed, but ${h.report.error}`;
    });
  }
}
