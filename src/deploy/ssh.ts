/**
 * SSH to the load balancers (node-ssh over ssh2) with pinned host keys. The only module that opens
 * SSH connections. Remote commands are constant shell scripts; every value reaches them as a
 * quoted positional argument, never spliced into the script.
 *
 * node-ssh traps handled here: `execCommand` resolves on a non-zero exit (the code is checked by
 * callers through `RemoteResult.code`); `exec` is never used (it throws on any stderr, and
 * `nginx -t` prints success there); ssh2 accepts any host key without a `hostVerifier`.
 */
import { NodeSSH } from 'node-ssh';
import type { Readable } from 'node:stream';
import { fingerprint, keysFor, knownHostsName, type KnownHosts } from './known-hosts.js';
import type { Host } from './inputs.js';

/** Quotes one argument for a POSIX shell: `'...'` with embedded quotes as `'\''`. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

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
export function chain(first: RemoteCommand, then: RemoteCommand): RemoteCommand {
  return { script: `${first.script}\nshift ${first.args.length}\n${then.script}`, args: [...first.args, ...then.args] };
}

/**
 * A shell function for remote scripts: `fresh DIR` leaves DIR an empty directory (removed first
 * only when it exists: one process less in the usual case).
 */
export const SH_FRESH = `fresh() { { [ ! -e "$1" ] || rm -rf "$1"; } && mkdir -p "$1"; }`;

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
export class SshError extends Error {
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'host-key' | 'auth' | 'dropped',
  ) {
    super(message);
    this.name = 'SshError';
  }
}

const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The sudoers line for a non-root deploy user (`sudo: true`): exactly the command prefix the bot
 * runs under `sudo -n` (`env PATH=... LC_ALL=C sh -c SCRIPT nginx-gitops ARGS...`), nothing else.
 * The scripts write remote-dir and reload nginx, so the account is root-equivalent for this.
 */
export function sudoersLine(user: string): string {
  return `${user} ALL=(root) NOPASSWD: /usr/bin/env PATH=${PATH.replace(/:/g, '\\:')} LC_ALL=C sh -c *`;
}

export interface Remote {
  host: Host;
  /** Fingerprint of the key the host presented, and whether it was accepted as new. */
  hostKey: { fingerprint: string; acceptedNew: boolean };
  /**
   * Runs constant `script` with `sh -c` (under `sudo -n` when asked), `args` as $1, $2, ...
   * Resolves with the exit code (never rejects on a non-zero code). `onStdout` sees the raw output
   * as it comes (for a protocol spoken over stdin/stdout: rsync's).
   * @throws SshError(kind dropped) when the connection is gone
   */
  sh(script: string, args?: string[], stdin?: string | Readable, o?: { onStdout?: (chunk: Buffer) => void }): Promise<RemoteResult>;
  /** Copies a local file to `remotePath` over SFTP (as the SSH user). @throws SshError(dropped) */
  put(localPath: string, remotePath: string): Promise<void>;
  close(): void;
}

function verifier(host: Host, o: SshOptions, seen: { fingerprint: string; acceptedNew: boolean; refused?: string }) {
  const { pinned, revoked } = keysFor(o.knownHosts, host.address, host.port);
  return (key: Buffer): boolean => {
    seen.fingerprint = fingerprint(key);
    if (revoked.some((k) => k.equals(key))) {
      seen.refused = `host key ${seen.fingerprint} of ${knownHostsName(host.address, host.port)} is marked @revoked in known-hosts`;
      return false;
    }
    if (pinned.some((k) => k.equals(key))) return true;
    if (pinned.length === 0 && o.hostKeyPolicy === 'accept-new') {
      seen.acceptedNew = true;
      return true;
    }
    seen.refused = pinned.length
      ? `host key of ${knownHostsName(host.address, host.port)} changed: it presented ${seen.fingerprint}, known-hosts pins ${pinned.map(fingerprint).join(', ')}`
      : `host ${knownHostsName(host.address, host.port)} is not in known-hosts (it presented ${seen.fingerprint}); add its key, or set host-key-policy: accept-new`;
    return false;
  };
}

function classify(host: Host, e: unknown, seen: { refused?: string }): SshError {
  const err = e as NodeJS.ErrnoException & { level?: string };
  const where = `${host.name} (${host.user}@${knownHostsName(host.address, host.port)})`;
  if (seen.refused) return new SshError(`${where}: ${seen.refused}`, 'host-key');
  if (err?.level === 'client-authentication') return new SshError(`${where}: authentication as ${host.user} failed with the given ssh-private-key`, 'auth');
  const msg = String(err?.message ?? e);
  if (/passphrase|encrypted|Cannot parse privateKey|Unsupported key format/i.test(msg)) return new SshError(`ssh-private-key: ${msg.replace(/\n.*/s, '')}`, 'auth');
  return new SshError(`${where}: unreachable: ${err?.code ? `${err.code} ` : ''}${msg.replace(/\n.*/s, '')}`, 'unreachable');
}

