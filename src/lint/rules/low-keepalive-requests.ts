import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'low-keepalive-requests',
  severity: 'warning',
  description: 'keepalive_requests below nginx\'s default of 1000: clients (and HTTP/2 connections) reconnect far more often.',
  source: 'gixy low_keepalive_requests; nginx docs: keepalive_requests (default 1000 since 1.19.10, was 100)',
  create({ report }) {
    return {
      on: {
        keepalive_requests(d, at, file) {
          if (at.ctx.endsWith('upstream')) return;
          const v = Number(args(d)[0]);
          if (Number.isFinite(v) && v < 1000) report(d, file, `keepalive_requests ${v} closes client connections after ${v} requests (default 1000): raise it`, 0);
        },
      },
    };
  },
};
