import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);
import {
  ALL_RULE_IDS,
  InputError,
  NGINX_TEST_RULES,
  RULES,
  argPosition,
  childEnv,
  climbsOut,
  execFile,
  globBase,
  leavesConfine,
  lint,
  loadLintConfig,
  parseBuild,
  parseDetailed,
  parserFindings,
  pathIgnored,
  sortFindings,
  versionAtLeast
} from "./chunk-VCMZ335H.js";

// src/check.ts
import { existsSync as existsSync2, readdirSync, statSync } from "node:fs";
import { dirname as dirname3, isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/parser/expand.ts
function expandBlock(payload, list, fi, stack = [fi]) {
  const out = [];
  for (const d of list) {
    out.push({ d, fi, stack });
    if (d.directive === "include" && d.includes) {
      for (const inc of d.includes) if (!stack.includes(inc)) out.push(...expandBlock(payload, payload.config[inc].parsed, inc, [...stack, inc]));
    }
  }
  return out;
}
function expandChildren(payload, e) {
  return e.d.block ? expandBlock(payload, e.d.block, e.fi, e.stack) : [];
}

// src/nginx-test/results.ts
var LINE = /^nginx: \[(emerg|alert|crit|error|warn|notice|info)\] (.*?)(?: in (\S+?):(\d+))?\s*$/;
function parseNginxOutput(stderr) {
  const out = [];
  for (const l of stderr.split("\n")) {
    const m = LINE.exec(l);
    if (!m) continue;
    out.push({ level: m[1], message: m[2], file: m[3], line: m[4] ? parseInt(m[4], 10) : void 0 });
  }
  return out;
}
var SANDBOX_ARTIFACTS = [/^could not open error log file: /];
function messagesToFindings(msgs, o) {
  const cols = columnIndex(o.payload, o.rel);
  const ordered = inIncludeOrder(o.payload);
  const out = [];
  for (const m of msgs) {
    if (m.level === "notice" || m.level === "info") continue;
    if (SANDBOX_ARTIFACTS.some((re) => re.test(m.message))) continue;
    const warn = m.level === "warn";
    const severity = warn && !o.warningsAsErrors ? "warning" : "error";
    let file = o.mainFile;
    let line2 = 1;
    let col = 1;
    if (m.file && m.line) {
      file = o.sandbox.mapPath(m.file);
      line2 = m.line;
      col = cols.get(`${file}:${line2}`) ?? 1;
    } else {
      const at = siteOfPath(m.message, o.sandbox) ?? siteOfName(m.message, ordered, o.rel);
      if (at) ({ file, line: line2, col } = at);
    }
    out.push({
      rule: warn ? "nginx-test-warning" : "nginx-test",
      severity,
      file,
      line: line2,
      col,
      message: `nginx -t: [${m.level}] ${o.sandbox.mapText(m.message)}`,
      docs: `docs/rules/${warn ? "nginx-test-warning" : "nginx-test"}.md`
    });
  }
  return out;
}
function siteOfPath(message, sb) {
  for (const [path, site] of sb.sites) if (message.includes(path)) return site;
  return void 0;
}
function siteOfName(message, ordered, rel) {
  const at = (x, arg) => {
    if (!x) return void 0;
    const p = argPosition(x.d, arg);
    return { file: rel(x.file), line: p?.line ?? x.d.line, col: p?.col ?? x.d.col ?? 1 };
  };
  let m = /^unknown "([^"]+)" variable/.exec(message);
  if (m) {
    const re = new RegExp(`\\$(\\{${m[1]}\\}|${m[1]}(?![A-Za-z0-9_]))`);
    for (const x of ordered) {
      const i = x.d.args.findIndex((a) => re.test(a));
      if (i >= 0) return at(x, i);
    }
    return void 0;
  }
  m = /^(conflicting|invalid) server name (?:or wildcard )?"([^"]*)"/.exec(message);
  if (m) {
    const name = m[2];
    const hits = ordered.filter((x) => x.d.directive === "server_name" && x.d.args.some((a) => a.toLowerCase() === name));
    const hit = m[1] === "conflicting" ? hits[hits.length - 1] : hits[0];
    return hit ? at(hit, hit.d.args.findIndex((a) => a.toLowerCase() === name)) : void 0;
  }
  return void 0;
}
function inIncludeOrder(p) {
  const out = [];
  const walk = (list) => {
    for (const e of list) {
      out.push({ d: e.d, file: p.config[e.fi].file });
      if (e.d.block) walk(expandChildren(p, e));
    }
  };
  if (p.config.length) walk(expandBlock(p, p.config[0].parsed, 0));
  return out;
}
function columnIndex(p, rel) {
  const idx = /* @__PURE__ */ new Map();
  const walk = (list, f) => {
    for (const d of list) {
      const k = `${f}:${d.line}`;
      if (!idx.has(k)) idx.set(k, d.col ?? 1);
      if (d.block) walk(d.block, f);
    }
  };
  for (const c of p.config) walk(c.parsed, rel(c.file));
  return idx;
}

