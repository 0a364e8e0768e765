import { basename } from 'node:path';
import type { Listener, Rule } from '../rule.js';
import type { Block } from '../model.js';
import { ASKED_SOURCE, takenOnce } from '../../parser/directives.js';

export const rule: Rule = {
  id: 'duplicate-directive',
  severity: 'error',
  description: 'A directive nginx takes once per block written twice there (gzip, proxy_pass, root, client_max_body_size, ...; often one of them from an included file): nginx refuses the configuration ("is duplicate").',
  source: `nginx: the "is duplicate" returns of the ngx_conf_set_*_slot handlers in src/core/ngx_conf_file.c and of module handlers (proxy_pass, alias, try_files, ...); the list of directives is nginx's own answer (${ASKED_SOURCE})`,
  create({ report, tree }) {
    /** Where in the scanned block's kids the first directive of each unique name stands (emptied per block). */
    const first = new Map<string, number>();
    const scan = (block: Block) => {
      const unique = takenOnce(block.ctx);
      if (!unique) return;
      first.clear();
      for (let i = 0, kids = block.kids; i < kids.length; i++) {
        const d = kids[i];
        if (!unique.has(d.directive)) continue;
        const j = first.get(d.directive);
        if (j === undefined) {
          first.set(d.directive, i);
          continue;
        }
        const file = block.fileOf(i);
        const firstFile = block.fileOf(j);
        const line = kids[j].line;
        const where = firstFile === file ? `line ${line}` : `line ${line} of ${basename(tree.files[firstFile])}`;
        report(d, file, `"${d.directive}" directive is duplicate (the first is at ${where}): nginx refuses the configuration; keep one`);
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
