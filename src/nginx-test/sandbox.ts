/**
 * The sandbox `nginx -t` runs in: a temporary prefix holding a copy of the config tree, edited so
 * that it passes on a CI runner exactly when it would pass on the load balancers.
 *
 * Edits keep every line where it was (a replaced argument stays on its line, inserted directives go
 * before the `}` of the `http` block), so nginx's `in FILE:LINE` maps back to the repository as is:
 * - absolute paths under the config's prefix (e.g. `/etc/nginx/...`) point into the copy;
 * - certificates, keys, DH parameters, CRLs, password and ticket-key files the repository does not
 *   hold get stand-ins of the right kind (see standins.ts), each reported as a notice;
 * - log files, pid, lock file, temp and cache paths and unix sockets point inside the sandbox;
 * - the five temp paths and an access log are set at the `http` level when it has none, so nginx's
 *   compiled-in defaults (`/var/lib/nginx/...`, `/var/log/nginx/access.log`) are not touched;
 * - the `user` directive is blanked (the account exists on the load balancers, maybe not here);
 * - hostnames of upstream servers, `*_pass`, `resolver` and `listen` get an address: the one DNS gives
 *   on the runner, else loopback (a notice) - through a hosts file or `--add-host`, or with
 *   isolation `rewrite` by replacing the name in the copy;
 * - with isolation `rewrite`, listen addresses this machine does not own become loopback (and ports
 *   below 1024 move up by 10000 when not root); otherwise they stay and the runner allows them
 *   with `ip_nonlocal_bind` in a private network namespace.
 *
 * nginx: which paths are opened or created by `nginx -t` follows ngx_init_cycle (open files, paths,
 * listening sockets) in src/core/ngx_cycle.c; conf-prefix vs prefix resolution ngx_conf_full_name.
 */
import { lookup } from 'node:dns/promises';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { argPosition, type ParseResult } from '../parser/parser.js';
import { globBase, leavesConfine } from '../parser/includes.js';
import { expandBlock, expandChildren, type Expanded } from '../parser/expand.js';
import type { Directive } from '../parser/types.js';
import type { NginxBuild } from './build.js';
import { versionAtLeast } from './build.js';
import { StandinFactory, type KeyAlgorithm, type StandinKind } from './standins.js';

/**
 * How the runner keeps the test away from the machine's own network:
 * `namespace` (local, root: private mount and network namespace), `container` (a `--network none`
 * container), `rewrite` (no namespace: hostnames and foreign listen addresses are rewritten).
 */
export type Isolation = 'namespace' | 'container' | 'rewrite';

/** Something the test could not check for real, with the directive that caused it. */
export interface Notice {
  message: string;
  /** Repository-relative file, line and column of the directive, when there is one. */
  file?: string;
  line?: number;
  col?: number;
}

export interface SandboxOptions {
  /** parseDetailed() of the main config, includes followed. */
  result: ParseResult;
  /** The main config (the repository's copy). */
  main: string;
  /**
   * The directory no file is read from outside of (ParseOptions.confine): an include that leads out
   * of it is taken out of the sandbox's copy (with a notice), and a symbolic link out of it is not
   * copied, so nginx -t never reads the runner's files either.
   */
  confine?: string;
  /** Absolute directory the load balancers hold the config directory at (e.g. `/etc/nginx`). */
  prefix?: string;
  /** The nginx that will run the test. */
  build: NginxBuild;
  isolation: Isolation;
  /** With `rewrite`: the runner cannot bind ports below 1024 (not root). */
  unprivileged?: boolean;
  /** Where hostnames resolve on the runner (default: DNS with a 2 s limit); undefined = unresolvable. */
  resolveHost?: (host: string) => Promise<string | undefined>;
  /** Base directory for the sandbox (default: the OS temp directory). */
  tmpDir?: string;
  /** Display form of a repository path (default: as is). */
  rel?: (f: string) => string;
  /** openssl binary for the stand-ins (default `openssl` on PATH). */
  openssl?: string;
}

/** Where a directive in the repository named a path. */
export interface Site {
  file: string;
  line: number;
  col: number;
}

