import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'low-keepalive-requests',
  severity: 'warning',
  description: 'keepalive_requests below nginx\'s default of 1000: clients (and HTTP/2 connections) reconnect far more often.',
  source: 'gixy low_keepalive_requests; nginx docs: keepalive_requests (default 1000 since 1.19.10, was 100)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('keepalive_requests') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.ctx.endsWith('upstream')) continue;
      const v = Number(n.args[0]);
      if (Number.isFinite(v) && v < 1000) report(n, `keepalive_requests ${v} closes client connections after ${v} requests (default 1000): raise it`, 0);
    }
  },
};