async function open(host: Host, o: SshOptions, sock?: unknown): Promise<{ ssh: NodeSSH; seen: { fingerprint: string; acceptedNew: boolean } }> {
  const ssh = new NodeSSH();
  const seen = { fingerprint: '', acceptedNew: false } as { fingerprint: string; acceptedNew: boolean; refused?: string };
  try {
    const connecting = ssh.connect({
      host: host.address,
      port: host.port,
      username: host.user,
      privateKey: o.privateKey,
      passphrase: o.passphrase || undefined,
      readyTimeout: o.timeoutMs ?? 10_000,
      hostVerifier: verifier(host, o, seen),
      keepaliveInterval: 5000,
      keepaliveCountMax: 3,
      tryKeyboard: false,
      ...(sock ? { sock: sock as never } : {}),
    });
    // the handshake and every remote command are a few small packets each way: without
    // TCP_NODELAY, Nagle's algorithm holds each next one until the host's delayed ACK (~40 ms on
    // Linux) - per command, per host. Set as soon as the TCP connection is up.
    ssh.connection?.once('connect', () => ssh.connection?.setNoDelay(true));
    await connecting;
  } catch (e) {
    ssh.dispose();
    throw classify(host, e, seen);
  }
  ssh.connection?.setNoDelay(true); // (again, should the connect event have come before the listener)
  return { ssh, seen };
}

/**
 * Connects to `host` (through its own bastion, else the fleet's, when given), verifying its key and
 * the bastion's against known-hosts.
 * @throws SshError naming the host: unreachable, host key unknown/changed/revoked, authentication
 */
export async function connect(host: Host, o: SshOptions): Promise<Remote> {
  let jump: NodeSSH | undefined;
  let sock: unknown;
  const bastion = host.bastion ?? o.bastion;
  if (bastion) {
    try {
      jump = (await open(bastion, o)).ssh;
    } catch (e) {
      const err = e as SshError;
      throw new SshError(`${host.name}: bastion ${err.message}`, err.kind);
    }
    try {
      sock = await jump.forwardOut('127.0.0.1', 0, host.address, host.port);
    } catch (e) {
      jump.dispose();
      throw new SshError(`${host.name}: unreachable through bastion ${bastion.name}: ${(e as Error).message}`, 'unreachable');
    }
  }
  let ssh: NodeSSH;
  let seen: { fingerprint: string; acceptedNew: boolean };
  try {
    ({ ssh, seen } = await open(host, o, sock));
  } catch (e) {
    jump?.dispose();
    throw e;
  }
  const dropped = (e: unknown) => new SshError(`${host.name}: connection lost: ${(e as Error)?.message ?? e}`, 'dropped');
  const limitMs = o.commandTimeoutMs ?? 300_000;
  // node-ssh waits forever on an operation whose connection died: every operation is bounded by
  // the time limit and ends as soon as the connection closes
  const pending = new Set<(e: Error) => void>();
  let closed = false;
  const onClose = () => {
    closed = true;
    for (const f of pending) f(new Error('the connection closed'));
  };
  // errors after the handshake (a reset when a host goes away) surface as 'close'; without a
  // listener ssh2's 'error' event would end the whole process mid-rollout
  ssh.connection?.on('error', () => {});
  ssh.connection?.on('close', onClose);
  ssh.connection?.on('end', onClose);
  const bounded = <T>(p: Promise<T>, what: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('the connection closed'));
      const stop = (e: Error) => {
        clearTimeout(t);
        pending.delete(stop);
        reject(e);
      };
      const t = setTimeout(() => {
        stop(new Error(`${what} took longer than ${limitMs} ms`));
        ssh.dispose();
      }, limitMs);
      pending.add(stop);
      p.then(
        (v) => (clearTimeout(t), pending.delete(stop), resolve(v)),
        (e) => stop(e as Error),
      );
    });
  const prefix = (o.sudo && host.user !== 'root' ? 'sudo -n -- ' : '') + `env PATH=${PATH} LC_ALL=C sh -c `;
  return {
    host,
    hostKey: { fingerprint: seen.fingerprint, acceptedNew: seen.acceptedNew },
    async sh(script, args = [], stdin, so) {
      if (closed || !ssh.isConnected()) throw dropped(new Error('not connected'));
      const cmd = prefix + shellQuote(script) + ' nginx-gitops ' + args.map(shellQuote).join(' ');
      let r;
      try {
        r = await bounded(ssh.execCommand(cmd, { stdin, noTrim: true, onStdout: so?.onStdout }), 'the remote command');
      } catch (e) {
        throw dropped(e);
      }
      if (r.code === null) throw dropped(new Error(`the remote command ended without an exit code${r.signal ? ` (signal ${r.signal})` : ''}`));
      return { code: r.code, stdout: r.stdout, stderr: r.stderr };
    },
    async put(localPath, remotePath) {
      try {
        await bounded(ssh.putFile(localPath, remotePath), 'the upload');
      } catch (e) {
        throw dropped(e);
      }
    },
    close() {
      ssh.dispose();
      jump?.dispose();
    },
  };
}
