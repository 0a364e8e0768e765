/**
 * How deploy, rollback and status results read in reports (text, job summary, comments), and the
 * status report's shape. Kept apart from the SSH code so that report code does not load it.
 */
import type { Change } from '../plan/diff.js';
import type { Host } from './inputs.js';
import type { Drift } from './releases.js';
import type { SshOptions } from './ssh.js';

/** How a deploy's host statuses read in reports (text, job summary, comments). */
export const STATUS_TEXT: Record<'deployed' | 'rolled-back' | 'unchanged' | 'failed', string> = {
  deployed: 'deployed',
  'rolled-back': 'rolled back',
  unchanged: 'unchanged',
  failed: 'FAILED',
};

/** What every fleet command needs to reach and read the hosts. */
export interface FleetOptions {
  hosts: Host[];
  ssh: SshOptions;
  remoteDir: string;
  stateDir: string;
  nginxBin: string;
  /** Hosts worked on at once. */
  parallel: number;
}

/** A semantic plan as the fleet reports carry it (src/plan without base/head or lint). */
export type HostPlan = { summary: { add: number; change: number; destroy: number }; changes: Change[] };

/** One host in the status report. */
export interface HostState {
  name: string;
  address: string;
  /** Unreachable, host key refused, nginx missing... */
  error?: string;
  live?: { release: string; sha: string; time: string; actor: string; runUrl: string; kind: string; reason?: string };
  /** Kept releases, newest first. */
  kept: { release: string; sha: string; time: string; actor: string }[];
  drift: Drift;
  /** The semantic plan from the live release (as recorded) to the live files, when they differ. */
  plan?: HostPlan;
  /** Why there is no plan of the drift (the config could not be read as nginx config). */
  planError?: string;
}

export interface StatusReport {
  /** `clean`: every host matches its release; `drift`: some host does not; `failed`: some host could not be read. */
  status: 'clean' | 'drift' | 'failed';
  hosts: HostState[];
}

/** One plan change as a line: `~ http > server a:80 > location /: return 200 x (was 200 y)  [conf.d/lb.conf:9]`. */
export function changeLine(c: Change): string {
  const sym = c.action === 'add' ? '+' : c.action === 'remove' ? '-' : '~';
  const now = c.action === 'remove' ? (c.args ?? c.before ?? []) : (c.after ?? c.args ?? []);
  return `${sym} ${c.path.join(' > ')}${c.path.length ? ': ' : ''}${c.directive} ${now.join(' ')}${c.action === 'change' ? ` (was ${(c.before ?? []).join(' ')})` : ''}  [${c.file}:${c.line}]`.replace(/ {2,}\[/, '  [');
}

/** Drift of one host in words, or '' when there is none. */
export function driftText(d: Drift): string {
  return [
    d.changed.length ? `changed by hand: ${d.changed.join(', ')}` : '',
    d.missing.length ? `removed by hand: ${d.missing.join(', ')}` : '',
    d.added.length ? `added by hand: ${d.added.join(', ')}` : '',
    d.localChanged.length ? `host-local files changed since the release (never shipped, not blocking): ${d.localChanged.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The status report as text: per host the live release, kept releases, drift and its plan. */
export function statusText(r: StatusReport): string {
  const lines = [`status: ${r.status}`];
  for (const h of r.hosts) {
    lines.push(`${h.name} (${h.address})${h.error ? `: ERROR ${h.error}` : ''}`);
    if (h.live) lines.push(`  live: ${h.live.release} (sha ${h.live.sha || '-'}, ${h.live.kind} ${h.live.time} by ${h.live.actor}${h.live.reason ? `, reason: ${h.live.reason}` : ''})`);
    else if (!h.error) lines.push('  live: no release recorded');
    if (h.kept.length) lines.push(`  kept: ${h.kept.map((k) => `${k.release} (${k.time})`).join(', ')}`);
    const d = driftText(h.drift);
    lines.push(`  drift: ${d || 'none'}`);
    if (h.planError) lines.push(`  no plan of the drift: ${h.planError}`);
    if (h.plan) {
      lines.push(`  plan from the release to what is live: ${h.plan.summary.add} to add, ${h.plan.summary.change} to change, ${h.plan.summary.destroy} to destroy`);
      for (const c of h.plan.changes) lines.push(`    ${changeLine(c)}`);
    }
  }
  return lines.join('\n') + '\n';
}