export interface Sandbox {
  /** The sandbox directory (nginx's `-p` prefix). */
  dir: string;
  /** The main config inside the sandbox. */
  conf: string;
  /** Arguments for nginx: `-t -p DIR/ -c CONF [-e LOG] [-g "pid ...;"]`. */
  nginxArgs: string[];
  /** Hostname -> address, for a hosts file or `--add-host`. Empty with isolation `rewrite`. */
  hosts: Map<string, string>;
  notices: Notice[];
  /** A sandbox path as the user knows it: repository-relative, or the path on the load balancers. */
  mapPath(p: string): string;
  /** `text` with every sandbox path in it mapped back. */
  mapText(text: string): string;
  /** Sandbox path -> the directive that named it (for nginx messages without `in FILE:LINE`). */
  sites: Map<string, Site>;
  /** The repository file (absolute) behind a sandbox file, or undefined. */
  repoFile(p: string): string | undefined;
  /** Deletes the sandbox. Safe to call twice. */
  remove(): void;
}

const SSL_GROUPS = ['ssl_', 'proxy_ssl_', 'grpc_ssl_', 'uwsgi_ssl_'];
const READ_KINDS: Record<string, StandinKind> = {};
for (const g of SSL_GROUPS) {
  Object.assign(READ_KINDS, {
    [g + 'certificate']: 'certificate',
    [g + 'certificate_key']: 'key',
    [g + 'trusted_certificate']: 'ca',
    [g + 'crl']: 'crl',
    [g + 'password_file']: 'password',
  });
}
READ_KINDS.ssl_client_certificate = 'ca';
READ_KINDS.ssl_dhparam = 'dhparam';
READ_KINDS.ssl_session_ticket_key = 'ticket-key';
READ_KINDS.ssl_stapling_file = 'ocsp-response';

/** `ssl_conf_command` commands that name a file (OpenSSL: SSL_CONF_cmd(3)), and what it holds. */
const CONF_COMMAND_KINDS: Record<string, StandinKind> = {
  Certificate: 'certificate',
  PrivateKey: 'key',
  ChainCAFile: 'ca',
  VerifyCAFile: 'ca',
  RequestCAFile: 'ca',
  ClientCAFile: 'ca',
  DHParameters: 'dhparam',
};

/** Directives whose first argument is a path nginx -t creates or opens for writing (prefix-relative). */
const WRITE_PATHS = new Set([
  'error_log', 'access_log', 'pid', 'lock_file',
  'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path',
  'proxy_cache_path', 'fastcgi_cache_path', 'uwsgi_cache_path', 'scgi_cache_path',
]);
const HTTP_TEMP_PATHS = ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'];

/** `*_pass` directives whose address nginx resolves while reading the config, and their URL schemes. */
const PASS = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass', 'grpc_pass']);

const KIND_TEXT: Record<StandinKind, string> = {
  certificate: 'certificate',
  key: 'private key',
  ca: 'CA certificate',
  dhparam: 'DH parameters file',
  crl: 'CRL',
  'ocsp-response': 'OCSP response',
  password: 'password file',
  'ticket-key': 'session ticket key',
};

interface Edit {
  line: number;
  col: number;
  /** Exclusive end. */
  endLine: number;
  endCol: number;
  text: string;
}

type Item = Expanded;

interface HostRef {
  host: string;
  item: Item;
  arg: number;
  /** Rebuilds the argument with another host. */
  replace: (addr: string) => string;
  /** Only for listen: the port, for the unprivileged shift. */
}

/** Quotes a value for an nginx config (double quotes; `\` and `"` escaped). */
export function quoteArg(v: string): string {
  return '"' + v.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** A hostname (not an IP address, not `localhost`, not a variable, not a unix socket). */
function isHostname(h: string): boolean {
  return h !== '' && h !== 'localhost' && h !== '*' && !h.includes('$') && isIP(h.replace(/^\[|\]$/g, '')) === 0 && /^[A-Za-z0-9_.-]+$/.test(h) && !/^\d+$/.test(h);
}

/** Splits `host[:port]` / `[v6][:port]` into host and the rest (`:port` or ''). */
function splitHostPort(s: string): { host: string; rest: string } {
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    return { host: s.slice(0, end + 1), rest: s.slice(end + 1) };
  }
  const i = s.lastIndexOf(':');
  return i >= 0 && s.indexOf(':') === i ? { host: s.slice(0, i), rest: s.slice(i) } : { host: s, rest: '' };
}

