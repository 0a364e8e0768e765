/**
 * The deploy's inputs, as the action and the CLI both take them: parsed and validated here, each
 * error naming the input and the offending line.
 */
import { InputError } from '../errors.js';

export interface Host {
  /** Display name (the optional second word of the line, else the address). */
  name: string;
  user: string;
  /** Host name or IP address as given (IPv6 without brackets). */
  address: string;
  port: number;
  /** This host's own jump host (`via=` on its line); else the `bastion` input's, if any. */
  bastion?: Host;
}

const HOST_RE = /^(?:([A-Za-z_][A-Za-z0-9_.-]*)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::(\d{1,5}))?$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * `hosts`: one per line, `[user@]host[:port] [name] [via=[user@]bastion[:port]]`; `#` starts a
 * comment; IPv6 in brackets. `via=` gives that host its own jump host (a fleet split across
 * networks); it wins over the `bastion` input.
 * @param defaultUser user when a line names none (input `ssh-user`, default root)
 * @throws InputError naming the line
 */
export function parseHosts(text: string, defaultUser = 'root'): Host[] {
  const out: Host[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const l = raw.replace(/#.*/, '').trim();
    if (!l) return;
    const words = l.split(/\s+/);
    const viaAt = words.findIndex((w) => w.startsWith('via='));
    const via = viaAt >= 0 ? words.splice(viaAt, 1)[0].slice(4) : undefined;
    const [spec, name, ...rest] = words;
    const bad = () => new InputError(`input "hosts" line ${i + 1}: "${raw.trim()}" is not [user@]host[:port] [name] [via=[user@]bastion[:port]]`);
    const h = hostSpec(spec, defaultUser);
    if (!h || rest.length || (name !== undefined && !NAME_RE.test(name))) throw bad();
    const host: Host = { name: name ?? h.address, ...h };
    if (via !== undefined) {
      const b = hostSpec(via, defaultUser);
      if (!b) throw bad();
      host.bastion = { name: b.address, ...b };
    }
    out.push(host);
  });
  if (!out.length) throw new InputError('input "hosts" names no host');
  const seen = new Set<string>();
  for (const h of out) {
    if (seen.has(h.name)) throw new InputError(`input "hosts": "${h.name}" is listed twice`);
    seen.add(h.name);
  }
  return out;
}

/** `[user@]host[:port]` split, or undefined when it is not one. */
function hostSpec(spec: string, defaultUser: string): { user: string; address: string; port: number } | undefined {
  const m = HOST_RE.exec(spec);
  const port = m?.[3] ? Number(m[3]) : 22;
  if (!m || port < 1 || port > 65535) return undefined;
  return { user: m[1] ?? defaultUser, address: m[2].replace(/^\[|\]$/g, ''), port };
}

/**
 * `waves`: comma-separated cumulative sizes, each a count or a percentage of the fleet
 * (`1,25%,100%`: a canary, then a quarter, then everyone). The last wave always takes every host.
 * @returns the hosts of each wave (indices into `total`), no wave empty
 * @throws InputError for anything else
 */
export function parseWaves(text: string, total: number): number[][] {
  const parts = (text || '1,25%,100%').split(',').map((s) => s.trim());
  const bounds = parts.map((p) => {
    const m = /^(\d+)(%?)$/.exec(p);
    if (!m || Number(m[1]) === 0 || (m[2] && Number(m[1]) > 100)) throw new InputError(`input "waves": "${p}" is not a host count or a percentage (1-100%)`);
    return m[2] ? Math.ceil((Number(m[1]) * total) / 100) : Math.min(Number(m[1]), total);
  });
  bounds.push(total);
  const waves: number[][] = [];
  let done = 0;
  for (const b of bounds) {
    if (b <= done) continue;
    waves.push(Array.from({ length: b - done }, (_, k) => done + k));
    done = b;
  }
  return waves;
}

/**
 * A duration: `500ms`, `2s`, `1m`, `1h`, or a bare number of seconds.
 * @returns milliseconds
 * @throws InputError naming the input
 */
