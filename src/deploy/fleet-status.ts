/**
 * `nginx-gitops status` and `mode: status`: per host the live release (sha, time, actor), the
 * releases it keeps, and drift - live files that differ from the release's manifest, as a semantic
 * plan from the release to what is live, with files added or removed by hand listed. Read only: no
 * lock, nothing written.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { drift, hasDrift, hostInfo } from './releases.js';
import { connect, SshError } from './ssh.js';
import type { FleetOptions, HostState, StatusReport } from './status.js';
import { fetchTrees, mainConfig, overlay, planTrees } from './trees.js';

/**
 * Reads every host's release state and drift. Never throws for a host's failure (it is in the report).
 */
export async function fleetStatus(o: FleetOptions): Promise<StatusReport> {
  const limit = pLimit(Math.max(1, o.parallel));
  const hosts = await Promise.all(
    o.hosts.map((host) =>
      limit(async (): Promise<HostState> => {
        const out: HostState = { name: host.name, address: host.address, kept: [], drift: { changed: [], missing: [], added: [], localChanged: [] } };
        let remote;
        try {
          remote = await connect(host, o.ssh);
          const info = await hostInfo(remote, o.stateDir, o.nginxBin, o.remoteDir);
          const m = info.manifest;
          if (m) out.live = { release: m.release, sha: m.sha, time: m.time, actor: m.actor, runUrl: m.runUrl, kind: m.kind ?? 'deploy', ...(m.reason ? { reason: m.reason } : {}) };
          else if (info.current) out.error = `release ${info.current} is current but its manifest is missing or unreadable`;
          out.kept = info.kept.map((k) => ({ release: k.release, sha: k.sha, time: k.time, actor: k.actor }));
          if (info.remoteDirMissing) out.error = `remote-dir ${o.remoteDir} does not exist`;
          out.drift = drift(info);
          const d = out.drift;
          if (m && hasDrift(d)) {
            const trees = await fetchTrees(remote, o.remoteDir, o.stateDir, m.release);
            try {
              // the release as recorded: live files, with the managed ones as shipped and the added ones gone
              const base = trees.release ? overlay(trees.live, join(trees.dir, 'base'), trees.release, Object.keys(m.files), d.added) : undefined;
              if (base) ({ plan: out.plan, error: out.planError } = planTrees(base, trees.live, mainConfig(info.nginxV, o.remoteDir), o.remoteDir));
            } finally {
              rmSync(trees.dir, { recursive: true, force: true });
            }
          }
        } catch (e) {
          if (!(e instanceof SshError)) throw e;
          out.error = e.message;
        } finally {
          remote?.close();
        }
        return out;
      }),
    ),
  );
  const drifted = hosts.some((h) => hasDrift(h.drift));
  return { status: hosts.some((h) => h.error) ? 'failed' : drifted ? 'drift' : 'clean', hosts };
}