// src/nginx-test/runners.ts
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var TEST_TIMEOUT_MS = 12e4;
function once(ask) {
  let p;
  return () => p ??= ask();
}
function buildOrThrow(r, what) {
  const b = parseBuild(r.stderr + r.stdout);
  if (!b) throw new InputError(`${what}: "nginx -V" failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" ")}`);
  return b;
}
async function canUnshare() {
  const r = await execFile("unshare", ["--mount", "--net", "--", "true"], { timeoutMs: 1e4 });
  return r.code === 0;
}
var NAMESPACE_SCRIPT = [
  "hosts=$1; shift",
  'mount --bind "$hosts" /etc/hosts || exit 97',
  "ip link set lo up 2>/dev/null",
  "echo 1 > /proc/sys/net/ipv4/ip_nonlocal_bind || exit 97",
  "echo 1 > /proc/sys/net/ipv6/ip_nonlocal_bind 2>/dev/null",
  'exec "$@"'
].join("\n");
async function localRunner(bin = "nginx", forceIsolation) {
  const root = process.getuid?.() === 0;
  const isolation = forceIsolation ?? (root && await canUnshare() ? "namespace" : "rewrite");
  return {
    name: "local",
    isolation,
    unprivileged: !root,
    build: once(async () => {
      const r = await execFile(bin, ["-V"], { timeoutMs: 3e4 });
      if (r.code === 127) throw new InputError(`nginx-test local: cannot run "${bin}" (${r.stderr.trim()}); install nginx or set nginx-bin`);
      return buildOrThrow(r, `nginx-test local (${bin})`);
    }),
    async test(sb) {
      if (isolation !== "namespace") return execFile(bin, sb.nginxArgs, { timeoutMs: TEST_TIMEOUT_MS });
      const hostsFile = join(sb.dir, "hosts");
      const lines = [...sb.hosts].map(([h, a]) => `${a} ${h}`);
      let base = "127.0.0.1 localhost\n::1 localhost\n";
      try {
        base = readFileSync("/etc/hosts", "utf8");
      } catch {
      }
      writeFileSync(hostsFile, base.replace(/\n?$/, "\n") + lines.join("\n") + "\n");
      const r = await execFile("unshare", ["--mount", "--net", "--propagation", "private", "--", "sh", "-c", NAMESPACE_SCRIPT, "sh", hostsFile, bin, ...sb.nginxArgs], { timeoutMs: TEST_TIMEOUT_MS });
      if (r.code === 97) throw new InputError(`nginx-test local: could not prepare the network namespace: ${r.stderr.trim()}`);
      return r;
    }
  };
}
async function dockerAnswers(docker = "docker") {
  const r = await execFile(docker, ["version", "--format", "{{.Server.Version}}"], { env: childEnv(true), timeoutMs: 5e3 });
  return r.code === 0 && r.stdout.trim() !== "";
}
async function dockerRunner(image, docker = "docker") {
  if (!await dockerAnswers(docker)) throw new InputError("nginx-test docker: no Docker engine answers (start one, or use nginx-test: local)");
  const env = childEnv(true);
  const uid = process.getuid?.() ?? 0;
  const gid = process.getgid?.() ?? 0;
  const isolated = ["run", "--rm", "--network", "none", "--security-opt", "no-new-privileges"];
  return {
    name: "docker",
    isolation: "container",
    unprivileged: false,
    build: once(async () => {
      const r = await execFile(docker, [...isolated, "--entrypoint", "nginx", image, "-V"], { env, timeoutMs: 6e5 });
      return buildOrThrow(r, `nginx-test docker (image ${image})`);
    }),
    async test(sb) {
      const args2 = [...isolated];
      if (uid !== 0) args2.push("--user", `${uid}:${gid}`, "--cap-drop", "ALL");
      args2.push("--sysctl", "net.ipv4.ip_nonlocal_bind=1", "--sysctl", "net.ipv4.ip_unprivileged_port_start=0");
      for (const [h, a] of sb.hosts) args2.push("--add-host", `${h}:${a}`);
      args2.push("-v", `${sb.dir}:${sb.dir}`, "--entrypoint", "nginx", image, ...sb.nginxArgs);
      return execFile(docker, args2, { env, timeoutMs: TEST_TIMEOUT_MS });
    }
  };
}
async function serviceRunner(container, docker = "docker") {
  const env = childEnv(true);
  return {
    name: "service",
    isolation: "rewrite",
    unprivileged: false,
    build: once(async () => {
      const r = await execFile(docker, ["exec", container, "nginx", "-V"], { env, timeoutMs: 6e4 });
      return buildOrThrow(r, `nginx-test service (container ${container})`);
    }),
    async test(sb) {
      const mk = await execFile(docker, ["exec", container, "mkdir", "-p", dirname(sb.dir)], { env, timeoutMs: 6e4 });
      if (mk.code !== 0) throw new InputError(`nginx-test service: cannot prepare ${dirname(sb.dir)} in container ${container}: ${mk.stderr.trim()}`);
      const cp = await execFile(docker, ["cp", sb.dir, `${container}:${sb.dir}`], { env, timeoutMs: 12e4 });
      if (cp.code !== 0) throw new InputError(`nginx-test service: docker cp into container ${container} failed: ${cp.stderr.trim()}`);
      try {
        return await execFile(docker, ["exec", container, "nginx", ...sb.nginxArgs], { env, timeoutMs: TEST_TIMEOUT_MS });
      } finally {
        await execFile(docker, ["exec", container, "rm", "-rf", sb.dir], { env, timeoutMs: 6e4 });
      }
    }
  };
}

