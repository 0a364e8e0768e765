import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, captureGroups, captureRefs, hasCaptureRef, hasOwn, isRegexLocation, locationMatch, openBlock, own, type Block } from '../model.js';
import { enclosing } from './util.js';
import { IF_REGEX, tilde } from '../../parser/regex.js';

const USES: ReadonlySet<string> = new Set(['proxy_pass', 'return', 'alias', 'root', 'add_header', 'proxy_set_header', 'set', 'try_files', 'fastcgi_param', 'proxy_redirect']);

/** A positive regex match: inside its block, the captures are its own. */
const IF_MATCH = /^~\*?$/;

export const rule: Rule = {
  id: 'invalid-regex',
  severity: 'error',
  description: 'A reference to a regex capture group ($N) that no regex there has.',
  source: 'gixy invalid_regex, with gixy-next\'s scope (a reference no regex of its server could fill); nginx docs: ngx_http_rewrite_module and location (captures $1..$9 of the last matched regex)',
  create({ report }) {
    /** The most groups any regex of a server has (its locations, ifs, rewrites, server_name), by server. */
    const serverGroups = new Map<Block, number>();
    const mostGroups = (server: Block) => {
      let n = serverGroups.get(server);
      if (n === undefined) serverGroups.set(server, (n = Math.max(groupsIn(server), httpMapGroups(server.parent))));
      return n;
    };
    /** A value whose captures are those of a regex of the same directive (rewrite, map entry, proxy_redirect): `$N` beyond its groups. */
    const checkOwn = (d: Directive, file: number, regex: string, value: string | undefined, arg: number, part: 'replacement' | 'value') => {
      if (!value || !hasCaptureRef(value)) return;
      const groups = captureGroups(regex);
      const bad = captureRefs(value).find((r) => r > groups);
      if (bad) report(d, file, `$${bad} in the ${part}, but ${part === 'value' ? 'the key ' : ''}"${regex}" has ${groups} capture group${groups === 1 ? '' : 's'}`, arg);
    };
    const use: Listener = (n, at, file) => {
      const a = args(n);
      if (!a.some(hasCaptureRef)) return;
      if (n.directive === 'proxy_redirect' && a[0]?.startsWith('~')) {
        // proxy_redirect ~regex replacement: the replacement's captures are the regex's own
        checkOwn(n, file, tilde(a[0]), a[1], 1, 'replacement');
        return;
      }
      // the captures a directive sees are those of the regex location or matching regex if it stands in,
      // unless a rewrite there may have matched since (a nested location has captures of its own)
      let b: Block | null = at;
      while (b && b.name && b.name !== 'location' && !(b.name === 'if' && IF_MATCH.test(args(b.d)[1] ?? ''))) b = b.parent;
      const regex = !b || !b.name ? undefined : b.name === 'if' ? args(b.d)[2] : isRegexLocation(b, b.d) ? locationMatch(b, b.d).uri : undefined;
      if (regex !== undefined && !hasOwn(b!, 'rewrite')) {
        const groups = captureGroups(regex);
        for (let i = 0; i < a.length; i++) {
          const bad = captureRefs(a[i]).find((r) => r > groups);
          if (bad) report(n, file, `$${bad} refers to a capture group that ${b!.name} "${regex}" does not have (${groups})`, i);
        }
        return;
      }
      // elsewhere the captures are those of whichever regex of the server matched last (internal
      // redirects make that path-dependent): only a reference none of them could fill is reported
      const server = enclosing(at, 'server');
      if (!server || !server.ctx.startsWith('http')) return;
      const most = mostGroups(server);
      for (let i = 0; i < a.length; i++) {
        const bad = captureRefs(a[i]).find((r) => r > most);
        if (bad) report(n, file, most ? `$${bad} refers to a capture group that no regex of this server has (at most ${most})` : `$${bad} refers to a regex capture, but this server matches no regex with groups: it is always empty`, i);
      }
    };
    const withVariables: Record<string, Listener> = Object.fromEntries([...USES].map((name) => [name, use]));
    withVariables.rewrite = (n, _at, file) => checkOwn(n, file, args(n)[0] ?? '', args(n)[1], 1, 'replacement');
    // a map's regex key provides the captures of its value
    const on: Record<string, Listener> = {};
    on.map = (_d, _at, _file, block) => {
      if (!block) return;
      for (let j = 0, kids = block.kids; j < kids.length; j++) {
        const e = kids[j];
        if (e.directive.startsWith('~')) checkOwn(e, block.fileOf(j), tilde(e.directive), args(e)[0], 0, 'value');
      }
    };
    return { on, withVariables };
  },
};

/**
 * The most capture groups of any regex in block `b` and the blocks in it (includes expanded, as the
 * lint's Blocks are): regex locations, `if` conditions, rewrites and regex server_names.
 */
function groupsIn(b: Block): number {
  let most = 0;
  for (let i = 0, kids = b.kids; i < kids.length; i++) {
    const d = kids[i];
    const a = args(d);
    let re: string | undefined;
    if (d.directive === 'location') re = isRegexLocation(b, d) ? locationMatch(b, d).uri : undefined;
    else if (d.directive === 'if') re = IF_REGEX.test(a[1] ?? '') ? a[2] : undefined;
    else if (d.directive === 'rewrite') re = a[0];
    else if (d.directive === 'server_name') for (const n of a) if (n.startsWith('~')) most = Math.max(most, captureGroups(n.slice(1)));
    if (re !== undefined) most = Math.max(most, captureGroups(re));
    if (d.block) most = Math.max(most, groupsIn(openBlock(b, i)));
  }
  return most;
}

/** The most capture groups of the regex keys of the maps of an http block (a map evaluated late sets captures too). */
function httpMapGroups(http: Block | null): number {
  let most = 0;
  if (!http) return most;
  for (const m of own(http, 'map')) for (const e of m.block ?? []) if (e.directive.startsWith('~')) most = Math.max(most, captureGroups(tilde(e.directive)));
  return most;
}
