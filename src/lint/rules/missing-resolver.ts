import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, urlOf, type Block } from '../model.js';
import { isIpLiteral, variableDefinitions } from './util.js';

export const rule: Rule = {
  id: 'missing-resolver',
  severity: 'warning',
  description: 'proxy_pass with a variable in the host part and no resolver: requests fail with "no resolver defined".',
  source: 'gixy-next missing_resolver; nginx docs: proxy_pass ("If ... specified using variables ... the name is searched among upstreams, and if not found, determined using a resolver")',
  create({ report }) {
    const upstreams = new Set<string>();
    const mapped = new Set<string>();
    const passes: { d: Directive; at: Block; file: number; host: string }[] = [];
    return {
      on: {
        upstream(d) {
          upstreams.add(args(d)[0]);
        },
        map(d) {
          mapped.add(args(d)[1]);
        },
      },
      withVariables: {
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (u && u.host.includes('$')) passes.push({ d, at, file, host: u.host });
        },
      },
      end() {
        for (const { d, at, file, host } of passes) {
          if (upstreams.size && /^\$\w+$/.test(host) && mapped.has(host)) continue;
          if (setToUpstreams(host, at, upstreams)) continue;
          if (!effective(at, 'resolver')) report(d, file, `proxy_pass host ${host} is a variable and no resolver is set: nginx cannot resolve it at request time; add "resolver <your DNS>;"`, 0);
        }
      },
    };
  },
};

/**
 * True when the host is one variable (`$backend`, `${backend}`, optionally with a port) that every
 * `set` in effect gives a literal IP address, or (without a port) the name of an upstream block:
 * nginx finds those without a resolver. nginx: ngx_http_proxy_handler / ngx_http_upstream_init_request
 * match an upstream block by name only when the URL gives no port.
 */
function setToUpstreams(host: string, at: Block, upstreams: ReadonlySet<string>): boolean {
  const m = /^\$(?:\{(\w+)\}|(\w+))(:\d+)?$/.exec(host);
  if (!m) return false;
  const defs = variableDefinitions(m[1] ?? m[2], at).filter((x) => x.how === 'is set from');
  return defs.length > 0 && defs.every(({ value }) => !value.includes('$') && ((!m[3] && upstreams.has(value)) || isIpLiteral(m[3] ? value + m[3] : value)));
}