// src/nginx-test/sandbox.ts
import { lookup } from "node:dns/promises";
import { cpSync, existsSync, lstatSync, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync3, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { isIP } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { basename, dirname as dirname2, isAbsolute, join as join3, relative, resolve, sep } from "node:path";

// src/nginx-test/standins.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var StandinError = class extends Error {
};
var StandinFactory = class {
  constructor(workDir, openssl = "openssl") {
    this.workDir = workDir;
    this.openssl = openssl;
    mkdirSync(workDir, { recursive: true, mode: 448 });
  }
  workDir;
  openssl;
  cache = /* @__PURE__ */ new Map();
  /**
   * The bytes of a stand-in of `kind`; `alg` picks the key algorithm for certificates and keys.
   * @throws StandinError when openssl is missing or fails (its message kept)
   */
  async material(kind, alg = "rsa") {
    const key = kind === "certificate" || kind === "key" ? `${kind}:${alg}` : kind;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let buf;
    switch (kind) {
      case "certificate":
      case "key": {
        await this.pair(alg);
        buf = this.cache.get(key);
        break;
      }
      case "ca":
        buf = await this.material("certificate", "rsa");
        break;
      case "dhparam":
        await this.openssl_(["genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048", "-out", join2(this.workDir, "dh.pem")]);
        buf = readFileSync2(join2(this.workDir, "dh.pem"));
        break;
      case "crl":
        buf = await this.crl();
        break;
      case "ocsp-response":
        buf = await this.ocspResponse();
        break;
      case "password":
        buf = Buffer.from("stand-in\n");
        break;
      case "ticket-key":
        buf = randomBytes(80);
        break;
    }
    this.cache.set(key, buf);
    return buf;
  }
  async pair(alg) {
    const k = join2(this.workDir, `${alg}.key`);
    const c = join2(this.workDir, `${alg}.crt`);
    const keyOpts = alg === "ec" ? ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"] : ["-newkey", "rsa:2048"];
    await this.openssl_(["req", "-x509", ...keyOpts, "-nodes", "-keyout", k, "-out", c, "-days", "2", "-subj", "/CN=nginx-gitops stand-in"]);
    this.cache.set(`key:${alg}`, readFileSync2(k));
    this.cache.set(`certificate:${alg}`, readFileSync2(c));
  }
  async crl() {
    await this.material("certificate", "rsa");
    const d = this.workDir;
    writeFileSync2(join2(d, "index.txt"), "");
    writeFileSync2(join2(d, "crlnumber"), "01\n");
    writeFileSync2(
      join2(d, "ca.cnf"),
      `[ca]
default_ca = standin
[standin]
database = ${join2(d, "index.txt")}
crlnumber = ${join2(d, "crlnumber")}
private_key = ${join2(d, "rsa.key")}
certificate = ${join2(d, "rsa.crt")}
default_md = sha256
default_crl_days = 2
`
    );
    await this.openssl_(["ca", "-gencrl", "-config", join2(d, "ca.cnf"), "-out", join2(d, "crl.pem")]);
    return readFileSync2(join2(d, "crl.pem"));
  }
  /** A DER OCSP response about the stand-in certificate, signed by itself (nginx only parses it at -t). */
  async ocspResponse() {
    await this.material("certificate", "rsa");
    const d = this.workDir;
    const crt = join2(d, "rsa.crt");
    writeFileSync2(join2(d, "ocsp-index.txt"), "");
    await this.openssl_(["ocsp", "-issuer", crt, "-cert", crt, "-no_nonce", "-reqout", join2(d, "ocsp-req.der")]);
    await this.openssl_(["ocsp", "-index", join2(d, "ocsp-index.txt"), "-rsigner", crt, "-rkey", join2(d, "rsa.key"), "-CA", crt, "-reqin", join2(d, "ocsp-req.der"), "-respout", join2(d, "ocsp-resp.der"), "-ndays", "2"]);
    return readFileSync2(join2(d, "ocsp-resp.der"));
  }
  async openssl_(args2) {
    const r = await execFile(this.openssl, args2, { env: childEnv(), timeoutMs: 6e4 });
    if (r.code !== 0) throw new StandinError(`openssl ${args2[0]} failed (exit ${r.code}): ${r.stderr.trim().split("\n").slice(-2).join(" ")}`);
  }
};

