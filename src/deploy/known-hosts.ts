/**
 * Pinned host keys from OpenSSH known_hosts text (OpenSSH: sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"):
 * `host[,host...] keytype base64 [comment]`, `[host]:port` for ports other than 22, hashed names
 * (`|1|salt|hash`, HMAC-SHA1), `!` negation, `*`/`?` patterns, `@revoked` keys.
 * `@cert-authority` lines are not supported and are reported.
 */
import { createHash, createHmac } from 'node:crypto';
import { InputError } from '../errors.js';

interface Entry {
  patterns: string[];
  keyType: string;
  blob: Buffer;
  revoked: boolean;
  line: number;
}

export interface KnownHosts {
  entries: Entry[];
}

/** @throws InputError naming the line for a malformed entry or a @cert-authority line */
export function parseKnownHosts(text: string): KnownHosts {
  const entries: Entry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.trim();
    if (!l || l.startsWith('#')) return;
    let fields = l.split(/\s+/);
    let revoked = false;
    if (fields[0] === '@cert-authority') throw new InputError(`input "known-hosts" line ${i + 1}: @cert-authority is not supported; pin each host's key`);
    if (fields[0] === '@revoked') {
      revoked = true;
      fields = fields.slice(1);
    }
    const [hosts, keyType, b64] = fields;
    if (!hosts || !keyType || !b64 || !/^[A-Za-z0-9+/]+=*$/.test(b64)) throw new InputError(`input "known-hosts" line ${i + 1}: not "host keytype base64-key"`);
    const blob = Buffer.from(b64, 'base64');
    // the blob starts with its own key type (uint32 length + name)
    const n = blob.length >= 4 ? blob.readUInt32BE(0) : -1;
    if (n <= 0 || blob.subarray(4, 4 + n).toString() !== keyType) throw new InputError(`input "known-hosts" line ${i + 1}: the key is not a ${keyType} key`);
    entries.push({ patterns: hosts.split(','), keyType, blob, revoked, line: i + 1 });
  });
  return { entries };
}

function globMatch(pattern: string, s: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
  return re.test(s);
}

function matches(pattern: string, name: string): boolean {
  if (pattern.startsWith('|1|')) {
    const [, , salt, hash] = pattern.split('|');
    if (!salt || !hash) return false;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  }
  return globMatch(pattern, name);
}

/** The name known_hosts uses for a host: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(address: string, port: number): string {
  return port === 22 ? address : `[${address}]:${port}`;
}

/**
 * The keys pinned for `address:port` and those revoked anywhere.
 * @returns `pinned`: key blobs of matching lines (a `!pattern` match excludes the line)
 */
export function keysFor(kh: KnownHosts, address: string, port: number): { pinned: Buffer[]; revoked: Buffer[] } {
  const name = knownHostsName(address, port);
  const pinned: Buffer[] = [];
  const revoked: Buffer[] = [];
  for (const e of kh.entries) {
    if (e.revoked) {
      revoked.push(e.blob);
      continue;
    }
    let hit = false;
    let negated = false;
    for (const p of e.patterns) {
      if (p.startsWith('!')) {
        if (matches(p.slice(1), name)) negated = true;
      } else if (matches(p, name)) hit = true;
    }
    if (hit && !negated) pinned.push(e.blob);
  }
  return { pinned, revoked };
}

/** OpenSSH's fingerprint of a key blob: `SHA256:<base64 without padding>`. */
export function fingerprint(blob: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}
