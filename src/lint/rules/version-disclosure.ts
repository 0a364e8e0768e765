import type { Rule } from '../rule.js';
import { effective } from '../model.js';

export const rule: Rule = {
  id: 'version-disclosure',
  severity: 'warning',
  description: 'server_tokens on (or unset, which means on): responses and error pages carry nginx\'s version.',
  source: 'gixy version_disclosure; nginx docs: server_tokens (default on)',
  scope: 'main',
  check({ model, report }) {
    for (const n of model.byName.get('server_tokens') ?? []) {
      if (n.args[0] === 'on' || n.args[0] === 'build') report(n, `server_tokens ${n.args[0]} shows nginx's version in headers and error pages: set "server_tokens off;"`, 0);
    }
    for (const http of model.byName.get('http') ?? []) {
      if (effective(http, 'server_tokens')) continue;
      const servers = http.children.filter((c) => c.name === 'server');
      if (servers.length === 0 || servers.some((s) => !s.children.some((c) => c.name === 'server_tokens'))) {
        report(http, 'server_tokens is not set (default on): nginx\'s version shows in headers and error pages; add "server_tokens off;" to http');
      }
    }
  },
};
