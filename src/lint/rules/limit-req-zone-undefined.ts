import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'limit-req-zone-undefined',
  severity: 'error',
  description: 'limit_req or limit_conn naming a zone that no limit_req_zone or limit_conn_zone defines: nginx refuses to start.',
  source: 'nginx: ngx_http_limit_req_module / ngx_http_limit_conn_module (`zero size shared memory zone "x"`)',
  scope: 'main',
  check({ model, report }) {
    const zones = (name: string) => new Set((model.byName.get(name) ?? []).map((z) => z.args.find((a) => a.startsWith('zone='))?.slice(5).split(':')[0] ?? z.args[1]?.split(':')[0]));
    const reqZones = zones('limit_req_zone');
    const connZones = new Set((model.byName.get('limit_conn_zone') ?? []).map((z) => z.args.find((a) => a.startsWith('zone='))?.slice(5).split(':')[0]));
    for (let i = 0, list = model.byName.get('limit_req') ?? []; i < list.length; i++) {
      const n = list[i];
      const at = n.args.findIndex((a) => a.startsWith('zone='));
      const zone = at >= 0 ? n.args[at].slice(5) : undefined;
      if (zone && !reqZones.has(zone)) report(n, `limit_req zone "${zone}" is not defined by any limit_req_zone: nginx fails with "zero size shared memory zone"`, at);
    }
    for (let i = 0, list = model.byName.get('limit_conn') ?? []; i < list.length; i++) {
      const n = list[i];
      const zone = n.args[0];
      if (zone && !connZones.has(zone)) report(n, `limit_conn zone "${zone}" is not defined by any limit_conn_zone: nginx fails with "zero size shared memory zone"`, 0);
    }
  },
};
