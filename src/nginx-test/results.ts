/**
 * nginx's own messages from `nginx -t`, as findings on repository files and lines.
 *
 * nginx prints them on stderr as `nginx: [LEVEL] MESSAGE[ in FILE:LINE]` (nginx: ngx_log_error_core
 * in src/core/ngx_log.c writes warn and worse to stderr while the config is tested; the location
 * comes from ngx_conf_log_error in src/core/ngx_conf_file.c).
 */
import type { Finding, Severity } from '../finding.js';
import { expandBlock, expandChildren, type Expanded } from '../parser/expand.js';
import { argPosition } from '../parser/parser.js';
import type { Directive, Payload } from '../parser/types.js';
import type { Sandbox } from './sandbox.js';

export interface NginxMessage {
  level: 'emerg' | 'alert' | 'crit' | 'error' | 'warn' | 'notice' | 'info';
  message: string;
  file?: string;
  line?: number;
}

const LINE = /^nginx: \[(emerg|alert|crit|error|warn|notice|info)\] (.*?)(?: in (\S+?):(\d+))?\s*$/;

/** Parses nginx's stderr into messages; other lines (the "syntax is ok" summary) are skipped. */
export function parseNginxOutput(stderr: string): NginxMessage[] {
  const out: NginxMessage[] = [];
  for (const l of stderr.split('\n')) {
    const m = LINE.exec(l);
    if (!m) continue;
    out.push({ level: m[1] as NginxMessage['level'], message: m[2], file: m[3], line: m[4] ? parseInt(m[4], 10) : undefined });
  }
  return out;
}

/** Messages the sandbox itself causes, never the config: dropped (an nginx older than 1.19.5 has no
 * `-e` and opens its compiled-in error log before reading the config; the sandbox leaves out `user`). */
const SANDBOX_ARTIFACTS = [/^could not open error log file: /];

export interface MapOptions {
  sandbox: Sandbox;
  /** The parsed main config, for the column of the directive on a reported line. */
  payload: Payload;
  /** Repository-relative display of the main config (where location-less messages go). */
  mainFile: string;
  /** Display form of a repository path. */
  rel: (f: string) => string;
  warningsAsErrors?: boolean;
}

/**
 * Maps nginx's messages to findings: `[emerg]`, `[alert]`, `[crit]` (and `[error]`) as rule
 * `nginx-test` at error severity, `[warn]` as `nginx-test-warning` (warning, or error with
 * `warningsAsErrors`). Sandbox paths in the text and location become repository paths (or the
 * path on the load balancers for stand-ins); a message without a location goes to the directive
 * that named a path it mentions, else to line 1 of the main config, nginx's text kept.
 */
export function messagesToFindings(msgs: NginxMessage[], o: MapOptions): Finding[] {
  const cols = columnIndex(o.payload, o.rel);
  const ordered = inIncludeOrder(o.payload);
  const out: Finding[] = [];
  for (const m of msgs) {
    if (m.level === 'notice' || m.level === 'info') continue;
    if (SANDBOX_ARTIFACTS.some((re) => re.test(m.message))) continue;
    const warn = m.level === 'warn';
    const severity: Severity = warn && !o.warningsAsErrors ? 'warning' : 'error';
    let file = o.mainFile;
    let line = 1;
    let col = 1;
    if (m.file && m.line) {
      file = o.sandbox.mapPath(m.file);
      line = m.line;
      col = cols.get(`${file}:${line}`) ?? 1;
    } else {
      const at = siteOfPath(m.message, o.sandbox) ?? siteOfName(m.message, ordered, o.rel);
      if (at) ({ file, line, col } = at);
    }
    out.push({
      rule: warn ? 'nginx-test-warning' : 'nginx-test',
      severity,
      file,
      line,
      col,
      message: `nginx -t: [${m.level}] ${o.sandbox.mapText(m.message)}`,
      docs: `docs/rules/${warn ? 'nginx-test-warning' : 'nginx-test'}.md`,
    });
  }
  return out;
}

function siteOfPath(message: string, sb: Sandbox): { file: string; line: number; col: number } | undefined {
  for (const [path, site] of sb.sites) if (message.includes(path)) return site;
  return undefined;
}

/**
 * Messages nginx gives after parsing, without a location, that name what they are about:
 * `unknown "X" variable` (the first directive using `$X`; nginx: ngx_http_variables_init_vars) and
 * `conflicting server name "X" on ...` (the later `server_name X`, which nginx ignores) and
 * `invalid server name or wildcard "X" on ...` (the first `server_name X`; both from
 * ngx_http_server_names in src/http/ngx_http.c, which lower-cases the names).
 */
function siteOfName(message: string, ordered: { d: Directive; file: string }[], rel: (f: string) => string): { file: string; line: number; col: number } | undefined {
  const at = (x: { d: Directive; file: string } | undefined, arg: number) => {
    if (!x) return undefined;
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
    return undefined;
  }
  m = /^(conflicting|invalid) server name (?:or wildcard )?"([^"]*)"/.exec(message);
  if (m) {
    const name = m[2];
    const hits = ordered.filter((x) => x.d.directive === 'server_name' && x.d.args.some((a) => a.toLowerCase() === name));
    const hit = m[1] === 'conflicting' ? hits[hits.length - 1] : hits[0];
    return hit ? at(hit, hit.d.args.findIndex((a) => a.toLowerCase() === name)) : undefined;
  }
  return undefined;
}

/** Every directive of the main config, includes expanded where they stand (nginx's reading order). */
function inIncludeOrder(p: Payload): { d: Directive; file: string }[] {
  const out: { d: Directive; file: string }[] = [];
  const walk = (list: Expanded[]) => {
    for (const e of list) {
      out.push({ d: e.d, file: p.config[e.fi].file });
      if (e.d.block) walk(expandChildren(p, e));
    }
  };
  if (p.config.length) walk(expandBlock(p, p.config[0].parsed, 0));
  return out;
}

/** `file:line` -> column of the first directive on that line, for every file of the payload. */
function columnIndex(p: Payload, rel: (f: string) => string): Map<string, number> {
  const idx = new Map<string, number>();
  const walk = (list: Directive[], f: string) => {
    for (const d of list) {
      const k = `${f}:${d.line}`;
      if (!idx.has(k)) idx.set(k, d.col ?? 1);
      if (d.block) walk(d.block, f);
    }
  };
  for (const c of p.config) walk(c.parsed, rel(c.file));
  return idx;
}
