/**
 * How deploy, rollback and status results read in reports (text, job summary, comments), and the
 * status report's shape. Kept apart from the SSH code so that report code does not load it.
 */
import type { Change } from '../plan/diff.js';
import type { Host } from './inputs.js';
import type { Drift } from './releases.js';
import type { SshOptions } from './ssh.js';
/** How a deploy's host statuses read in reports (text, job summary, comments). */
export declare const STATUS_TEXT: Record<'deployed' | 'rolled-back' | 'unchanged' | 'failed', string>;
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
export type HostPlan = {
    summary: {
        add: number;
        change: number;
        destroy: number;
    };
    changes: Change[];
};
/** One host in the status report. */
export interface HostState {
    name: string;
    address: string;
    /** Unreachable, host key refused, nginx missing... */
    error?: string;
    live?: {
        release: string;
        sha: string;
        time: string;
        actor: string;
        runUrl: string;
        kind: string;
        reason?: string;
    };
    /** Kept releases, newest first. */
    kept: {
        release: string;
        sha: string;
        time: string;
        actor: string;
    }[];
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
export declare function changeLine(c: Change): string;
/** Drift of one host in words, or '' when there is none. */
export declare function driftText(d: Drift): string;
/** The status report as text: per host the live release, kept releases, drift and its plan. */
export declare function statusText(r: StatusReport): string;