export function parseDuration(name: string, text: string, def: number): number {
  const t = text.trim();
  if (!t) return def;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(t);
  if (!m) throw new InputError(`input "${name}": "${t}" is not a duration (e.g. 500ms, 2s, 1m, 1h)`);
  const n = Number(m[1]);
  return Math.round(n * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[m[2] ?? 's']);
}

/** A boolean input: true or false (any case); empty is false. @throws InputError naming the input */
export function parseBoolean(name: string, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false' || t === '') return false;
  throw new InputError(`input "${name}" must be true or false, got "${text}"`);
}

/** A non-negative integer input. @throws InputError */
export function parseCount(name: string, text: string, def: number, min = 0): number {
  const t = text.trim();
  if (!t) return def;
  if (!/^\d+$/.test(t) || Number(t) < min) throw new InputError(`input "${name}": "${t}" is not a whole number${min ? ` of at least ${min}` : ''}`);
  return Number(t);
}

export interface HealthCheck {
  /** The line as written (for reports). */
  text: string;
  method: string;
  /** URL with `{host}` still in it. */
  url: string;
  status: number;
  /** Substring the body must contain. */
  body?: string;
  headers: Record<string, string>;
}

/**
 * `health-checks`: one per line, `METHOD URL STATUS [body~"text"] [header:Name=value]...`, `{host}`
 * standing for each load balancer's address.
 * @throws InputError naming the line
 */
export function parseHealthChecks(text: string): HealthCheck[] {
  const out: HealthCheck[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.trim();
    if (!l || l.startsWith('#')) return;
    const bad = (why: string) => new InputError(`input "health-checks" line ${i + 1}: "${l}": ${why}`);
    const tokens = l.match(/body~"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
    const [method, url, status, ...opts] = tokens;
    if (!/^(GET|HEAD|POST|PUT|OPTIONS)$/.test(method ?? '')) throw bad('expected METHOD URL STATUS (method GET, HEAD, POST, PUT or OPTIONS)');
    let u: URL;
    try {
      u = new URL((url ?? '').replace(/\{host\}/g, 'host.invalid'));
    } catch {
      throw bad(`"${url}" is not a URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw bad('the URL must be http or https');
    if (!/^[1-5]\d\d$/.test(status ?? '')) throw bad('expected a status code after the URL');
    const hc: HealthCheck = { text: l, method: method!, url: url!, status: Number(status), headers: {} };
    for (const o of opts) {
      const b = /^body~"((?:[^"\\]|\\.)*)"$/.exec(o);
      const h = /^header:([A-Za-z0-9-]+)=(.*)$/.exec(o);
      if (b) hc.body = b[1].replace(/\\(.)/g, '$1');
      else if (h) hc.headers[h[1]] = h[2];
      else throw bad(`"${o}" is neither body~"text" nor header:Name=value`);
    }
    out.push(hc);
  });
  return out;
}

/** A release id: letters, digits, `._-`, at most 64 characters (it names a directory on the hosts). */
export function checkReleaseId(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) throw new InputError(`input "release-id": "${id}" must be 1-64 letters, digits, ".", "_" or "-"`);
  return id;
}

/**
 * `host-filter` (rollback): names or addresses separated by commas, spaces or newlines, `*`
 * matching any run of characters; empty keeps every host.
 * @throws InputError for a pattern that matches no host
 */
export function filterHosts(text: string, hosts: Host[]): Host[] {
  const pats = text.split(/[\s,]+/).filter(Boolean);
  if (!pats.length) return hosts;
  const re = (p: string) => new RegExp(`^${p.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  for (const p of pats) {
    if (!hosts.some((h) => re(p).test(h.name) || re(p).test(h.address))) throw new InputError(`input "host-filter": "${p}" matches no host (hosts: ${hosts.map((h) => h.name).join(', ')})`);
  }
  return hosts.filter((h) => pats.some((p) => re(p).test(h.name) || re(p).test(h.address)));
}
