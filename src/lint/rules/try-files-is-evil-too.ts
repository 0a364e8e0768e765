import type { Rule } from '../rule.js';
import { effective } from '../model.js';

export const rule: Rule = {
  id: 'try-files-is-evil-too',
  severity: 'info',
  description: 'try_files without open_file_cache: several stat() calls for every request.',
  source: 'gixy-next try_files_is_evil_too; nginx docs: try_files, open_file_cache',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('try_files') ?? []; i < list.length; i++) {
      const n = list[i];
      if (!n.parent) continue;
      const cache = effective(n.parent, 'open_file_cache');
      if (!cache || cache.args[0] === 'off') report(n, 'try_files checks the file system on every request and no open_file_cache is set: add "open_file_cache max=10000 inactive=30s;"');
    }
  },
};
