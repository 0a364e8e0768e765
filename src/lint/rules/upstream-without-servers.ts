import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, type Tree } from '../model.js';

export const rule: Rule = {
  id: 'upstream-without-servers',
  severity: 'error',
  refusal: true,
  description: 'An upstream block with no server in it (after includes): nginx refuses the configuration ("no servers are inside upstream").',
  source: 'nginx: ngx_http_upstream in src/http/ngx_http_upstream.c and ngx_stream_upstream in src/stream/ngx_stream_upstream.c ("no servers are inside upstream")',
  create({ report, tree }) {
    const upstream: Listener = (d, _at, file, up) => {
      if (!up) return;
      for (let i = 0, kids = up.kids; i < kids.length; i++) {
        const n = kids[i].directive;
        // an include left unexpanded (a fragment: includes are not followed) may hold the servers
        if (n === 'server' || n === 'include') return;
      }
      // an include that could not be read (or leads outside the repository), here or in a file
      // included here, is already a finding at its line, and nginx stops there; a glob that matched
      // no file brings no server, as in nginx
      if (includeFailed(tree, file, d.block ?? [], new Set([file]))) return;
      report(d, file, `upstream ${args(d)[0] ?? ''} has no server in it: nginx refuses the configuration ("no servers are inside upstream"); add a server, or remove the upstream and what proxies to it`, 0);
    };
    return { on: { 'upstream@http': upstream, 'upstream@stream': upstream } };
  },
};

/**
 * True when an include among `list` (directives written in file `file`), or one in a file they
 * include, has an error at its line (the file could not be read, or leads outside the repository).
 * @param seen files already looked at (include cycles are cut; the parser reports them)
 */
function includeFailed(tree: Tree, file: number, list: readonly Directive[], seen: Set<number>): boolean {
  const errors = tree.configs[file].errors;
  for (let i = 0; i < list.length; i++) {
    const inc = list[i];
    if (inc.directive !== 'include') continue;
    if (errors.some((e) => e.line !== null && e.line >= inc.line && e.line <= (inc.endLine ?? inc.line))) return true;
    for (const t of inc.includes ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      if (includeFailed(tree, t, tree.configs[t].parsed, seen)) return true;
    }
  }
  return false;
}
