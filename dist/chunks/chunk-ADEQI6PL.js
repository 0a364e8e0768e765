import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);
import {
  InputError
} from "./chunk-VCMZ335H.js";

// src/deploy/status.ts
var STATUS_TEXT = {
  deployed: "deployed",
  "rolled-back": "rolled back",
  unchanged: "unchanged",
  failed: "FAILED"
};
function changeLine(c) {
  const sym = c.action === "add" ? "+" : c.action === "remove" ? "-" : "~";
  const now = c.action === "remove" ? c.args ?? c.before ?? [] : c.after ?? c.args ?? [];
  return `${sym} ${c.path.join(" > ")}${c.path.length ? ": " : ""}${c.directive} ${now.join(" ")}${c.action === "change" ? ` (was ${(c.before ?? []).join(" ")})` : ""}  [${c.file}:${c.line}]`.replace(/ {2,}\[/, "  [");
}
function driftText(d) {
  return [
    d.changed.length ? `changed by hand: ${d.changed.join(", ")}` : "",
    d.missing.length ? `removed by hand: ${d.missing.join(", ")}` : "",
    d.added.length ? `added by hand: ${d.added.join(", ")}` : "",
    d.localChanged.length ? `host-local files changed since the release (never shipped, not blocking): ${d.localChanged.join(", ")}` : ""
  ].filter(Boolean).join("; ");
}
function statusText(r) {
  const lines = [`status: ${r.status}`];
  for (const h of r.hosts) {
    lines.push(`${h.name} (${h.address})${h.error ? `: ERROR ${h.error}` : ""}`);
    if (h.live) lines.push(`  live: ${h.live.release} (sha ${h.live.sha || "-"}, ${h.live.kind} ${h.live.time} by ${h.live.actor}${h.live.reason ? `, reason: ${h.live.reason}` : ""})`);
    else if (!h.error) lines.push("  live: no release recorded");
    if (h.kept.length) lines.push(`  kept: ${h.kept.map((k) => `${k.release} (${k.time})`).join(", ")}`);
    const d = driftText(h.drift);
    lines.push(`  drift: ${d || "none"}`);
    if (h.planError) lines.push(`  no plan of the drift: ${h.planError}`);
    if (h.plan) {
      lines.push(`  plan from the release to what is live: ${h.plan.summary.add} to add, ${h.plan.summary.change} to change, ${h.plan.summary.destroy} to destroy`);
      for (const c of h.plan.changes) lines.push(`    ${changeLine(c)}`);
    }
  }
  return lines.join("\n") + "\n";
}

// src/deploy/run-url.ts
function runUrl() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : "";
}

