import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'missing-worker-processes',
  severity: 'warning',
  description: 'A main config without worker_processes: nginx runs one worker, using one core.',
  source: 'gixy-next missing_worker_processes; nginx docs: worker_processes (default 1; "auto" uses every core)',
  scope: 'main',
  check({ model, report }) {
    if (model.byName.get('worker_processes')?.length) return;
    const first = model.root.children[0];
    if (first) report(first, 'no worker_processes: nginx runs a single worker; add "worker_processes auto;"');
  },
};
