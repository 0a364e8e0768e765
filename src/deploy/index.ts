/**
 * `nginx-gitops deploy|rollback|status` and the modes of the same names: the inputs they take
 * (same names in the action and the CLI), read into options, and the reports' text and JSON forms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { checkReleaseId, filterHosts, parseBoolean, parseCount, parseDuration, parseHealthChecks, parseHosts, parseWaves, type Host } from './inputs.js';
import { parseKnownHosts } from './known-hosts.js';
import { rollbackRelease } from './rollback.js';
import { rollout, type DeployOptions, type DeployReport } from './rollout.js';
import { runUrl } from './run-url.js';
import { changeLine, STATUS_TEXT, type FleetOptions } from './status.js';

export type { DeployReport, HostReport, Phase } from './rollout.js';
export type { ReleaseSource, InspectedHost } from './rollback.js';
export { runUrl } from './run-url.js';
export { fleetStatus } from './fleet-status.js';
export { statusText, type StatusReport } from './status.js';
export { hasDrift } from './releases.js';

/** Every deploy input with its default ('' = none). Secrets are marked: never logged, also read from `<name>-file`. */
export const DEPLOY_INPUTS: Record<string, { default: string; secret?: boolean; description: string }> = {
  hosts: { default: '', description: 'Load balancers, one per line: [user@]host[:port] [name] [via=[user@]bastion[:port]] (via: that host\'s own jump host).' },
  'ssh-user': { default: 'root', description: 'User for hosts that name none.' },
  'ssh-private-key': { default: '', secret: true, description: 'Private key (OpenSSH format).' },
  'ssh-passphrase': { default: '', secret: true, description: 'Passphrase of the private key.' },
  'known-hosts': { default: '', secret: true, description: 'known_hosts lines pinning every host key (required).' },
  'host-key-policy': { default: 'strict', description: 'strict: unknown or changed keys fail; accept-new: unknown hosts are accepted (changed keys still fail).' },
  bastion: { default: '', description: 'Jump host for every host without its own via=, [user@]host[:port], pinned in known-hosts like the others.' },
  upload: { default: 'auto', description: 'auto: rsync where the runner and the host both have it (only what differs is sent), else a tar archive over SFTP; rsync or sftp to insist on one.' },
  'config-dir': { default: 'nginx', description: 'Local directory whose files are the release.' },
  'remote-dir': { default: '/etc/nginx', description: 'Directory on the hosts the release goes to.' },
  'state-dir': { default: '/var/lib/nginx-gitops', description: 'Directory on the hosts for the lock, staging, snapshots and kept releases.' },
  sudo: { default: 'false', description: 'Run remote commands with sudo -n (a non-root deploy user).' },
  'nginx-bin': { default: 'nginx', description: 'nginx on the hosts.' },
  'reload-command': { default: 'nginx -s reload', description: 'How to reload (e.g. systemctl reload nginx).' },
  'reload-timeout': { default: '10s', description: 'How long a reload may take to show new workers.' },
  waves: { default: '1,25%,100%', description: 'Cumulative wave sizes: counts or percentages.' },
  'max-failures': { default: '0', description: 'Hosts that may fail (each rolled back) before the whole fleet is rolled back.' },
  'health-checks': { default: '', description: 'One per line: METHOD URL STATUS [body~"text"] [header:Name=value]; {host} is each host.' },
  'health-check-interval': { default: '1s', description: 'Pause between attempts.' },
  'health-check-timeout': { default: '2s', description: 'Time limit of one attempt.' },
  'health-check-attempts': { default: '10', description: 'Attempts before a check fails.' },
  'health-check-successes': { default: '2', description: 'Consecutive good answers a check needs.' },
  'health-check-tls-verify': { default: 'true', description: 'Verify certificates of https checks.' },
  'lock-timeout': { default: '60s', description: 'How long to wait for a lock another deploy holds.' },
  'lock-stale': { default: '1h', description: 'Age after which a lock is stale and taken over.' },
  'keep-releases': { default: '5', description: 'Releases kept on each host for rollback.' },
  'release-id': { default: '', description: 'Release name (default: the commit sha).' },
  'allow-drift': { default: 'false', description: 'Overwrite hosts whose live files differ from their release.' },
  parallel: { default: '10', description: 'Hosts worked on at once.' },
  'ssh-timeout': { default: '10s', description: 'SSH connection timeout.' },
};

/** The rollback's own inputs (it takes every deploy input too). */
export const ROLLBACK_INPUTS: Record<string, { default: string; description: string }> = {
  target: { default: 'previous', description: 'Rollback: previous (the release the live one replaced), a release id, or a commit sha.' },
  reason: { default: '', description: 'Rollback: why (required; recorded in the manifests, revisions log, Deployment and summary).' },
  'dry-run': { default: 'false', description: 'Rollback: show per host the semantic plan from what is live to the target; change nothing.' },
  'host-filter': { default: '', description: 'Rollback: only these hosts (names or addresses, comma or space separated, * wildcard).' },
};

