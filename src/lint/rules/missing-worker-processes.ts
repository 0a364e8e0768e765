import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'missing-worker-processes',
  severity: 'warning',
  description: 'A main config without worker_processes: nginx runs one worker, using one core.',
  source: 'gixy-next missing_worker_processes; nginx docs: worker_processes (default 1; "auto" uses every core)',
  scope: 'main',
  create({ tree, report }) {
    let seen = false;
    return {
      on: {
        worker_processes() {
          seen = true;
        },
      },
      end() {
        if (seen || !tree.root.kids.length) return;
        report(tree.root.kids[0], tree.root.fileOf(0), 'no worker_processes: nginx runs a single worker; add "worker_processes auto;"');
      },
    };
  },
};
