#!/usr/bin/env node
// Regenerates src/parser/directives.json from @nginx/reference-lib (NGINX's machine-readable
// directive reference). Run `npm run directives:update` after bumping that package; never edit
// the JSON by hand: corrections go to src/parser/overlays/*.json.
//
// Each entry: { contexts: string[], block: boolean, min: number, max: number } where max -1 means
// "no upper bound". Contexts are qualified by protocol ("http>server", "stream>server", ...)
// because the reference lists "server" for the http, stream and mail server blocks alike.
import { writeFileSync } from 'node:fs';
import { getDirectives, Format } from '@nginx/reference-lib';

const out = {};

/** Protocol of a module, from its name (ngx_stream_* -> stream, ngx_mail_* -> mail, else http). */
function protocolOf(mod) {
  if (mod.includes('_stream_')) return 'stream';
  if (mod.includes('_mail_')) return 'mail';
  return 'http';
}

/**
 * Qualified context names for a reference context of a module. Core modules (not http, stream or
 * mail) that list "server" mean every kind of server; "if" means both the server-level and the
 * location-level if (nginx: NGX_HTTP_SIF_CONF|NGX_HTTP_LIF_CONF), while "if in location" is LIF only.
 */
function qualifyAll(ctx, mod) {
  const core = !/_http_|_stream_|_mail_/.test(mod);
  if (core && (ctx === 'server' || ctx === 'upstream')) return ['http', 'stream', 'mail'].map((p) => `${p}>${ctx}`);
  if (ctx === 'if') return ['http>server>if', 'http>location>if'];
  return [qualify(ctx, mod)];
}

/** Qualified context name for a reference context of a module. */
function qualify(ctx, mod) {
  const p = protocolOf(mod);
  switch (ctx) {
    case '':
    case 'any': return '*';
    case 'main': return 'main';
    case 'events': return 'events';
    case 'http': return 'http';
    case 'stream': return 'stream';
    case 'mail': return 'mail';
    case 'mgmt': return 'mgmt';
    case 'server': return `${p}>server`;
    case 'upstream': return `${p}>upstream`;
    case 'location': return 'http>location';
    case 'if in location': return 'http>location>if';
    case 'limit_except': return 'http>location>limit_except';
    default: return `${p}>${ctx}`;
  }
}

/**
 * Argument count range of one syntax line in the reference's Markdown form, e.g.
 * "*`name`* [*`value`*]" -> [1, 2]; "*`file`* ... *`uri`*" -> [2, -1]; "`on` | `off`" -> [1, 1].
 * Grammar: words separated by spaces, `[...]` optional, `|` alternatives, `...`/`…` repetition.
 */
function countArgs(syntax) {
  let s = syntax.replace(/\{\.\.\.\}/g, ' ').replace(/&hellip;|…/g, ' ... ').replace(/\*/g, '').replace(/`/g, '').trim();
  return seq(tokenize(s));
}
function tokenize(s) {
  // split into words, keeping bracket groups and "|" at top level
  const out = []; let cur = ''; let depth = 0;
  for (const ch of s) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (depth === 0 && /\s/.test(ch)) { if (cur) out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
function seq(words) {
  // alternatives at top level: "a | b | c"
  const alts = [[]];
  for (const w of words) { if (w === '|') alts.push([]); else alts[alts.length - 1].push(w); }
  if (alts.length > 1) {
    const rs = alts.map(seq);
    return [Math.min(...rs.map((r) => r[0])), rs.some((r) => r[1] === -1) ? -1 : Math.max(...rs.map((r) => r[1]))];
  }
  let min = 0, max = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '...') { max = -1; continue; }
    if (w.startsWith('[') && w.endsWith(']') && balanced(w)) {
      const inner = seq(tokenize(w.slice(1, -1)));
      if (max !== -1) max = inner[1] === -1 ? -1 : max + inner[1];
      continue;
    }
    min++; if (max !== -1) max++;
  }
  return [min, max];
}
function balanced(w) { let d = 0; for (let i = 0; i < w.length; i++) { if (w[i] === '[') d++; if (w[i] === ']') d--; if (d === 0 && i < w.length - 1) return false; } return d === 0; }

for (const d of getDirectives(Format.Markdown)) {
  const contexts = [...new Set(d.contexts.flatMap((c) => qualifyAll(c, d.module)))].sort();
  let min = Infinity, max = 0;
  for (const syn of d.syntax) {
    const [a, b] = countArgs(syn);
    min = Math.min(min, a);
    max = max === -1 || b === -1 ? -1 : Math.max(max, b);
  }
  if (!Number.isFinite(min)) { min = 0; max = -1; }
  const entry = { contexts, block: d.isBlock, min, max, module: d.module };
  (out[d.name] ??= []).push(entry);
}
// merge entries of one name that agree on shape
for (const name of Object.keys(out)) {
  const merged = [];
  for (const e of out[name]) {
    const m = merged.find((x) => x.block === e.block && x.min === e.min && x.max === e.max);
    if (m) { m.contexts = [...new Set([...m.contexts, ...e.contexts])].sort(); if (!m.module.includes(e.module)) m.module += ',' + e.module; }
    else merged.push({ ...e });
  }
  out[name] = merged;
}
const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
const { version } = JSON.parse((await import('node:fs')).readFileSync(new URL('../node_modules/@nginx/reference-lib/package.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../src/parser/directives.json', import.meta.url), JSON.stringify({ source: `@nginx/reference-lib@${version}`, directives: sorted }, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(`wrote ${Object.keys(sorted).length} directives from @nginx/reference-lib@${version}`);