// src/nginx-test/sandbox.ts
var SSL_GROUPS = ["ssl_", "proxy_ssl_", "grpc_ssl_", "uwsgi_ssl_"];
var READ_KINDS = {};
for (const g of SSL_GROUPS) {
  Object.assign(READ_KINDS, {
    [g + "certificate"]: "certificate",
    [g + "certificate_key"]: "key",
    [g + "trusted_certificate"]: "ca",
    [g + "crl"]: "crl",
    [g + "password_file"]: "password"
  });
}
READ_KINDS.ssl_client_certificate = "ca";
READ_KINDS.ssl_dhparam = "dhparam";
READ_KINDS.ssl_session_ticket_key = "ticket-key";
READ_KINDS.ssl_stapling_file = "ocsp-response";
var CONF_COMMAND_KINDS = {
  Certificate: "certificate",
  PrivateKey: "key",
  ChainCAFile: "ca",
  VerifyCAFile: "ca",
  RequestCAFile: "ca",
  ClientCAFile: "ca",
  DHParameters: "dhparam"
};
var WRITE_PATHS = /* @__PURE__ */ new Set([
  "error_log",
  "access_log",
  "pid",
  "lock_file",
  "client_body_temp_path",
  "proxy_temp_path",
  "fastcgi_temp_path",
  "uwsgi_temp_path",
  "scgi_temp_path",
  "proxy_cache_path",
  "fastcgi_cache_path",
  "uwsgi_cache_path",
  "scgi_cache_path"
]);
var HTTP_TEMP_PATHS = ["client_body_temp_path", "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path", "scgi_temp_path"];
var PASS = /* @__PURE__ */ new Set(["proxy_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "memcached_pass", "grpc_pass"]);
var KIND_TEXT = {
  certificate: "certificate",
  key: "private key",
  ca: "CA certificate",
  dhparam: "DH parameters file",
  crl: "CRL",
  "ocsp-response": "OCSP response",
  password: "password file",
  "ticket-key": "session ticket key"
};
function quoteArg(v) {
  return '"' + v.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
}
function isHostname(h) {
  return h !== "" && h !== "localhost" && h !== "*" && !h.includes("$") && isIP(h.replace(/^\[|\]$/g, "")) === 0 && /^[A-Za-z0-9_.-]+$/.test(h) && !/^\d+$/.test(h);
}
function splitHostPort(s) {
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    return { host: s.slice(0, end + 1), rest: s.slice(end + 1) };
  }
  const i = s.lastIndexOf(":");
  return i >= 0 && s.indexOf(":") === i ? { host: s.slice(0, i), rest: s.slice(i) } : { host: s, rest: "" };
}
async function dnsResolve(host) {
  const t = new Promise((r) => setTimeout(() => r(void 0), 2e3).unref());
  const q = lookup(host).then((a) => a.address, () => void 0);
  return Promise.race([q, t]);
}
function ownAddresses() {
  const s = /* @__PURE__ */ new Set(["0.0.0.0", "::", "*"]);
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) s.add(a.address);
  return s;
}
async function createSandbox(opts) {
  const dir = mkdtempSync(join3(opts.tmpDir ?? tmpdir(), "nginx-gitops-"));
  try {
    return await build(dir, opts);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
async function build(dir, opts) {
  const { payload } = opts.result;
  const rel = opts.rel ?? ((f) => f);
  const main = resolve(opts.main);
  const confDir = dirname2(main);
  const prefix = opts.prefix?.replace(/\/+$/, "");
  const sbConf = join3(dir, "conf");
  const sbRoot = join3(dir, "root");
  const files = payload.config.map((c) => resolve(c.file));
  const notices = [];
  const noticeKeys = /* @__PURE__ */ new Set();
  const edits = /* @__PURE__ */ new Map();
  const sites = /* @__PURE__ */ new Map();
  const standins = /* @__PURE__ */ new Map();
  const hostRefs = [];
  const listens = [];
  const upstreams = /* @__PURE__ */ new Set();
  let hasPid = false;
  const under = (p, d) => p === d || p.startsWith(d + sep);
  const outside = leavesConfine(opts.confine);
  const sandboxOf = (repoPath) => under(repoPath, confDir) ? join3(sbConf, relative(confDir, repoPath)) : join3(sbRoot, repoPath);
  const siteOf = (it, arg) => {
    const pos = arg !== void 0 ? argPosition(it.d, arg) : void 0;
    return { file: rel(files[it.fi]), line: pos?.line ?? it.d.line, col: pos?.col ?? it.d.col ?? 1 };
  };
  const notice = (message, it, arg) => {
    if (noticeKeys.has(message)) return;
    noticeKeys.add(message);
    notices.push(it ? { message, ...siteOf(it, arg) } : { message });
  };
  const edit = (it, e) => {
    let m = edits.get(it.fi);
    if (!m) edits.set(it.fi, m = /* @__PURE__ */ new Map());
    m.set(`${e.line}:${e.col}`, e);
  };
  const replaceArg = (it, i, value) => {
    const p = argPosition(it.d, i);
    if (!p) return;
    edit(it, { line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol + 1, text: quoteArg(value) + "\n".repeat(p.endLine - p.line) });
  };
  const remove = (it) => {
    const d = it.d;
    edit(it, { line: d.line, col: d.col ?? 1, endLine: d.endLine ?? d.line, endCol: (d.endCol ?? d.col ?? 1) + 1, text: "\n".repeat((d.endLine ?? d.line) - d.line) });
  };
  const valueOf = (d, i) => d.values?.[i] ?? d.args[i];
  const readTarget = (p) => {
    let t;
    if (!isAbsolute(p)) t = { repo: join3(confDir, p), sandbox: join3(sbConf, p), original: p, rewrite: false };
    else if (prefix && under(p, prefix)) {
      const r = relative(prefix, p);
      t = { repo: join3(confDir, r), sandbox: join3(sbConf, r), original: p, rewrite: true };
    } else if (under(p, confDir)) t = { repo: p, sandbox: sandboxOf(p), original: p, rewrite: true };
    else t = { sandbox: join3(sbRoot, resolve("/", p)), original: p, rewrite: true };
    if (outside(globBase(t.repo ?? p))) return { sandbox: join3(sbRoot, "outside", resolve("/", p)), original: p, rewrite: true, outside: true };
    return t;
  };
  const writeTarget = (it, i) => {
    const p = valueOf(it.d, i);
    const target = isAbsolute(p) ? join3(sbRoot, p) : join3(dir, p);
    mkdirSync2(dirname2(target), { recursive: true });
    if (isAbsolute(p)) replaceArg(it, i, target);
  };
  const blocks = [];
  const collect = (items, ctx, owner) => {
    blocks.push({ items, ctx, owner });
    for (const it of items) {
      if (it.d.directive === "upstream" && it.d.args[0]) upstreams.add(it.d.args[0]);
      if (it.d.block) collect(expandChildren(payload, it), [...ctx, it.d.directive], it);
    }
  };
  if (payload.config.length) collect(expandBlock(payload, payload.config[0].parsed, 0), []);
  for (const { items, ctx, owner } of blocks) {
    const inUpstream = ctx[ctx.length - 1] === "upstream";
    const names = new Set(items.map((i) => i.d.directive));
    for (const it of items) {
      const { d } = it;
      const name = d.directive;
      if (name === "include" && d.args[0]) {
        const t = readTarget(valueOf(d, 0));
        if (t.outside) {
          notice(`include ${d.args.join(" ")} was not tested: it leads outside the repository`, it);
          remove(it);
          continue;
        }
        if (t.rewrite) replaceArg(it, 0, t.sandbox);
        continue;
      }
      if (name === "user" && ctx.length === 0) {
        notice(`user ${d.args.join(" ")} was not tested: the account must exist on the load balancers`, it);
        remove(it);
        continue;
      }
      if (name === "pid" && ctx.length === 0) hasPid = true;
      if (WRITE_PATHS.has(name) && d.args[0] !== void 0) {
        const v = valueOf(d, 0);
        if (name === "access_log" && (v === "off" || v.includes("$"))) continue;
        if ((name === "error_log" || name === "access_log") && (v === "stderr" || v.startsWith("syslog:") || v.startsWith("memory:"))) continue;
        writeTarget(it, 0);
        continue;
      }
      if (name === "load_module" && d.args[0] && !isAbsolute(valueOf(d, 0))) {
        replaceArg(it, 0, join3(opts.build.prefix, valueOf(d, 0)));
        continue;
      }
      const confCommand = name.endsWith("ssl_conf_command") && Object.hasOwn(CONF_COMMAND_KINDS, d.args[0] ?? "") ? CONF_COMMAND_KINDS[d.args[0]] : void 0;
      const kind = (Object.hasOwn(READ_KINDS, name) ? READ_KINDS[name] : void 0) ?? confCommand;
      const argIdx = confCommand ? 1 : 0;
      if (kind && d.args[argIdx] !== void 0) {
        const v = valueOf(d, argIdx);
        if (v === "" || v.includes("$") || v.startsWith("data:")) continue;
        if (v.startsWith("engine:")) {
          if (kind !== "key") continue;
          const target = join3(sbRoot, "engine", v.replace(/[^A-Za-z0-9._-]/g, "_"));
          standins.set(target, { kinds: /* @__PURE__ */ new Set(["key"]), alg: "rsa" });
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
        const s = standins.get(t.sandbox) ?? { kinds: /* @__PURE__ */ new Set(), alg: "rsa" };
        s.kinds.add(kind);
        standins.set(t.sandbox, s);
        if (t.rewrite) replaceArg(it, argIdx, t.sandbox);
        notice(`${KIND_TEXT[kind]} ${t.original} was not in the repo: tested with a stand-in`, it, argIdx);
        continue;
      }
      if (name === "listen" && d.args[0] !== void 0) {
        const v = valueOf(d, 0);
        if (v.startsWith("unix:")) {
          const path = v.slice(5);
          const target = isAbsolute(path) ? join3(sbRoot, path) : join3(dir, path);
          mkdirSync2(dirname2(target), { recursive: true });
          replaceArg(it, 0, "unix:" + target);
        } else listens.push({ item: it, value: v });
        continue;
      }
      if (name === "server" && inUpstream && d.args[0] !== void 0) {
        const v = valueOf(d, 0);
        if (v.startsWith("unix:")) continue;
        const { host, rest } = splitHostPort(v);
        if (isHostname(host)) hostRefs.push({ host, item: it, arg: 0, replace: (a) => a + rest });
        continue;
      }
      if (PASS.has(name) && d.args[0] !== void 0) {
        const v = valueOf(d, 0);
        if (v.includes("$")) continue;
        const m = /^([a-z]+:\/\/)?([^/]*)(.*)$/.exec(v);
        if (!m || m[2].startsWith("unix:")) continue;
        const { host, rest } = splitHostPort(m[2]);
        if (upstreams.has(m[2]) || upstreams.has(host)) continue;
        if (isHostname(host)) hostRefs.push({ host, item: it, arg: 0, replace: (a) => (m[1] ?? "") + a + rest + m[3] });
        continue;
      }
      if (name === "resolver") {
        d.args.forEach((a, i) => {
          if (a.includes("=")) return;
          const { host, rest } = splitHostPort(valueOf(d, i));
          if (isHostname(host)) hostRefs.push({ host, item: it, arg: i, replace: (x) => x + rest });
        });
      }
    }
    if (ctx.length === 1 && ctx[0] === "http" && owner?.d.endLine && owner.d.endCol) {
      const add = [];
      for (const n of HTTP_TEMP_PATHS) {
        if (names.has(n)) continue;
        const p = join3(dir, "temp", n.replace(/_temp_path$/, ""));
        add.push(`${n} ${quoteArg(p)};`);
      }
      if (!names.has("access_log")) add.push(`access_log ${quoteArg(join3(dir, "logs", "access.log"))};`);
      mkdirSync2(join3(dir, "temp"), { recursive: true });
      if (add.length) edit(owner, { line: owner.d.endLine, col: owner.d.endCol, endLine: owner.d.endLine, endCol: owner.d.endCol, text: " " + add.join(" ") + " " });
    }
  }
  const refs = hostRefs.filter((r) => !(PASS.has(r.item.d.directive) && upstreams.has(r.host)));
  for (const { items } of blocks) {
    for (const g of SSL_GROUPS) {
      const certs = items.filter((i) => i.d.directive === g + "certificate");
      const keys = items.filter((i) => i.d.directive === g + "certificate_key");
      for (let k = 0; k < Math.max(certs.length, keys.length); k++) {
        const sides = [certs[k], keys[k]].filter((i) => i !== void 0).map((item) => ({ item, t: readTarget(valueOf(item.d, 0)), kind: item.d.directive.endsWith("_key") ? "key" : "certificate" }));
        if (!sides.some((x) => standins.has(x.t.sandbox))) continue;
        const alg = sides.some((x) => /(^|[^a-z])(ec|ecc|ecdsa|p256|p384|secp\d+r1|prime256v1)([^a-z]|$)/i.test(basename(x.t.original))) ? "ec" : "rsa";
        for (const { item, t, kind } of sides) {
          const s = standins.get(t.sandbox);
          if (s) {
            s.alg = alg;
            continue;
          }
          if (!t.repo || !existsSync(t.repo)) continue;
          const target = join3(sbRoot, "replaced", t.original.replace(/^\/+/, ""));
          standins.set(target, { kinds: /* @__PURE__ */ new Set([kind]), alg });
          replaceArg(item, 0, target);
          sites.set(target, siteOf(item, 0));
          notice(`${KIND_TEXT[kind]} ${t.original} is in the repo but its pair is not: tested with a stand-in pair`, item, 0);
        }
      }
    }
  }
  const resolveHost = opts.resolveHost ?? dnsResolve;
  const uniq = [...new Set(refs.map((r) => r.host))];
  const listenHosts = listens.map((l) => splitHostPort(l.value).host).filter((h) => isHostname(h));
  const allHosts = [.../* @__PURE__ */ new Set([...uniq, ...listenHosts])];
  const addrs = /* @__PURE__ */ new Map();
  await Promise.all(
    allHosts.map(async (h) => {
      const a = await resolveHost(h);
      addrs.set(h, a ?? "127.0.0.1");
      if (!a) {
        const r = refs.find((x) => x.host === h);
        const l = listens.find((x) => splitHostPort(x.value).host === h);
        notice(`host ${h} does not resolve on this runner: tested as 127.0.0.1`, r?.item ?? l?.item, r?.arg ?? 0);
      }
    })
  );
  const hosts = /* @__PURE__ */ new Map();
  if (opts.isolation === "rewrite") {
    for (const r of refs) {
      const a = addrs.get(r.host);
      replaceArg(r.item, r.arg, r.replace(isIP(a) === 6 ? `[${a}]` : a));
    }
  } else for (const h of allHosts) hosts.set(h, addrs.get(h));
  const own = ownAddresses();
  for (const { item, value } of listens) {
    const m = /^(\[[^\]]*\]|[^:]+)?(?::?(\d+))?$/.exec(value.includes(":") || value.startsWith("[") ? value : /^\d+$/.test(value) ? ":" + value : value);
    let host = m?.[1] ?? "";
    let port = m?.[2] ? parseInt(m[2], 10) : void 0;
    if (/^\d+$/.test(value)) {
      host = "";
      port = parseInt(value, 10);
    }
    const bare = host.replace(/^\[|\]$/g, "");
    const foreign = bare !== "" && bare !== "*" && isIP(bare) !== 0 && !own.has(bare);
    if (opts.isolation !== "rewrite") {
      if (foreign) notice(`listen address ${bare} is not on this runner: accepted with ip_nonlocal_bind (the load balancers must own it)`, item, 0);
      continue;
    }
    let newHost = host;
    if (foreign) {
      newHost = isIP(bare) === 6 ? "[::1]" : "127.0.0.1";
      notice(`listen address ${bare} is not on this runner: tested on ${newHost}`, item, 0);
    } else if (isHostname(host)) {
      const a = addrs.get(host);
      newHost = isIP(a) === 6 ? `[${a}]` : a;
    }
    let newPort = port;
    if (opts.unprivileged && (port ?? 80) < 1024) {
      newPort = (port ?? 80) + 1e4;
      notice(`listen port ${port ?? 80} needs root: tested on port ${newPort}`, item, 0);
    }
    if (newHost !== host || newPort !== port) replaceArg(item, 0, newHost ? newPort !== void 0 ? `${newHost}:${newPort}` : newHost : String(newPort));
  }
  mkdirSync2(dir, { recursive: true });
  cpSync(confDir, sbConf, {
    recursive: true,
    verbatimSymlinks: true,
    // a symbolic link out of the repository is left behind: nginx -t would read what it points at
    filter: (src) => !/(^|\/)(\.git|node_modules)$/.test(src) && !(opts.confine && lstatSync(src).isSymbolicLink() && outside(src))
  });
  for (const f of files) {
    if (!under(f, confDir) && existsSync(f) && !outside(f)) {
      mkdirSync2(dirname2(join3(sbRoot, f)), { recursive: true });
      cpSync(f, join3(sbRoot, f));
    }
  }
  for (const [fi, m] of edits) {
    const target = sandboxOf(files[fi]);
    writeFileSync3(target, applyEdits(readFileSync3(files[fi], "utf8"), [...m.values()]));
  }
  if (standins.size) {
    const factory = new StandinFactory(join3(dir, ".standins"), opts.openssl);
    for (const [path, s] of standins) {
      const parts = [];
      for (const kind of ["key", "certificate", "ca", "crl", "dhparam", "ocsp-response", "password", "ticket-key"]) {
        if (s.kinds.has(kind)) parts.push(await factory.material(kind, s.alg));
      }
      mkdirSync2(dirname2(path), { recursive: true });
      writeFileSync3(path, Buffer.concat(parts), { mode: 384 });
    }
  }
  mkdirSync2(join3(dir, "logs"), { recursive: true });
  const conf = sandboxOf(main);
  const nginxArgs = ["-t", "-p", dir + "/", "-c", conf];
  if (versionAtLeast(opts.build.version, "1.19.5")) nginxArgs.push("-e", join3(dir, "logs", "error.log"));
  if (!hasPid) nginxArgs.push("-g", `pid ${join3(dir, "nginx.pid")};`);
  const display = (p) => {
    if (under(p, sbConf)) return rel(join3(confDir, relative(sbConf, p)));
    if (under(p, join3(sbRoot, "replaced"))) return "/" + relative(join3(sbRoot, "replaced"), p);
    if (under(p, sbRoot)) return "/" + relative(sbRoot, p);
    return p;
  };
  notices.sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  let removed = false;
  return {
    dir,
    conf,
    nginxArgs,
    hosts,
    notices,
    sites,
    mapPath: display,
    mapText: (text) => text.replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + `[^\\s"':,)]*`, "g"), display),
    repoFile: (p) => under(p, sbConf) ? join3(confDir, relative(sbConf, p)) : void 0,
    remove: () => {
      if (removed) return;
      removed = true;
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
function applyEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const off = (line2, col) => (starts[line2 - 1] ?? text.length) + col - 1;
  const sorted = [...edits].sort((a, b) => off(b.line, b.col) - off(a.line, a.col));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.line, e.col)) + e.text + out.slice(off(e.endLine, e.endCol));
  return out;
}

