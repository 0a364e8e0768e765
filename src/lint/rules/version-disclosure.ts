import type { Rule } from '../rule.js';
import { effective } from '../model.js';

export const rule: Rule = {
  id: 'version-disclosure',
  severity: 'warning',
  description: 'server_tokens on (or unset, which means on): responses and error pages carry nginx\'s version.',
  source: 'gixy version_disclosure; nginx docs: server_tokens (default on)',
  scope: 'main',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('server_tokens') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.args[0] === 'on' || n.args[0] === 'build') report(n, `server_tokens ${n.args[0]} shows nginx's version in headers and error pages: set "server_tokens off;"`, 0);
    }
    for (let i = 0, list = model.byName.get('http') ?? []; i < list.length; i++) {
      const http = list[i];
      if (effective(http, 'server_tokens')) continue;
      const servers = http.children.filter((c) => c.name === 'server');
      if (servers.length === 0 || servers.some((s) => !s.children.some((c) => c.name === 'server_tokens'))) {
        report(http, 'server_tokens is not set (default on): nginx\'s version shows in headers and error pages; add "server_tokens off;" to http');
      }
    }
  },
};
