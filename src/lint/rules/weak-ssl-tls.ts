import type { Rule } from '../rule.js';
import { args } from '../model.js';

const WEAK_PROTOCOLS = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1']);
const WEAK_CIPHER = /(^|:)(?![!-])[^:]*(RC4|DES|MD5|NULL|EXPORT|EXP-|aNULL|eNULL|ADH|AECDH|PSK|SEED|IDEA|CAMELLIA128)[^:]*/i;

export const rule: Rule = {
  id: 'weak-ssl-tls',
  severity: 'warning',
  description: 'SSLv3, TLSv1 or TLSv1.1 enabled, or weak ciphers (RC4, DES, 3DES, MD5, NULL, EXPORT, anonymous).',
  source: 'gixy-next weak_ssl_tls; RFC 8996 (TLS 1.0 and 1.1 deprecated); Mozilla Server Side TLS guidelines',
  create({ report }) {
    return {
      on: {
        ssl_protocols(d, _at, file) {
          const a = args(d);
          for (let i = 0; i < a.length; i++) if (WEAK_PROTOCOLS.has(a[i])) report(d, file, `${a[i]} is obsolete and insecure (RFC 8996): use "ssl_protocols TLSv1.2 TLSv1.3;"`, i);
        },
        ssl_ciphers(d, _at, file) {
          const m = WEAK_CIPHER.exec(args(d)[0] ?? '');
          if (m) report(d, file, `ssl_ciphers enables weak cipher ${m[0].replace(/^:/, '')}: use Mozilla's intermediate list`, 0);
        },
      },
    };
  },
};
