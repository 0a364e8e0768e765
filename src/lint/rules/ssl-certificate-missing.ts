import type { Rule } from '../rule.js';
import { args, effective, inherited, inheritedFile, type Block } from '../model.js';
import { defaultOn, serversBySocket } from './util.js';

/**
 * True when the server needs no ssl_certificate line: it refuses every TLS handshake
 * (ssl_reject_handshake on), or lua-nginx-module picks its certificates per handshake
 * (ssl_certificate_by_lua_block / _file; left to nginx -t, which knows whether that build needs a
 * fallback certificate).
 */
function needsNoCertificate(s: Block): boolean {
  const d = effective(s, 'ssl_reject_handshake');
  if (d !== undefined && (args(d)[0] ?? '').toLowerCase() === 'on') return true;
  return effective(s, 'ssl_certificate_by_lua_block') !== undefined || effective(s, 'ssl_certificate_by_lua_file') !== undefined;
}

export const rule: Rule = {
  id: 'ssl-certificate-missing',
  severity: 'error',
  refusal: true,
  description: 'A listen socket with ssl (or quic) whose default server has no ssl_certificate in effect, or a certificate without its ssl_certificate_key: nginx refuses the configuration.',
  source: 'nginx: ngx_http_ssl_init (the default server of each ssl socket needs a certificate: no "ssl_certificate" is defined for the "listen ... ssl" directive) and ngx_http_ssl_merge_srv_conf (no "ssl_certificate_key" is defined for certificate) in src/http/modules/ngx_http_ssl_module.c; certificates and keys are inherited from http separately, each only by a server that sets none of its own',
  // a fragment's server may take both from the http block of a main config it cannot see
  scope: 'main',
  create({ report, tree }) {
    const { table, add } = serversBySocket(tree);
    return {
      on: {
        'server@http'(d, at, file, s) {
          if (!s) return;
          add(d, at, file, s);
          // every server's certificates need their keys, default or not
          const certs = inherited(s, 'ssl_certificate');
          const keys = inherited(s, 'ssl_certificate_key').nodes.length;
          if (keys >= certs.nodes.length) return;
          const cert = certs.nodes[keys];
          report(cert, inheritedFile(certs, keys), `no "ssl_certificate_key" is defined for certificate "${args(cert)[0] ?? ''}": nginx refuses the configuration; add its ssl_certificate_key (one for each ssl_certificate, in the same order)`, 0);
        },
      },
      end() {
        // the server that answers an ssl socket by default (default_server, else the first) needs a
        // certificate; a socket is ssl when any listen on it says so, or it is quic
        for (const [socket, list] of table.sockets('http')) {
          if (!list.some(({ l }) => l.socket.endsWith(' (quic)') || (l.node.directive === 'listen' && args(l.node).includes('ssl')))) continue;
          const { server, l } = defaultOn(list);
          if (inherited(server, 'ssl_certificate').nodes.length || needsNoCertificate(server)) continue;
          const others = list.length > 1 ? `; it answers ${socket} by default, so nginx needs one here` : '';
          report(l.node, l.file, `no "ssl_certificate" is defined for the "listen ... ssl" directive: nginx refuses the configuration; add ssl_certificate and ssl_certificate_key (here or in http), or "ssl_reject_handshake on;"${others}`, l.node.directive === 'listen' ? 0 : undefined);
        }
      },
    };
  },
};