/** DNS on the runner, at most 2 s per name. */
async function dnsResolve(host: string): Promise<string | undefined> {
  const t = new Promise<undefined>((r) => setTimeout(() => r(undefined), 2000).unref());
  const q = lookup(host).then((a) => a.address, () => undefined);
  return Promise.race([q, t]);
}

function ownAddresses(): Set<string> {
  const s = new Set(['0.0.0.0', '::', '*']);
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) s.add(a.address);
  return s;
}

/**
 * Builds the sandbox for one main config.
 * @throws StandinError when a stand-in cannot be made (openssl missing or failing); the partial
 *   sandbox is removed first
 */
export async function createSandbox(opts: SandboxOptions): Promise<Sandbox> {
  const dir = mkdtempSync(join(opts.tmpDir ?? tmpdir(), 'nginx-gitops-'));
  try {
    return await build(dir, opts);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

async function build(dir: string, opts: SandboxOptions): Promise<Sandbox> {
  const { payload } = opts.result;
  const rel = opts.rel ?? ((f: string) => f);
  const main = resolve(opts.main);
  const confDir = dirname(main);
  const prefix = opts.prefix?.replace(/\/+$/, '');
  const sbConf = join(dir, 'conf');
  const sbRoot = join(dir, 'root');
  const files = payload.config.map((c) => resolve(c.file));
  const notices: Notice[] = [];
  const noticeKeys = new Set<string>();
  const edits = new Map<number, Map<string, Edit>>();
  const sites = new Map<string, Site>();
  const standins = new Map<string, { kinds: Set<StandinKind>; alg: KeyAlgorithm }>();
  const hostRefs: HostRef[] = [];
  const listens: { item: Item; value: string }[] = [];
  const upstreams = new Set<string>();
  let hasPid = false;

  const under = (p: string, d: string) => p === d || p.startsWith(d + sep);
  /** True for a path (a file, or a glob's base) that leads outside opts.confine: nginx -t must not read it. */
  const outside = leavesConfine(opts.confine);
  /** Where a repository file sits in the sandbox. */
  const sandboxOf = (repoPath: string) => (under(repoPath, confDir) ? join(sbConf, relative(confDir, repoPath)) : join(sbRoot, repoPath));
  const siteOf = (it: Item, arg?: number): Site => {
    const pos = arg !== undefined ? argPosition(it.d, arg) : undefined;
    return { file: rel(files[it.fi]), line: pos?.line ?? it.d.line, col: pos?.col ?? it.d.col ?? 1 };
  };
  const notice = (message: string, it?: Item, arg?: number) => {
    if (noticeKeys.has(message)) return;
    noticeKeys.add(message);
    notices.push(it ? { message, ...siteOf(it, arg) } : { message });
  };
  const edit = (it: Item, e: Edit) => {
    let m = edits.get(it.fi);
    if (!m) edits.set(it.fi, (m = new Map()));
    m.set(`${e.line}:${e.col}`, e);
  };
  const replaceArg = (it: Item, i: number, value: string) => {
    const p = argPosition(it.d, i);
    if (!p) return;
    // A multi-line argument keeps its line count: the newlines follow the new token.
    edit(it, { line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol + 1, text: quoteArg(value) + '\n'.repeat(p.endLine - p.line) });
  };
  /** Takes a directive out of the sandbox's copy; its lines stay (as empty lines), so later lines keep their numbers. */
  const remove = (it: Item) => {
    const d = it.d;
    edit(it, { line: d.line, col: d.col ?? 1, endLine: d.endLine ?? d.line, endCol: (d.endCol ?? d.col ?? 1) + 1, text: '\n'.repeat((d.endLine ?? d.line) - d.line) });
  };
  const valueOf = (d: Directive, i: number) => d.values?.[i] ?? d.args[i];

  /** A path a directive reads: where it lives in the repository, and in the sandbox. */
  const readTarget = (p: string): { repo?: string; sandbox: string; original: string; rewrite: boolean; outside?: boolean } => {
    let t: { repo?: string; sandbox: string; original: string; rewrite: boolean };
    if (!isAbsolute(p)) t = { repo: join(confDir, p), sandbox: join(sbConf, p), original: p, rewrite: false };
    else if (prefix && under(p, prefix)) {
      const r = relative(prefix, p);
      t = { repo: join(confDir, r), sandbox: join(sbConf, r), original: p, rewrite: true };
    } else if (under(p, confDir)) t = { repo: p, sandbox: sandboxOf(p), original: p, rewrite: true };
    else t = { sandbox: join(sbRoot, resolve('/', p)), original: p, rewrite: true };
    // a path that leads outside the repository (../, a link, an absolute path) has no repository
    // copy: nginx -t gets a place inside the sandbox (a stand-in, or nothing), never the runner's file
    if (outside(globBase(t.repo ?? p))) return { sandbox: join(sbRoot, 'outside', resolve('/', p)), original: p, rewrite: true, outside: true };
    return t;
  };
  /** A path a directive writes or creates: kept inside the sandbox. */
  const writeTarget = (it: Item, i: number) => {
    const p = valueOf(it.d, i);
    const target = isAbsolute(p) ? join(sbRoot, p) : join(dir, p);
    // nginx creates the last component of a temp or cache path itself; its parent must exist.
    mkdirSync(dirname(target), { recursive: true });
    if (isAbsolute(p)) replaceArg(it, i, target);
  };

  // --- Walk the tree as nginx reads it: includes expanded in place.
  const blocks: { items: Item[]; ctx: string[]; owner?: Item }[] = [];
  const collect = (items: Item[], ctx: string[], owner?: Item) => {
    blocks.push({ items, ctx, owner });
    for (const it of items) {
      if (it.d.directive === 'upstream' && it.d.args[0]) upstreams.add(it.d.args[0]);
      if (it.d.block) collect(expandChildren(payload, it), [...ctx, it.d.directive], it);
    }
  };
  if (payload.config.length) collect(expandBlock(payload, payload.config[0].parsed, 0), []);

  for (const { items, ctx, owner } of blocks) {
    const inUpstream = ctx[ctx.length - 1] === 'upstream';
    const names = new Set(items.map((i) => i.d.directive));
    for (const it of items) {
      const { d } = it;
      const name = d.directive;
      if (name === 'include' && d.args[0]) {
        const t = readTarget(valueOf(d, 0));
        if (t.outside) {
          // not read by the parser (include-outside): not by nginx -t either
          notice(`include ${d.args.join(' ')} was not tested: it leads outside the repository`, it);
          remove(it);
          continue;
        }
        // Files it pulled in from outside the tree are copied below, with the rest.
        if (t.rewrite) replaceArg(it, 0, t.sandbox);
        continue;
      }
      if (name === 'user' && ctx.length === 0) {
        notice(`user ${d.args.join(' ')} was not tested: the account must exist on the load balancers`, it);
        remove(it);
        continue;
      }
      if (name === 'pid' && ctx.length === 0) hasPid = true;
      if (WRITE_PATHS.has(name) && d.args[0] !== undefined) {
        const v = valueOf(d, 0);
        if (name === 'access_log' && (v === 'off' || v.includes('$'))) continue;
        if ((name === 'error_log' || name === 'access_log') && (v === 'stderr' || v.startsWith('syslog:') || v.startsWith('memory:'))) continue;
        writeTarget(it, 0);
        continue;
      }
      if (name === 'load_module' && d.args[0] && !isAbsolute(valueOf(d, 0))) {
        replaceArg(it, 0, join(opts.build.prefix, valueOf(d, 0)));
        continue;
      }
      // Own properties only: a directive or command named like an Object method is no file kind.
      const confCommand = name.endsWith('ssl_conf_command') && Object.hasOwn(CONF_COMMAND_KINDS, d.args[0] ?? '') ? CONF_COMMAND_KINDS[d.args[0]] : undefined;
      const kind = (Object.hasOwn(READ_KINDS, name) ? READ_KINDS[name] : undefined) ?? confCommand;
      const argIdx = confCommand ? 1 : 0;
      if (kind && d.args[argIdx] !== undefined) {
        const v = valueOf(d, argIdx);
        if (v === '' || v.includes('$') || v.startsWith('data:')) continue;
        if (v.startsWith('engine:')) {
          // A key held by an OpenSSL engine (an HSM) on the load balancers.
          if (kind !== 'key') continue;
          const target = join(sbRoot, 'engine', v.replace(/[^A-Za-z0-9._-]/g, '_'));
          standins.set(target, { kinds: new Set(['key']), alg: 'rsa' });
          sites.set(target, siteOf(it, argIdx));
          replaceArg(it, argIdx, target);
          notice(`private key ${v} is held by an OpenSSL engine on the load balancers: tested with a stand-in`, it, argIdx);
          continue;
        }
        const t = readTarget(v);
        sites.set(t.sandbox, siteOf(it, argIdx));
        if (t.repo && existsSync(t.repo)) {
          if (t.rewrite) replaceArg(it, argIdx, t.sandbox);
          continue;
        }
        const s = standins.get(t.sandbox) ?? { kinds: new Set<StandinKind>(), alg: 'rsa' as KeyAlgorithm };
        s.kinds.add(kind);
        standins.set(t.sandbox, s);
        if (t.rewrite) replaceArg(it, argIdx, t.sandbox);
        notice(`${KIND_TEXT[kind]} ${t.original} was not in the repo: tested with a stand-in`, it, argIdx);
        continue;
      }
      if (name === 'listen' && d.args[0] !== undefined) {
        const v = valueOf(d, 0);
        if (v.startsWith('unix:')) {
          const path = v.slice(5);
          const target = isAbsolute(path) ? join(sbRoot, path) : join(dir, path);
          mkdirSync(dirname(target), { recursive: true });
          replaceArg(it, 0, 'unix:' + target);
        } else listens.push({ item: it, value: v });
        continue;
      }
      if (name === 'server' && inUpstream && d.args[0] !== undefined) {
        const v = valueOf(d, 0);
        if (v.startsWith('unix:')) continue;
        const { host, rest } = splitHostPort(v);
        if (isHostname(host)) hostRefs.push({ host, item: it, arg: 0, replace: (a) => a + rest });
        continue;
      }
      if (PASS.has(name) && d.args[0] !== undefined) {
        const v = valueOf(d, 0);
        if (v.includes('$')) continue;
        const m = /^([a-z]+:\/\/)?([^/]*)(.*)$/.exec(v);
        if (!m || m[2].startsWith('unix:')) continue;
        const { host, rest } = splitHostPort(m[2]);
        if (upstreams.has(m[2]) || upstreams.has(host)) continue;
        if (isHostname(host)) hostRefs.push({ host, item: it, arg: 0, replace: (a) => (m[1] ?? '') + a + rest + m[3] });
        continue;
      }
      if (name === 'resolver') {
        d.args.forEach((a, i) => {
          if (a.includes('=')) return;
          const { host, rest } = splitHostPort(valueOf(d, i));
          if (isHostname(host)) hostRefs.push({ host, item: it, arg: i, replace: (x) => x + rest });
        });
      }
    }
    // Temp paths and the access log at the http level: nginx's compiled-in defaults stay untouched.
    if (ctx.length === 1 && ctx[0] === 'http' && owner?.d.endLine && owner.d.endCol) {
      const add: string[] = [];
      for (const n of HTTP_TEMP_PATHS) {
        if (names.has(n)) continue;
        const p = join(dir, 'temp', n.replace(/_temp_path$/, ''));
        add.push(`${n} ${quoteArg(p)};`);
      }
      if (!names.has('access_log')) add.push(`access_log ${quoteArg(join(dir, 'logs', 'access.log'))};`);
      mkdirSync(join(dir, 'temp'), { recursive: true });
      if (add.length) edit(owner, { line: owner.d.endLine, col: owner.d.endCol, endLine: owner.d.endLine, endCol: owner.d.endCol, text: ' ' + add.join(' ') + ' ' });
    }
  }
  // upstream names may be defined after their use: drop hosts that turned out to be upstreams.
  const refs = hostRefs.filter((r) => !(PASS.has(r.item.d.directive) && upstreams.has(r.host)));

  // --- Certificate/key pairs at one level share a key algorithm (an EC hint on either side wins).
  for (const { items } of blocks) {
    for (const g of SSL_GROUPS) {
      const certs = items.filter((i) => i.d.directive === g + 'certificate');
      const keys = items.filter((i) => i.d.directive === g + 'certificate_key');
      for (let k = 0; k < Math.max(certs.length, keys.length); k++) {
        const sides = [certs[k], keys[k]]
          .filter((i): i is Item => i !== undefined)
          .map((item) => ({ item, t: readTarget(valueOf(item.d, 0)), kind: (item.d.directive.endsWith('_key') ? 'key' : 'certificate') as StandinKind }));
        if (!sides.some((x) => standins.has(x.t.sandbox))) continue;
        const alg: KeyAlgorithm = sides.some((x) => /(^|[^a-z])(ec|ecc|ecdsa|p256|p384|secp\d+r1|prime256v1)([^a-z]|$)/i.test(basename(x.t.original))) ? 'ec' : 'rsa';
        for (const { item, t, kind } of sides) {
          const s = standins.get(t.sandbox);
          if (s) {
            s.alg = alg;
            continue;
          }
          // This side is in the repository, its pair is not: a stand-in cannot match the real
          // one, so both sides are stand-ins.
          if (!t.repo || !existsSync(t.repo)) continue;
          const target = join(sbRoot, 'replaced', t.original.replace(/^\/+/, ''));
          standins.set(target, { kinds: new Set([kind]), alg });
          replaceArg(item, 0, target);
          sites.set(target, siteOf(item, 0));
          notice(`${KIND_TEXT[kind]} ${t.original} is in the repo but its pair is not: tested with a stand-in pair`, item, 0);
        }
      }
    }
  }

  // --- Hostnames: an address for each, loopback where the runner cannot resolve it.
  const resolveHost = opts.resolveHost ?? dnsResolve;
  const uniq = [...new Set(refs.map((r) => r.host))];
  const listenHosts = listens.map((l) => splitHostPort(l.value).host).filter((h) => isHostname(h));
  const allHosts = [...new Set([...uniq, ...listenHosts])];
  const addrs = new Map<string, string>();
  await Promise.all(
    allHosts.map(async (h) => {
      const a = await resolveHost(h);
      addrs.set(h, a ?? '127.0.0.1');
      if (!a) {
        const r = refs.find((x) => x.host === h);
        const l = listens.find((x) => splitHostPort(x.value).host === h);
        notice(`host ${h} does not resolve on this runner: tested as 127.0.0.1`, r?.item ?? l?.item, r?.arg ?? 0);
      }
    }),
  );
  const hosts = new Map<string, string>();
  if (opts.isolation === 'rewrite') {
    for (const r of refs) {
      const a = addrs.get(r.host)!;
      replaceArg(r.item, r.arg, r.replace(isIP(a) === 6 ? `[${a}]` : a));
    }
  } else for (const h of allHosts) hosts.set(h, addrs.get(h)!);

  // --- Listen addresses this machine does not own.
  const own = ownAddresses();
  for (const { item, value } of listens) {
    const m = /^(\[[^\]]*\]|[^:]+)?(?::?(\d+))?$/.exec(value.includes(':') || value.startsWith('[') ? value : /^\d+$/.test(value) ? ':' + value : value);
    let host = m?.[1] ?? '';
    let port = m?.[2] ? parseInt(m[2], 10) : undefined;
    if (/^\d+$/.test(value)) {
      host = '';
      port = parseInt(value, 10);
    }
    const bare = host.replace(/^\[|\]$/g, '');
    const foreign = bare !== '' && bare !== '*' && isIP(bare) !== 0 && !own.has(bare);
    if (opts.isolation !== 'rewrite') {
      if (foreign) notice(`listen address ${bare} is not on this runner: accepted with ip_nonlocal_bind (the load balancers must own it)`, item, 0);
      continue;
    }
    let newHost = host;
    if (foreign) {
      newHost = isIP(bare) === 6 ? '[::1]' : '127.0.0.1';
      notice(`listen address ${bare} is not on this runner: tested on ${newHost}`, item, 0);
    } else if (isHostname(host)) {
      const a = addrs.get(host)!;
      newHost = isIP(a) === 6 ? `[${a}]` : a;
    }
    let newPort = port;
    if (opts.unprivileged && (port ?? 80) < 1024) {
      newPort = (port ?? 80) + 10000;
      notice(`listen port ${port ?? 80} needs root: tested on port ${newPort}`, item, 0);
    }
    if (newHost !== host || newPort !== port) replaceArg(item, 0, newHost ? (newPort !== undefined ? `${newHost}:${newPort}` : newHost) : String(newPort));
  }

  // --- Write the sandbox: the tree, the files from outside it, the edits, the stand-ins.
  mkdirSync(dir, { recursive: true });
  cpSync(confDir, sbConf, {
    recursive: true,
    verbatimSymlinks: true,
    // a symbolic link out of the repository is left behind: nginx -t would read what it points at
    filter: (src) => !/(^|\/)(\.git|node_modules)$/.test(src) && !(opts.confine && lstatSync(src).isSymbolicLink() && outside(src)),
  });
  for (const f of files) {
    if (!under(f, confDir) && existsSync(f) && !outside(f)) {
      mkdirSync(dirname(join(sbRoot, f)), { recursive: true });
      cpSync(f, join(sbRoot, f));
    }
  }
  for (const [fi, m] of edits) {
    const target = sandboxOf(files[fi]);
    writeFileSync(target, applyEdits(readFileSync(files[fi], 'utf8'), [...m.values()]));
  }
  if (standins.size) {
    const factory = new StandinFactory(join(dir, '.standins'), opts.openssl);
    for (const [path, s] of standins) {
      const parts: Buffer[] = [];
      // A file named as both key and certificate (a combined PEM) holds both.
      for (const kind of ['key', 'certificate', 'ca', 'crl', 'dhparam', 'ocsp-response', 'password', 'ticket-key'] as StandinKind[]) {
        if (s.kinds.has(kind)) parts.push(await factory.material(kind, s.alg));
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.concat(parts), { mode: 0o600 });
    }
  }
  mkdirSync(join(dir, 'logs'), { recursive: true });

  const conf = sandboxOf(main);
  const nginxArgs = ['-t', '-p', dir + '/', '-c', conf];
  // nginx >= 1.19.5: -e moves the error log used before the config is read.
  if (versionAtLeast(opts.build.version, '1.19.5')) nginxArgs.push('-e', join(dir, 'logs', 'error.log'));
  if (!hasPid) nginxArgs.push('-g', `pid ${join(dir, 'nginx.pid')};`);

  const display = (p: string): string => {
    if (under(p, sbConf)) return rel(join(confDir, relative(sbConf, p)));
    if (under(p, join(sbRoot, 'replaced'))) return '/' + relative(join(sbRoot, 'replaced'), p);
    if (under(p, sbRoot)) return '/' + relative(sbRoot, p);
    return p;
  };
  notices.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  let removed = false;
  return {
    dir,
    conf,
    nginxArgs,
    hosts,
    notices,
    sites,
    mapPath: display,
    mapText: (text) => text.replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[^\\s"\':,)]*', 'g'), display),
    repoFile: (p) => (under(p, sbConf) ? join(confDir, relative(sbConf, p)) : undefined),
    remove: () => {
      if (removed) return;
      removed = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Applies edits to a file's text. Positions are 1-based lines and UTF-16 columns, as the parser
 * gives them; `endCol` is exclusive. Edits must not overlap.
 */
export function applyEdits(text: string, edits: Edit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const off = (line: number, col: number) => (starts[line - 1] ?? text.length) + col - 1;
  const sorted = [...edits].sort((a, b) => off(b.line, b.col) - off(a.line, a.col));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.line, e.col)) + e.text + out.slice(off(e.endLine, e.endCol));
  return out;
}
