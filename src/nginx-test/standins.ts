/**
 * Stand-in certificates, keys and DH parameters for files a config names but the repository does
 * not hold (they live only on the load balancers, e.g. `/etc/letsencrypt/live/...`).
 *
 * Made with `openssl` (OpenSSL 3: `req -x509`, `genpkey -genparam` with the RFC 7919 group
 * ffdhe2048, `ca -gencrl`, `ocsp`), once per sandbox and kind; nginx only checks that they load and that
 * each certificate matches its key (nginx: ngx_ssl_certificate in src/event/ngx_event_openssl.c).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, execFile } from './exec.js';

/** What a file must hold for the directive that names it. */
export type StandinKind = 'certificate' | 'key' | 'ca' | 'dhparam' | 'crl' | 'ocsp-response' | 'password' | 'ticket-key';

/** The key algorithm of a certificate/key pair. */
export type KeyAlgorithm = 'rsa' | 'ec';

export class StandinError extends Error {}

/**
 * Makes stand-in material in `workDir` (a private directory of the sandbox) and hands out its bytes.
 * Each kind is generated once and shared: every stand-in certificate of one algorithm matches every
 * stand-in key of that algorithm, so any pairing a config makes loads.
 */
export class StandinFactory {
  private cache = new Map<string, Buffer>();
  constructor(private workDir: string, private openssl = 'openssl') {
    mkdirSync(workDir, { recursive: true, mode: 0o700 });
  }

  /**
   * The bytes of a stand-in of `kind`; `alg` picks the key algorithm for certificates and keys.
   * @throws StandinError when openssl is missing or fails (its message kept)
   */
  async material(kind: StandinKind, alg: KeyAlgorithm = 'rsa'): Promise<Buffer> {
    const key = kind === 'certificate' || kind === 'key' ? `${kind}:${alg}` : kind;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let buf: Buffer;
    switch (kind) {
      case 'certificate':
      case 'key': {
        await this.pair(alg);
        buf = this.cache.get(key)!;
        break;
      }
      case 'ca':
        buf = await this.material('certificate', 'rsa');
        break;
      case 'dhparam':
        await this.openssl_(['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', join(this.workDir, 'dh.pem')]);
        buf = readFileSync(join(this.workDir, 'dh.pem'));
        break;
      case 'crl':
        buf = await this.crl();
        break;
      case 'ocsp-response':
        buf = await this.ocspResponse();
        break;
      case 'password':
        buf = Buffer.from('stand-in\n');
        break;
      case 'ticket-key':
        // nginx: ngx_ssl_session_ticket_keys - 80 bytes (AES-256) or 48 (AES-128).
        buf = randomBytes(80);
        break;
    }
    this.cache.set(key, buf);
    return buf;
  }

  private async pair(alg: KeyAlgorithm): Promise<void> {
    const k = join(this.workDir, `${alg}.key`);
    const c = join(this.workDir, `${alg}.crt`);
    const keyOpts = alg === 'ec' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'] : ['-newkey', 'rsa:2048'];
    await this.openssl_(['req', '-x509', ...keyOpts, '-nodes', '-keyout', k, '-out', c, '-days', '2', '-subj', '/CN=nginx-gitops stand-in']);
    this.cache.set(`key:${alg}`, readFileSync(k));
    this.cache.set(`certificate:${alg}`, readFileSync(c));
  }

  private async crl(): Promise<Buffer> {
    await this.material('certificate', 'rsa');
    const d = this.workDir;
    writeFileSync(join(d, 'index.txt'), '');
    writeFileSync(join(d, 'crlnumber'), '01\n');
    writeFileSync(
      join(d, 'ca.cnf'),
      `[ca]\ndefault_ca = standin\n[standin]\ndatabase = ${join(d, 'index.txt')}\ncrlnumber = ${join(d, 'crlnumber')}\n` +
        `private_key = ${join(d, 'rsa.key')}\ncertificate = ${join(d, 'rsa.crt')}\ndefault_md = sha256\ndefault_crl_days = 2\n`,
    );
    await this.openssl_(['ca', '-gencrl', '-config', join(d, 'ca.cnf'), '-out', join(d, 'crl.pem')]);
    return readFileSync(join(d, 'crl.pem'));
  }

  /** A DER OCSP response about the stand-in certificate, signed by itself (nginx only parses it at -t). */
  private async ocspResponse(): Promise<Buffer> {
    await this.material('certificate', 'rsa');
    const d = this.workDir;
    const crt = join(d, 'rsa.crt');
    writeFileSync(join(d, 'ocsp-index.txt'), '');
    await this.openssl_(['ocsp', '-issuer', crt, '-cert', crt, '-no_nonce', '-reqout', join(d, 'ocsp-req.der')]);
    await this.openssl_(['ocsp', '-index', join(d, 'ocsp-index.txt'), '-rsigner', crt, '-rkey', join(d, 'rsa.key'), '-CA', crt, '-reqin', join(d, 'ocsp-req.der'), '-respout', join(d, 'ocsp-resp.der'), '-ndays', '2']);
    return readFileSync(join(d, 'ocsp-resp.der'));
  }

  private async openssl_(args: string[]): Promise<void> {
    const r = await execFile(this.openssl, args, { env: childEnv(), timeoutMs: 60_000 });
    if (r.code !== 0) throw new StandinError(`openssl ${args[0]} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
  }
}
