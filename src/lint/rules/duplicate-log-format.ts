import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, type Block } from '../model.js';

export const rule: Rule = {
  id: 'duplicate-log-format',
  severity: 'error',
  refusal: true,
  description: 'Two log_format directives with the same name, or one named "combined" in http (nginx predefines it): nginx refuses the configuration.',
  source: 'nginx: ngx_http_log_set_format in src/http/modules/ngx_http_log_module.c and ngx_stream_log_set_format in src/stream/ngx_stream_log_module.c (duplicate "log_format" name; http starts with "combined")',
  create({ report }) {
    /** Per http (or stream) block: the first log_format of each name. */
    const seen = new Map<Block, Map<string, Directive>>();
    const logFormat: Listener = (d, at, file) => {
      const name = args(d)[0];
      if (name === undefined) return;
      let byName = seen.get(at);
      if (!byName) seen.set(at, (byName = new Map()));
      const first = byName.get(name);
      if (name === 'combined' && at.ctx === 'http') report(d, file, 'duplicate "log_format" name "combined": nginx predefines the combined format and refuses the configuration; name this one otherwise', 0);
      else if (first) report(d, file, `duplicate "log_format" name "${name}" (the first is at line ${first.line}${first === d ? ', the same file included twice' : ''}): nginx refuses the configuration`, 0);
      else byName.set(name, d);
    };
    return { on: { 'log_format@http': logFormat, 'log_format@stream': logFormat } };
  },
};
