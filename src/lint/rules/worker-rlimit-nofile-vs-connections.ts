import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'worker-rlimit-nofile-vs-connections',
  severity: 'warning',
  description: 'worker_rlimit_nofile below twice worker_connections: a proxying worker needs two descriptors per client.',
  source: 'gixy-next worker_rlimit_nofile_vs_connections; nginx docs: worker_connections ("includes connections with proxied servers"), worker_rlimit_nofile',
  scope: 'main',
  create({ report }) {
    let wc: { d: Directive; file: number } | undefined;
    let nofile: { d: Directive; file: number } | undefined;
    return {
      on: {
        worker_connections(d, _at, file) {
          wc ??= { d, file };
        },
        worker_rlimit_nofile(d, _at, file) {
          nofile ??= { d, file };
        },
      },
      end() {
        if (!wc) return;
        const conns = Number(args(wc.d)[0]);
        if (!Number.isFinite(conns)) return;
        if (!nofile) {
          if (conns > 512) report(wc.d, wc.file, `worker_connections ${conns} with no worker_rlimit_nofile: the usual open-files limit of 1024 is reached first; set worker_rlimit_nofile ${conns * 2}`, 0);
          return;
        }
        const n = Number(args(nofile.d)[0]);
        if (Number.isFinite(n) && n < conns * 2) report(nofile.d, nofile.file, `worker_rlimit_nofile ${n} is below 2 x worker_connections (${conns * 2}): proxied connections need a descriptor each side`, 0);
      },
    };
  },
};
