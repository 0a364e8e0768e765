import { basename } from 'node:path';
import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, type Block } from '../model.js';
import { ASKED_SOURCE, takenOnce } from '../../parser/directives.js';

/**
 * Directives nginx takes many times in a block, but once per shared memory zone: a second limit_req
 * (or limit_conn) with the same zone is "is duplicate". nginx: ngx_http_limit_req and
 * ngx_http_limit_conn (`if (shm_zone == limits[i].shm_zone) return "is duplicate"`).
 */
const ZONED: ReadonlySet<string> = new Set(['limit_req', 'limit_conn']);

/** Blocks up to this many directives are searched without a map. */
const SMALL_BLOCK = 16;

/** `limit_req <zone>` / `limit_conn <zone>` for a ZONED directive, or undefined when it names no zone. */
function zoneKey(d: Directive): string | undefined {
  const a = args(d);
  const zone = d.directive === 'limit_req' ? a.find((x) => x.startsWith('zone='))?.slice(5) : a[0];
  return zone ? `${d.directive} ${zone}` : undefined;
}

export const rule: Rule = {
  id: 'duplicate-directive',
  severity: 'error',
  refusal: true,
  description: 'A directive nginx takes once per block written twice there (gzip, proxy_pass, root, client_max_body_size, ...; often one of them from an included file), or limit_req / limit_conn twice with one zone: nginx refuses the configuration ("is duplicate").',
  source: `nginx: the "is duplicate" returns of the ngx_conf_set_*_slot handlers in src/core/ngx_conf_file.c and of module handlers (proxy_pass, alias, try_files, ...); the list of directives is nginx's own answer (${ASKED_SOURCE})`,
  create({ report, tree }) {
    /**
     * Reports the second and later directive of each key in one block. A small block (most) is
     * searched without a map; a big one gets its own map of first positions (one map emptied per
     * block was most of the rule's garbage: Map.clear() allocates a new table).
     */
    const scan = (block: Block) => {
      const unique = takenOnce(block.ctx);
      if (!unique) return;
      const kids = block.kids;
      const big = kids.length > SMALL_BLOCK ? new Map<string, number>() : undefined;
      for (let i = 0; i < kids.length; i++) {
        const d = kids[i];
        const key = unique.has(d.directive) ? d.directive : ZONED.has(d.directive) ? zoneKey(d) : undefined;
        if (key === undefined) continue;
        let j = -1;
        if (big) {
          j = big.get(key) ?? -1;
          if (j < 0) big.set(key, i);
        } else {
          for (let k = 0; k < i && j < 0; k++) if (kids[k].directive === d.directive && (key === d.directive || zoneKey(kids[k]) === key)) j = k;
        }
        if (j < 0) continue;
        const file = block.fileOf(i);
        const firstFile = block.fileOf(j);
        const line = kids[j].line;
        const where = firstFile === file ? `line ${line}` : `line ${line} of ${basename(tree.files[firstFile])}`;
        const same = key === d.directive ? '' : `, with the same zone "${key.slice(d.directive.length + 1)}"`;
        report(d, file, `"${d.directive}" directive is duplicate (the first is at ${where}${same}): nginx refuses the configuration; keep one`);
      }
    };
    const block: Listener = (_d, _at, _file, self) => {
      if (self) scan(self);
    };
    const on: Record<string, Listener> = {};
    for (const name of ['events', 'http', 'stream', 'server', 'location', 'if', 'upstream', 'limit_except']) on[name] = block;
    return { on, end: () => scan(tree.root) };
  },
};
