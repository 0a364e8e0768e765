import type { Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, effective, hasOwn, type Block } from '../model.js';

export const rule: Rule = {
  id: 'version-disclosure',
  severity: 'warning',
  description: 'server_tokens on (or unset, which means on): responses and error pages carry nginx\'s version.',
  source: 'gixy version_disclosure; nginx docs: server_tokens (default on)',
  scope: 'main',
  create({ report }) {
    // per http block: its servers, and how many of them set server_tokens themselves
    const https: { d: Directive; block: Block; file: number; servers: number; withTokens: number }[] = [];
    return {
      on: {
        server_tokens(d, _at, file) {
          const v = args(d)[0];
          if (v === 'on' || v === 'build') report(d, file, `server_tokens ${v} shows nginx's version in headers and error pages: set "server_tokens off;"`, 0);
        },
        http(d, _at, file, block) {
          if (block) https.push({ d, block, file, servers: 0, withTokens: 0 });
        },
        'server@http'(_d, at, _file, s) {
          const h = https.find((x) => x.block === at);
          if (!h) return;
          h.servers++;
          if (s && hasOwn(s, 'server_tokens')) h.withTokens++;
        },
      },
      end() {
        for (const h of https) {
          if (effective(h.block, 'server_tokens')) continue;
          if (h.servers === 0 || h.withTokens < h.servers) {
            report(h.d, h.file, 'server_tokens is not set (default on): nginx\'s version shows in headers and error pages; add "server_tokens off;" to http');
          }
        }
      },
    };
  },
};
