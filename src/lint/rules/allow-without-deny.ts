import type { Rule } from '../rule.js';
import { args, hasOwn, type Block } from '../model.js';
import { authInEffect, satisfyAny } from './util.js';

export const rule: Rule = {
  id: 'allow-without-deny',
  severity: 'warning',
  description: 'allow without a deny at the same level: everything is allowed anyway.',
  source: 'gixy allow_without_deny (which leaves "allow all" alone), with gixy-next\'s satisfy any case; nginx docs: ngx_http_access_module (rules are checked in order until the first match; no match allows), ngx_http_core_module satisfy',
  create({ report }) {
    const seen = new Set<Block>();
    return {
      on: {
        allow(d, at, file) {
          // "allow all" re-opens what an enclosing level denies: it needs no deny (gixy skips it too)
          if (args(d)[0] === 'all' || seen.has(at)) return;
          seen.add(at);
          if (hasOwn(at, 'deny') || eitherSuffices(at)) return;
          report(d, file, `allow without deny in this ${at.name || 'file'}: add "deny all;" after the allow rules`);
        },
      },
    };
  },
};

/**
 * True under `satisfy any` with an authentication module in effect: the allow list is then one way
 * in and the login the other, so other addresses are asked to log in, not let through.
 */
function eitherSuffices(at: Block): boolean {
  return satisfyAny(at) && authInEffect(at);
}
