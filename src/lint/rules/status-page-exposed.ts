import type { Listener, Rule } from '../rule.js';
import type { Directive } from '../../parser/types.js';
import { args, inherited, listenSockets, type Block } from '../model.js';
import { authInEffect, enclosing, inInternalLocation, satisfyAny } from './util.js';

/** The client address families a server's sockets accept. */
type Family = 'v4' | 'v6' | 'unix';

/** How the allow/deny list answers an arbitrary client of one family. */
type Verdict = { open: Directive } | { closed: true } | { fallthrough: true };

export const rule: Rule = {
  id: 'status-page-exposed',
  severity: 'warning',
  description: 'stub_status (or the api) that any client can read: no allow/deny or authentication, or an allow list that lets everyone through.',
  source: 'gixy-next status_page_exposed (first-match allow/deny, satisfy any/all, authentication, internal, address families); nginx: ngx_http_access_module (rules checked in order until the first match; no match declines), ngx_http_core_access_phase',
  create({ report }) {
    const check: Listener = (d, at, file) => {
      if (at.name !== 'location' && at.name !== 'server' && at.name !== 'if') return;
      // an internal location (and one nested in it) answers 404 to clients; only nginx's own redirects reach it
      if (inInternalLocation(at)) return;
      const any = satisfyAny(at);
      const auth = authInEffect(at);
      // under satisfy all, authentication runs whatever the allow list says
      if (auth && !any) return;
      const acl = inherited(at, 'allow', 'deny').nodes;
      for (const family of families(at)) {
        const v = verdict(acl, family);
        if ('closed' in v) continue;
        if ('open' in v) {
          const [what] = args(v.open);
          report(d, file, `"allow ${what}" (line ${v.open.line}) lets every ${family === 'v6' ? 'IPv6 ' : family === 'v4' && what !== 'all' ? 'IPv4 ' : ''}client read ${d.directive}${any && auth ? ' under "satisfy any", without logging in' : ''}: allow only the addresses that need it, then "deny all;"`);
          return;
        }
        if (auth) continue; // satisfy any: a client no rule matches is asked to log in
        report(d, file, acl.length
          ? `${d.directive}'s allow rules end without "deny all": every other address is let through; add "deny all;" after them`
          : `${d.directive} without allow/deny: restrict this ${at.name}, e.g. "allow 127.0.0.1; deny all;"`);
        return;
      }
    };
    return { on: { stub_status: check, api: check, status: check } };
  },
};

/**
 * How an allow/deny list (in order, the first match wins) answers a client of `family` that no
 * specific rule names: the first rule that covers the whole family decides (`all`, `0.0.0.0/0`,
 * `::/0`, `unix:`); with none, the access module declines.
 */
function verdict(acl: readonly Directive[], family: Family): Verdict {
  for (const r of acl) {
    const [a] = args(r);
    const covers = a === 'all' || (family === 'v4' && a === '0.0.0.0/0') || (family === 'v6' && (a === '::/0' || a === '0::0/0')) || (family === 'unix' && a === 'unix:');
    if (!covers) continue;
    return r.directive === 'allow' ? { open: r } : { closed: true };
  }
  return { fallthrough: true };
}

/**
 * The address families of the clients the server of `at` accepts: from its listen sockets (an IPv6
 * socket is IPv6 only unless ipv6only=off; a host name may resolve to either); both IP families
 * when there is no server to read (a fragment).
 */
function families(at: Block): Set<Family> {
  const server = enclosing(at, 'server');
  const out = new Set<Family>();
  if (!server) return new Set(['v4', 'v6']);
  for (const l of listenSockets(server)) {
    if (l.socket.startsWith('unix:')) out.add('unix');
    else if (l.socket.startsWith('[')) {
      out.add('v6');
      if (l.node.directive === 'listen' && args(l.node).includes('ipv6only=off')) out.add('v4');
    } else if (/^(\*|\d+\.\d+\.\d+\.\d+):/.test(l.socket)) out.add('v4');
    else {
      out.add('v4');
      out.add('v6');
    }
  }
  return out;
}
