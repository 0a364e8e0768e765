import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'error-log-off',
  severity: 'warning',
  description: 'error_log off writes to a file named "off" instead of turning logging off.',
  source: 'gixy error_log_off; nginx docs: ngx_core_module error_log (there is no "off"; use /dev/null or level emerg)',
  create({ report }) {
    return {
      on: {
        error_log(d, _at, file) {
          if (args(d)[0] === 'off') report(d, file, 'error_log off logs to a file named "off" under the prefix: use "error_log /dev/null crit;" to silence it', 0);
        },
      },
    };
  },
};
