import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'error-log-off',
  severity: 'warning',
  description: 'error_log off writes to a file named "off" instead of turning logging off.',
  source: 'gixy error_log_off; nginx docs: ngx_core_module error_log (there is no "off"; use /dev/null or level emerg)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('error_log') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.args[0] === 'off') report(n, 'error_log off logs to a file named "off" under the prefix: use "error_log /dev/null crit;" to silence it', 0);
    }
  },
};
