import type { Readable } from 'node:stream';
import { type KnownHosts } from './known-hosts.js';
import type { Host } from './inputs.js';
/** Quotes one argument for a POSIX shell: `'...'` with embedded quotes as `'\''`. */
export declare function shellQuote(s: string): string;
/** A constant remote script and its arguments ($1, $2, ... in the script). */
export interface RemoteCommand {
    script: string;
    args: string[];
}
/**
 * One remote command that runs `first`, then `then` with its own arguments as $1, $2, ... - two
 * steps in one round trip. `first` must end without `exit` on success (an `exit` on failure skips
 * `then`) and must not `shift`.
 */
export declare function chain(first: RemoteCommand, then: RemoteCommand): RemoteCommand;
/**
 * A shell function for remote scripts: `fresh DIR` leaves DIR an empty directory (removed first
 * only when it exists: one process less in the usual case).
 */
export declare const SH_FRESH = "fresh() { { [ ! -e \"$1\" ] || rm -rf \"$1\"; } && mkdir -p \"$1\"; }";
export interface SshOptions {
    privateKey: string;
    passphrase?: string;
    knownHosts: KnownHosts;
    /** `strict` (default): an unknown or changed key fails. `accept-new`: an unknown host's key is accepted (and reported); a changed one still fails. */
    hostKeyPolicy: 'strict' | 'accept-new';
    /** Jump host, reached with the same key and pinned like the others. */
    bastion?: Host;
    /** Run remote scripts under `sudo -n` (a non-root deploy user). */
    sudo: boolean;
    /** Connection timeout in ms (default 10 s). */
    timeoutMs?: number;
    /** Longest a remote command or upload may take, in ms (default 5 min); then the connection is closed. */
    commandTimeoutMs?: number;
}
export interface RemoteResult {
    code: number;
    stdout: string;
    stderr: string;
}
/** An expected SSH failure (unreachable, host key, authentication); the message names the host. */
export declare class SshError extends Error {
    readonly kind: 'unreachable' | 'host-key' | 'auth' | 'dropped';
    constructor(message: string, kind: 'unreachable' | 'host-key' | 'auth' | 'dropped');
}
/**
 * The sudoers line for a non-root deploy user (`sudo: true`): exactly the command prefix the bot
 * runs under `sudo -n` (`env PATH=... LC_ALL=C sh -c SCRIPT nginx-gitops ARGS...`), nothing else.
 * The scripts write remote-dir and reload nginx, so the account is root-equivalent for this.
 */
export declare function sudoersLine(user: string): string;
export interface Remote {
    host: Host;
    /** Fingerprint of the key the host presented, and whether it was accepted as new. */
    hostKey: {
        fingerprint: string;
        acceptedNew: boolean;
    };
    /**
     * Runs constant `script` with `sh -c` (under `sudo -n` when asked), `args` as $1, $2, ...
     * Resolves with the exit code (never rejects on a non-zero code). `onStdout` sees the raw output
     * as it comes (for a protocol spoken over stdin/stdout: rsync's).
     * @throws SshError(kind dropped) when the connection is gone
     */
    sh(script: string, args?: string[], stdin?: string | Readable, o?: {
        onStdout?: (chunk: Buffer) => void;
    }): Promise<RemoteResult>;
    /** Copies a local file to `remotePath` over SFTP (as the SSH user). @throws SshError(dropped) */
    put(localPath: string, remotePath: string): Promise<void>;
    close(): void;
}
/**
 * Connects to `host` (through its own bastion, else the fleet's, when given), verifying its key and
 * the bastion's against known-hosts.
 * @throws SshError naming the host: unreachable, host key unknown/changed/revoked, authentication
 */
export declare function connect(host: Host, o: SshOptions): Promise<Remote>;
