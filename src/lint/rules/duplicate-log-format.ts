import type { Listener, Rule } from '../rule.js';
import { args } from '../model.js';
import { firstAt, firstPerBlock } from './util.js';

export const rule: Rule = {
  id: 'duplicate-log-format',
  severity: 'error',
  refusal: true,
  description: 'Two log_format directives with the same name, or one named "combined" in http (nginx predefines it): nginx refuses the configuration.',
  source: 'nginx: ngx_http_log_set_format in src/http/modules/ngx_http_log_module.c and ngx_stream_log_set_format in src/stream/ngx_stream_log_module.c (duplicate "log_format" name; http starts with "combined")',
  create({ report }) {
    /** Per http (or stream) block: the first log_format of each name. */
    const first = firstPerBlock();
    const logFormat: Listener = (d, at, file) => {
      const name = args(d)[0];
      if (name === undefined) return;
      if (name === 'combined' && at.ctx === 'http') {
        report(d, file, 'duplicate "log_format" name "combined": nginx predefines the combined format and refuses the configuration; name this one otherwise', 0);
        return;
      }
      const earlier = first(at, name, d);
      if (earlier) report(d, file, `duplicate "log_format" name "${name}"${firstAt(earlier, d)}: nginx refuses the configuration`, 0);
    };
    return { on: { 'log_format@http': logFormat, 'log_format@stream': logFormat } };
  },
};
