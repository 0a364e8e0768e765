import type { Rule } from '../rule.js';
import { args, effective } from '../model.js';

export const rule: Rule = {
  id: 'try-files-is-evil-too',
  severity: 'info',
  description: 'try_files without open_file_cache: several stat() calls for every request.',
  source: 'gixy-next try_files_is_evil_too; nginx docs: try_files, open_file_cache',
  create({ report }) {
    return {
      on: {
        try_files(d, at, file) {
          const cache = effective(at, 'open_file_cache');
          if (!cache || args(cache)[0] === 'off') report(d, file, 'try_files checks the file system on every request and no open_file_cache is set: add "open_file_cache max=10000 inactive=30s;"');
        },
      },
    };
  },
};
