import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'worker-rlimit-nofile-vs-connections',
  severity: 'warning',
  description: 'worker_rlimit_nofile below twice worker_connections: a proxying worker needs two descriptors per client.',
  source: 'gixy-next worker_rlimit_nofile_vs_connections; nginx docs: worker_connections ("includes connections with proxied servers"), worker_rlimit_nofile',
  scope: 'main',
  check({ model, report }) {
    const wc = model.byName.get('worker_connections')?.[0];
    if (!wc) return;
    const conns = Number(wc.args[0]);
    if (!Number.isFinite(conns)) return;
    const nofile = model.byName.get('worker_rlimit_nofile')?.[0];
    if (!nofile) {
      if (conns > 512) report(wc, `worker_connections ${conns} with no worker_rlimit_nofile: the usual open-files limit of 1024 is reached first; set worker_rlimit_nofile ${conns * 2}`, 0);
      return;
    }
    const n = Number(nofile.args[0]);
    if (Number.isFinite(n) && n < conns * 2) report(nofile, `worker_rlimit_nofile ${n} is below 2 x worker_connections (${conns * 2}): proxied connections need a descriptor each side`, 0);
  },
};