// src/deploy/inputs.ts
var HOST_RE = /^(?:([A-Za-z_][A-Za-z0-9_.-]*)@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)(?::(\d{1,5}))?$/;
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
function parseHosts(text, defaultUser = "root") {
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const l = raw.replace(/#.*/, "").trim();
    if (!l) return;
    const words = l.split(/\s+/);
    const viaAt = words.findIndex((w) => w.startsWith("via="));
    const via = viaAt >= 0 ? words.splice(viaAt, 1)[0].slice(4) : void 0;
    const [spec, name, ...rest] = words;
    const bad = () => new InputError(`input "hosts" line ${i + 1}: "${raw.trim()}" is not [user@]host[:port] [name] [via=[user@]bastion[:port]]`);
    const h = hostSpec(spec, defaultUser);
    if (!h || rest.length || name !== void 0 && !NAME_RE.test(name)) throw bad();
    const host = { name: name ?? h.address, ...h };
    if (via !== void 0) {
      const b = hostSpec(via, defaultUser);
      if (!b) throw bad();
      host.bastion = { name: b.address, ...b };
    }
    out.push(host);
  });
  if (!out.length) throw new InputError('input "hosts" names no host');
  const seen = /* @__PURE__ */ new Set();
  for (const h of out) {
    if (seen.has(h.name)) throw new InputError(`input "hosts": "${h.name}" is listed twice`);
    seen.add(h.name);
  }
  return out;
}
function hostSpec(spec, defaultUser) {
  const m = HOST_RE.exec(spec);
  const port = m?.[3] ? Number(m[3]) : 22;
  if (!m || port < 1 || port > 65535) return void 0;
  return { user: m[1] ?? defaultUser, address: m[2].replace(/^\[|\]$/g, ""), port };
}
function parseWaves(text, total) {
  const parts = (text || "1,25%,100%").split(",").map((s) => s.trim());
  const bounds = parts.map((p) => {
    const m = /^(\d+)(%?)$/.exec(p);
    if (!m || Number(m[1]) === 0 || m[2] && Number(m[1]) > 100) throw new InputError(`input "waves": "${p}" is not a host count or a percentage (1-100%)`);
    return m[2] ? Math.ceil(Number(m[1]) * total / 100) : Math.min(Number(m[1]), total);
  });
  bounds.push(total);
  const waves = [];
  let done = 0;
  for (const b of bounds) {
    if (b <= done) continue;
    waves.push(Array.from({ length: b - done }, (_, k) => done + k));
    done = b;
  }
  return waves;
}
function parseDuration(name, text, def) {
  const t = text.trim();
  if (!t) return def;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(t);
  if (!m) throw new InputError(`input "${name}": "${t}" is not a duration (e.g. 500ms, 2s, 1m, 1h)`);
  const n = Number(m[1]);
  return Math.round(n * { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[m[2] ?? "s"]);
}
function parseBoolean(name, text) {
  const t = text.trim().toLowerCase();
  if (t === "true") return true;
  if (t === "false" || t === "") return false;
  throw new InputError(`input "${name}" must be true or false, got "${text}"`);
}
function parseCount(name, text, def, min = 0) {
  const t = text.trim();
  if (!t) return def;
  if (!/^\d+$/.test(t) || Number(t) < min) throw new InputError(`input "${name}": "${t}" is not a whole number${min ? ` of at least ${min}` : ""}`);
  return Number(t);
}
function parseHealthChecks(text) {
  const out = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const l = raw.trim();
    if (!l || l.startsWith("#")) return;
    const bad = (why) => new InputError(`input "health-checks" line ${i + 1}: "${l}": ${why}`);
    const tokens = l.match(/body~"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
    const [method, url, status, ...opts] = tokens;
    if (!/^(GET|HEAD|POST|PUT|OPTIONS)$/.test(method ?? "")) throw bad("expected METHOD URL STATUS (method GET, HEAD, POST, PUT or OPTIONS)");
    let u;
    try {
      u = new URL((url ?? "").replace(/\{host\}/g, "host.invalid"));
    } catch {
      throw bad(`"${url}" is not a URL`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw bad("the URL must be http or https");
    if (!/^[1-5]\d\d$/.test(status ?? "")) throw bad("expected a status code after the URL");
    const hc = { text: l, method, url, status: Number(status), headers: {} };
    for (const o of opts) {
      const b = /^body~"((?:[^"\\]|\\.)*)"$/.exec(o);
      const h = /^header:([A-Za-z0-9-]+)=(.*)$/.exec(o);
      if (b) hc.body = b[1].replace(/\\(.)/g, "$1");
      else if (h) hc.headers[h[1]] = h[2];
      else throw bad(`"${o}" is neither body~"text" nor header:Name=value`);
    }
    out.push(hc);
  });
  return out;
}
function checkReleaseId(id) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) throw new InputError(`input "release-id": "${id}" must be 1-64 letters, digits, ".", "_" or "-"`);
  return id;
}
function filterHosts(text, hosts) {
  const pats = text.split(/[\s,]+/).filter(Boolean);
  if (!pats.length) return hosts;
  const re = (p) => new RegExp(`^${p.split("*").map((x) => x.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  for (const p of pats) {
    if (!hosts.some((h) => re(p).test(h.name) || re(p).test(h.address))) throw new InputError(`input "host-filter": "${p}" matches no host (hosts: ${hosts.map((h) => h.name).join(", ")})`);
  }
  return hosts.filter((h) => pats.some((p) => re(p).test(h.name) || re(p).test(h.address)));
}

export {
  STATUS_TEXT,
  changeLine,
  driftText,
  statusText,
  runUrl,
  parseHosts,
  parseWaves,
  parseDuration,
  parseBoolean,
  parseCount,
  parseHealthChecks,
  checkReleaseId,
  filterHosts
};