/** The inputs `status` reads (a subset of the deploy's). */
export const STATUS_INPUT_NAMES = ['hosts', 'ssh-user', 'ssh-private-key', 'ssh-passphrase', 'known-hosts', 'host-key-policy', 'bastion', 'remote-dir', 'state-dir', 'sudo', 'nginx-bin', 'parallel', 'ssh-timeout'];


/** The commit at hand: GITHUB_SHA, else `git rev-parse HEAD` in `cwd`. */
export function currentSha(cwd: string): string | undefined {
  if (process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA)) return process.env.GITHUB_SHA;
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * DeployOptions from inputs. `get(name)` returns the input's value ('' when unset); defaults
 * from DEPLOY_INPUTS apply to empty values.
 * @param pick the hosts to work on out of input `hosts` (default all; waves are made for these)
 * @throws InputError naming the input, before anything connects
 */
export function deployOptions(get: (name: string) => string, cwd: string, extra: Partial<DeployOptions> = {}, pick: (all: Host[]) => Host[] = (all) => all): DeployOptions {
  const v = inputReader(get);
  const fleet = fleetOptions(get);
  const hosts = pick(fleet.hosts);
  const configDir = resolve(cwd, v('config-dir'));
  if (!existsSync(configDir) && extra.kind !== 'rollback') throw new InputError(`input "config-dir": ${configDir} does not exist`);
  const sha = currentSha(cwd) ?? '';
  const id = v('release-id').trim() || sha;
  if (!id) throw new InputError('input "release-id" is empty and there is no commit sha (GITHUB_SHA or a git repository)');
  const release = checkReleaseId(id);
  const healthChecks = parseHealthChecks(v('health-checks'));
  const waves = parseWaves(v('waves'), hosts.length);
  return {
    ...fleet,
    hosts,
    configDir,
    reloadCommand: v('reload-command').trim(),
    reloadTimeoutMs: parseDuration('reload-timeout', v('reload-timeout'), 10_000),
    waves,
    maxFailures: parseCount('max-failures', v('max-failures'), 0),
    healthChecks,
    probe: {
      intervalMs: parseDuration('health-check-interval', v('health-check-interval'), 1000),
      timeoutMs: parseDuration('health-check-timeout', v('health-check-timeout'), 2000),
      attempts: parseCount('health-check-attempts', v('health-check-attempts'), 10, 1),
      successes: parseCount('health-check-successes', v('health-check-successes'), 2, 1),
      tlsVerify: parseBoolean('health-check-tls-verify', v('health-check-tls-verify')),
    },
    lockTimeoutMs: parseDuration('lock-timeout', v('lock-timeout'), 60_000),
    lockStaleSeconds: Math.ceil(parseDuration('lock-stale', v('lock-stale'), 3_600_000) / 1000),
    keepReleases: parseCount('keep-releases', v('keep-releases'), 5, 1),
    release,
    sha,
    actor: process.env.GITHUB_ACTOR || process.env.USER || 'unknown',
    runUrl: runUrl(),
    allowDrift: parseBoolean('allow-drift', v('allow-drift')),
    upload: parseUpload(v('upload')),
    ...extra,
  };
}

/**
 * RollbackOptions from inputs: every deploy input, plus `target`, `reason` (required, checked
 * first), `dry-run` and `host-filter`; waves apply to the filtered hosts. The release is resolved
 * on the hosts (src/deploy/rollback.ts), from the kept releases or the git history around `cwd`.
 * @throws InputError naming the input, before anything connects
 */
export function rollbackOptions(get: (name: string) => string, cwd: string, extra: Partial<DeployOptions> = {}): DeployOptions {
  const v = (n: string) => get(n).trim() || (ROLLBACK_INPUTS[n]?.default ?? '');
  const reason = v('reason').replace(/[\r\n]+/g, ' ').trim();
  if (!reason) throw new InputError('input "reason" is required for a rollback: say why (it is recorded on every host, in the Deployment and in the summary)');
  const target = v('target');
  if (target !== 'previous' && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(target)) throw new InputError(`input "target" must be previous, a release id or a commit sha, got "${target}"`);
  const dryRun = parseBoolean('dry-run', v('dry-run'));
  const o = deployOptions((n) => (n === 'release-id' ? 'rollback' : get(n)), cwd, { kind: 'rollback', ...extra }, (all) => filterHosts(v('host-filter'), all));
  return {
    ...o,
    target,
    reason,
    dryRun,
    resolveRelease: (inspected) => rollbackRelease(target, inspected, o.configDir, cwd),
    ...extra,
  };
}

/** Reads an input with DEPLOY_INPUTS' default for empty values. */
function inputReader(get: (name: string) => string): (n: string) => string {
  return (n: string) => {
    const x = get(n);
    return x.trim() === '' ? DEPLOY_INPUTS[n].default : x;
  };
}

/**
 * The inputs every fleet command needs: hosts, SSH (key, pinned host keys, bastion, sudo),
 * remote-dir, state-dir, nginx-bin, parallel.
 * @throws InputError naming the input
 */