// src/nginx-test/index.ts
var NGINX_TEST_MODES = ["auto", "docker", "service", "local", "off"];
var DEFAULT_NGINX_IMAGE = "nginx:stable-alpine";
async function pickRunner(o) {
  const mode = o.mode;
  if (mode === "docker") return dockerRunner(o.image ?? DEFAULT_NGINX_IMAGE, o.docker);
  if (mode === "service") {
    if (!o.container) throw new InputError("nginx-test service needs nginx-container (e.g. ${{ job.services.nginx.id }})");
    return serviceRunner(o.container, o.docker);
  }
  if (mode === "local") return localRunner(o.bin, o.isolation);
  if (await dockerAnswers(o.docker)) return dockerRunner(o.image ?? DEFAULT_NGINX_IMAGE, o.docker);
  const local = await localRunner(o.bin, o.isolation);
  try {
    await local.build();
    return local;
  } catch {
    return "no Docker engine answers and no nginx binary was found (install one, or set nginx-test: off)";
  }
}
async function nginxTest(o) {
  if (o.mode === "off") return { runner: "off", status: "skipped", reason: "nginx-test is off", findings: [], notices: [] };
  const picked = await pickRunner(o);
  if (typeof picked === "string") return { runner: "off", status: "skipped", reason: picked, findings: [], notices: [] };
  const runner = picked;
  const build2 = await runner.build();
  let sb;
  try {
    sb = await createSandbox({ result: o.result, main: o.main, confine: o.confine, prefix: o.prefix, build: build2, isolation: runner.isolation, unprivileged: runner.unprivileged, resolveHost: o.resolveHost, tmpDir: o.tmpDir, rel: o.rel });
  } catch (e) {
    if (e instanceof StandinError) throw new InputError(`nginx-test: cannot make stand-in certificates: ${e.message}`);
    throw e;
  }
  try {
    const r = await runner.test(sb);
    const mainFile = o.rel(o.main);
    const findings = messagesToFindings(parseNginxOutput(r.stderr), { sandbox: sb, payload: o.result.payload, mainFile, rel: o.rel, warningsAsErrors: o.warningsAsErrors });
    const output = sb.mapText((r.stderr + r.stdout).trim());
    if (r.timedOut) findings.push(failure(mainFile, `nginx -t did not finish within ${TEST_TIMEOUT_MS / 1e3} s`));
    else if (r.code !== 0 && !findings.some((f) => f.severity === "error")) findings.push(failure(mainFile, `nginx -t failed (exit ${r.code}): ${output.split("\n").slice(-3).join(" ") || "no output"}`));
    const failed = findings.some((f) => f.severity === "error");
    return { runner: runner.name, status: failed ? "failed" : "passed", build: build2, findings, notices: sb.notices, exitCode: r.code, output };
  } finally {
    sb.remove();
  }
}
function failure(file, message) {
  return { rule: "nginx-test", severity: "error", file, line: 1, col: 1, message, docs: "docs/rules/nginx-test.md" };
}

