import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'limit-req-zone-undefined',
  severity: 'error',
  refusal: true,
  description: 'limit_req or limit_conn naming a zone that no limit_req_zone or limit_conn_zone defines: nginx refuses to start.',
  source: 'nginx: ngx_http_limit_req_module / ngx_http_limit_conn_module (`zero size shared memory zone "x"`)',
  scope: 'main',
  create({ report }) {
    const reqZones = new Set<string | undefined>();
    const connZones = new Set<string | undefined>();
    const uses: { d: Directive; file: number }[] = [];
    const zoneOf = (a: string[]) => a.find((x) => x.startsWith('zone='))?.slice(5).split(':')[0];
    return {
      on: {
        limit_req_zone(d) {
          const a = args(d);
          reqZones.add(zoneOf(a) ?? a[1]?.split(':')[0]);
        },
        limit_conn_zone(d) {
          connZones.add(zoneOf(args(d)));
        },
        limit_req(d, _at, file) {
          uses.push({ d, file });
        },
        limit_conn(d, _at, file) {
          uses.push({ d, file });
        },
      },
      end() {
        for (const { d, file } of uses) {
          const a = args(d);
          if (d.directive === 'limit_req') {
            const at = a.findIndex((x) => x.startsWith('zone='));
            const zone = at >= 0 ? a[at].slice(5) : undefined;
            if (zone && !reqZones.has(zone)) report(d, file, `limit_req zone "${zone}" is not defined by any limit_req_zone: nginx fails with "zero size shared memory zone"`, at);
          } else {
            const zone = a[0];
            if (zone && !connZones.has(zone)) report(d, file, `limit_conn zone "${zone}" is not defined by any limit_conn_zone: nginx fails with "zero size shared memory zone"`, 0);
          }
        }
      },
    };
  },
};