export function fleetOptions(get: (name: string) => string): FleetOptions {
  const v = inputReader(get);
  const hosts = parseHosts(v('hosts'), v('ssh-user').trim());
  const key = v('ssh-private-key');
  if (!key.trim()) throw new InputError('input "ssh-private-key" is required (or --ssh-private-key-file)');
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) throw new InputError('input "ssh-private-key" is not a PEM/OpenSSH private key');
  const kh = v('known-hosts');
  if (!kh.trim()) throw new InputError('input "known-hosts" is required: pin every host key (ssh-keyscan HOST, checked out of band); host-key-policy: accept-new must be asked for explicitly');
  const policy = v('host-key-policy').trim();
  if (policy !== 'strict' && policy !== 'accept-new') throw new InputError(`input "host-key-policy" must be strict or accept-new, got "${policy}"`);
  const bastionText = v('bastion').trim();
  const bastion = bastionText ? parseHosts(bastionText, v('ssh-user').trim())[0] : undefined;
  for (const n of ['remote-dir', 'state-dir']) {
    const p = v(n);
    if (!p.startsWith('/') || /[\n\r]/.test(p) || p.split('/').includes('..')) throw new InputError(`input "${n}" must be an absolute path without "..", got "${p}"`);
  }
  return {
    hosts,
    ssh: {
      privateKey: key.endsWith('\n') ? key : key + '\n',
      passphrase: v('ssh-passphrase') || undefined,
      knownHosts: parseKnownHosts(kh),
      hostKeyPolicy: policy,
      bastion,
      sudo: parseBoolean('sudo', v('sudo')),
      timeoutMs: parseDuration('ssh-timeout', v('ssh-timeout'), 10_000),
    },
    remoteDir: v('remote-dir').replace(/(.)\/$/, '$1'),
    stateDir: v('state-dir').replace(/(.)\/$/, '$1'),
    nginxBin: v('nginx-bin').trim(),
    parallel: parseCount('parallel', v('parallel'), 10, 1),
  };
}

function parseUpload(text: string): 'auto' | 'rsync' | 'sftp' {
  const t = text.trim() || 'auto';
  if (t !== 'auto' && t !== 'rsync' && t !== 'sftp') throw new InputError(`input "upload" must be auto, rsync or sftp, got "${t}"`);
  return t;
}

/** Reads a secret from `<name>-file` when the value itself is empty. */
export function secretFromFile(value: string, file: string | undefined, name: string): string {
  if (value) return value;
  if (!file) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`--${name}-file ${file}: ${(e as Error).message}`);
  }
}

/** Runs the deploy (the rollout); expected failures are in the report. */
export const deploy: (o: DeployOptions) => Promise<DeployReport> = rollout;


/** The verdict in words; a failed rollback is said loudly. */
export function verdict(r: DeployReport): string {
  if (r.kind !== 'rollback') return `deploy ${r.release}: ${r.status}${r.previous ? ` (previous ${r.previous})` : ''}`;
  const to = `rollback to ${r.release || r.target}${r.dryRun ? ' (dry run)' : ''}`;
  if (r.status === 'rolled-back') return `ROLLBACK FAILED: ${to} did not pass on every host, so every host it changed was returned to what it had before the rollback (${r.previous ?? 'its live release'}) - the fleet is NOT on the target`;
  if (r.status === 'failed') return `ROLLBACK FAILED: ${to}${r.error ? `: ${r.error}` : ''}`;
  return `${to}: ${r.dryRun ? 'nothing changed' : r.status === 'unchanged' ? 'every host already holds it' : 'rolled back'}${r.previous && !r.dryRun ? ` (from ${r.previous})` : ''}; reason: ${r.reason}`;
}

/** One line per host and a verdict line; a dry run's plan per host. */
export function reportText(r: DeployReport): string {
  const lines = [verdict(r)];
  if (r.resolved) lines.push(`  target: ${r.resolved}`);
  for (const h of r.hosts) {
    lines.push(`  ${h.name} (${h.address}): ${r.dryRun ? 'would change' : STATUS_TEXT[h.status]}${h.wave ? ` [wave ${h.wave}]` : ''}${h.error ? ` - ${h.error}` : ''}`);
    if (h.plan) {
      lines.push(`    plan: ${h.plan.summary.add} to add, ${h.plan.summary.change} to change, ${h.plan.summary.destroy} to destroy`);
      for (const c of h.plan.changes) lines.push(`    ${changeLine(c)}`);
    }
  }
  lines.push(`  ${(r.timing.totalMs / 1000).toFixed(2)} s, of which ${(r.timing.probeWaitMs / 1000).toFixed(2)} s waiting between health-check attempts`);
  return lines.join('\n') + '\n';
}

/** The JSON report: `{"status","release","previous","hosts":[{"name","address","status","error"?,"phases"}],"waves","transitions","timing"}`. */
export function reportJson(r: DeployReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}