// src/check.ts
var CONFIG_FILE = /\.conf$/;
function findMainConfig(path, config) {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError(`config path "${path}" does not exist`);
  }
  if (st.isFile()) return path;
  const candidate = join4(path, config ?? "nginx.conf");
  if (existsSync2(candidate)) return candidate;
  if (config) throw new InputError(`main config "${config}" not found under "${path}"`);
  return void 0;
}
function listConfigFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const p = join4(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && CONFIG_FILE.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
function parseTree(opts) {
  const path = opts.path ?? ".";
  const main = findMainConfig(path, opts.config);
  const confine = confinement(path, opts.root);
  const parseOpts = { strict: true, prefix: opts.prefix, confine };
  if (main) return { main, results: [parseDetailed(main, parseOpts)], confine };
  const files = listConfigFiles(path);
  if (files.length === 0) throw new InputError(`no nginx.conf and no *.conf files under "${path}"`);
  return { results: files.map((f) => parseDetailed(f, { ...parseOpts, single: true })), confine };
}
function confinement(path, root = process.cwd()) {
  const abs = resolve2(path);
  const r = relative2(resolve2(root), abs);
  if (!climbsOut(r)) return resolve2(root);
  return statSync(abs).isDirectory() ? abs : dirname3(abs);
}
function relativeTo(root) {
  return (f) => {
    const abs = isAbsolute2(f) ? f : join4(process.cwd(), f);
    const r = relative2(root, abs);
    return climbsOut(r) ? f : r.split(sep2).join("/");
  };
}
function check(opts = {}) {
  return evaluate(opts, parseTree(opts), [], new Set(NGINX_TEST_RULES)).result;
}
function evaluate(opts, tree, extra, notRun, warningsAsErrors = false) {
  const root = opts.root ?? process.cwd();
  const config = opts.lintConfig ?? loadLintConfig(root, ALL_RULE_IDS);
  const rel = relativeTo(root);
  const findings = [];
  const files = /* @__PURE__ */ new Set();
  let repeatedError = false;
  for (const [i, r] of tree.results.entries()) {
    const own = parserFindings(r.payload, rel);
    if (i === 0) {
      const kept2 = withoutRepeats(extra, own);
      repeatedError = extra.some((f) => f.severity === "error" && !kept2.includes(f));
      own.push(...kept2);
    }
    let linted = opts.lint === false ? own : lint(r, own, { isMain: tree.main !== void 0, rel, config, notRun });
    if (i === 0 && extra.length) {
      const kept2 = withoutRuleRepeats(linted, warningsAsErrors);
      repeatedError ||= linted.some((f) => f.rule === "nginx-test" && f.severity === "error" && !kept2.includes(f));
      linted = kept2;
    }
    findings.push(...linted);
    for (const c of r.payload.config) files.add(join4(c.file));
  }
  const kept = config.ignorePaths.length ? findings.filter((f) => !pathIgnored(f.file, config.ignorePaths)) : findings;
  return { result: { findings: dedupeSorted(sortFindings(kept)), files: files.size, main: tree.main, tree }, repeatedError };
}
var PARSER_FINDING_RULES = /* @__PURE__ */ new Set(["syntax", "unknown-directive", "directive-not-allowed", "invalid-args"]);
var REFUSAL_RULES = new Set(RULES.filter((r) => r.refusal).map((r) => r.id));
var WARNED_RULES = new Set(RULES.filter((r) => r.nginxWarns).map((r) => r.id));
function withoutRuleRepeats(fs, warningsAsErrors) {
  const errors = linesOf(fs.filter((f) => f.severity === "error" && REFUSAL_RULES.has(f.rule)));
  const warned = warningsAsErrors ? /* @__PURE__ */ new Set() : linesOf(fs.filter((f) => f.severity !== "info" && WARNED_RULES.has(f.rule)));
  if (!errors.size && !warned.size) return fs;
  return fs.filter((f) => !(f.rule === "nginx-test" && f.severity === "error" && errors.has(lineOf(f))) && !(f.rule === "nginx-test-warning" && warned.has(lineOf(f))));
}
function withoutRepeats(extra, own) {
  const lines = linesOf(own.filter((f) => PARSER_FINDING_RULES.has(f.rule)));
  return extra.filter((f) => !lines.has(lineOf(f)));
}
var lineOf = (f) => `${f.file}:${f.line}`;
var linesOf = (fs) => new Set(fs.map(lineOf));
async function checkWithNginxTest(opts, t) {
  const tree = parseTree(opts);
  const skipped = (reason) => ({ runner: "off", status: "skipped", reason, findings: [], notices: [] });
  let report;
  if (t.mode === "off") report = skipped("nginx-test is off");
  else if (!tree.main) report = skipped("no main config: nginx -t needs one (fragments are checked by the parser and lint only)");
  else report = await nginxTest({ ...t, result: tree.results[0], main: tree.main, confine: tree.confine, prefix: opts.prefix, rel: relativeTo(opts.root ?? process.cwd()) });
  const { result: r, repeatedError } = evaluate(opts, tree, report.findings, new Set(report.status === "skipped" ? NGINX_TEST_RULES : []), t.warningsAsErrors);
  if (t.warningsAsErrors) r.findings = r.findings.map((f) => f.rule === "nginx-test-warning" ? { ...f, severity: "error" } : f);
  const mine = r.findings.filter((f) => NGINX_TEST_RULES.includes(f.rule));
  const failed = report.status === "failed" && (repeatedError || mine.some((f) => f.severity === "error"));
  r.nginxTest = { ...report, findings: mine, status: report.status === "skipped" ? "skipped" : failed ? "failed" : "passed" };
  return r;
}
function dedupeSorted(fs) {
  const out = [];
  for (const f of fs) {
    let repeat = false;
    for (let j = out.length - 1; j >= 0 && !repeat; j--) {
      const g = out[j];
      if (g.file !== f.file || g.line !== f.line || g.col !== f.col) break;
      repeat = g.rule === f.rule && g.message === f.message;
    }
    if (!repeat) out.push(f);
  }
  return out;
}

// src/plan/render.ts
function planJson(p) {
  return JSON.stringify({ summary: p.summary, changes: p.changes, lint: p.lint, base: p.base, head: p.head }, null, 2) + "\n";
}
var GROUP_BLOCKS = /^(server|upstream|map|geo|split_clients|events|mail|stream) |^(events|stream|mail)$/;
function groupOf(c) {
  const own = c.block ? c.path.slice(0, -1) : c.path;
  if (c.affects && c.affects.length > 1) return { label: `shared: ${c.file}`, depth: own.length };
  const i = own.findIndex((s) => GROUP_BLOCKS.test(s));
  if (i >= 0) return { label: own.slice(0, i + 1).join(" > "), depth: i + 1 };
  return { label: own.join(" > ") || "main", depth: own.length };
}
var SIGN = { add: "+", remove: "-", change: "~" };
var args = (a) => (a ?? []).join(" ");
function line(c, depth) {
  if (c.block) {
    const where2 = c.path.slice(depth, -1);
    return `${SIGN[c.action]} ${where2.length ? where2.join(" > ") + " > " : ""}${c.path[c.path.length - 1]} { ... }`;
  }
  const where = c.path.slice(depth);
  const prefix = where.length ? where.join(" > ") + " > " : "";
  const body = c.action === "change" ? c.directive === "order" ? `order: ${(c.before ?? []).join(", ")} -> ${(c.after ?? []).join(", ")}` : c.before && c.after && c.before.length > 1 && c.after.length > 1 && c.before[0] === c.after[0] ? `${c.directive} ${c.before[0]} ${args(c.before.slice(1))} -> ${args(c.after.slice(1))}` : `${c.directive} ${args(c.before)} -> ${args(c.after)}` : `${c.directive} ${args(c.args)}`;
  return `${SIGN[c.action]} ${prefix}${body}`.replace(/```/g, "'''");
}
var BANNER_ITEMS = 30;
function planMarkdown(p, o = {}) {
  const s = p.summary;
  const head = ["## nginx-gitops plan", "", `**Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy.**`, ""];
  if (p.changes.length === 0) head.push("No changes. The load balancers would do exactly what they do now.", "");
  const destructive = p.changes.filter((c) => c.destructive);
  if (destructive.length) {
    head.push("> [!CAUTION]", `> **${destructive.length} destructive change${destructive.length === 1 ? "" : "s"}:**`);
    for (const c of destructive.slice(0, BANNER_ITEMS)) head.push(`> - \`${line(c, 0).slice(2)}\`${c.impact ? `: ${c.impact}` : ""}`);
    if (destructive.length > BANNER_ITEMS) head.push(`> - ... and ${destructive.length - BANNER_ITEMS} more, listed below`);
    head.push("");
  }
  const link = (c) => o.blobUrl ? `[${c.file}#L${c.line}](${o.blobUrl}/${c.file.split("/").map(encodeURIComponent).join("/")}#L${c.line})` : `\`${c.file}:${c.line}\``;
  const groups = /* @__PURE__ */ new Map();
  for (const c of p.changes) {
    const g = groupOf(c);
    const e = groups.get(g.label);
    if (e) e.changes.push(c);
    else groups.set(g.label, { depth: g.depth, changes: [c] });
  }
  const renderGroup = (label, depth, changes) => {
    const out = [`### \`${label}\``, "", "```diff"];
    for (const c of changes) out.push(line(c, depth));
    out.push("```", "");
    for (const c of changes) {
      const notes = [c.impact, c.affects && c.affects.length ? `affects ${c.affects.map((a) => `\`${a}\``).join(", ")}` : void 0].filter(Boolean);
      out.push(`- \`${SIGN[c.action]} ${c.directive}\` ${link(c)}${notes.length ? ` - ${notes.join("; ")}` : ""}`);
    }
    out.push("");
    return out.join("\n") + "\n";
  };
  const detail = [...groups].map(([label, g]) => ({ label, ...g, text: renderGroup(label, g.depth, g.changes) }));
  const { introduced, fixed } = p.lint;
  const tail = [`### Lint: ${introduced.length} introduced, ${fixed.length} fixed`, ""];
  const flist = (fs) => fs.map((f) => `- ${f.severity} \`${f.rule}\` ${link(f)}: ${f.message}`);
  if (introduced.length) tail.push("<details open><summary>Introduced by this change</summary>", "", ...flist(introduced), "", "</details>", "");
  if (fixed.length) tail.push("<details><summary>Fixed by this change</summary>", "", ...flist(fixed), "", "</details>", "");
  if (o.extra) tail.push(o.extra, "");
  const top = head.join("\n") + "\n";
  const bottom = tail.join("\n");
  const full = top + detail.map((d) => d.text).join("") + bottom;
  const max = o.maxLength;
  if (max === void 0 || full.length <= max) return full;
  const where = o.fullPlanAt ?? "the job summary of this run";
  const total = p.changes.length;
  const note = (shown2) => `> [!NOTE]
> ${total - shown2} of ${total} changes left out to fit the ${max}-character limit. The full plan is in ${where}.

`;
  const reserve = bottom.length + note(0).length;
  let text = top;
  let shown = 0;
  for (const d of detail) {
    if (text.length + d.text.length + reserve <= max) {
      text += d.text;
      shown += d.changes.length;
      continue;
    }
    let lo = 0;
    let hi = d.changes.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (text.length + renderGroup(d.label, d.depth, d.changes.slice(0, mid)).length + reserve <= max) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 0) {
      text += renderGroup(d.label, d.depth, d.changes.slice(0, lo));
      shown += lo;
    }
    break;
  }
  text += note(shown) + bottom;
  if (text.length <= max) return text;
  const cut = `

> [!NOTE]
> Cut at ${max} characters. The full plan and every finding are in ${where}.
`;
  const body = text.slice(0, max - cut.length);
  return body.slice(0, Math.max(0, body.lastIndexOf("\n"))) + cut;
}

export {
  NGINX_TEST_MODES,
  DEFAULT_NGINX_IMAGE,
  check,
  checkWithNginxTest,
  planJson,
  planMarkdown
};
