/**
 * Health checks from the runner to each load balancer: `{host}` in the URL becomes the host's
 * address; the TCP connection goes to that address while `header:Host=...` sets the virtual host
 * (and the TLS server name). A check passes after `successes` consecutive good answers; it fails
 * after `attempts` tries, `interval` apart, each bounded by `timeout`.
 */
import http from 'node:http';
import https from 'node:https';
import type { HealthCheck } from './inputs.js';

export interface ProbeOptions {
  intervalMs: number;
  timeoutMs: number;
  attempts: number;
  successes: number;
  /** Verify TLS certificates (default true). */
  tlsVerify: boolean;
}

export interface ProbeResult {
  ok: boolean;
  /** One line per check: what was asked and the last answer. */
  detail: string[];
  /** Wall time spent waiting between attempts (ms), reported apart from the deploy's own overhead. */
  waitedMs: number;
}

function once(url: URL, hc: HealthCheck, o: ProbeOptions): Promise<{ status: number; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const mod = url.protocol === 'https:' ? https : http;
    const host = hc.headers.Host ?? hc.headers.host;
    const req = mod.request(
      url,
      {
        method: hc.method,
        headers: { 'user-agent': 'nginx-gitops-health', connection: 'close', ...hc.headers },
        timeout: o.timeoutMs,
        agent: false,
        ...(url.protocol === 'https:' ? { servername: host?.replace(/:\d+$/, '') ?? url.hostname, rejectUnauthorized: o.tlsVerify } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < 1 << 20) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${o.timeoutMs} ms`)));
    req.on('error', (e) => resolve({ error: e.message }));
    req.end();
  });
}

/** Runs every check against `address` (an IPv6 address is bracketed in the URL). */
export async function probe(address: string, checks: HealthCheck[], o: ProbeOptions): Promise<ProbeResult> {
  const detail: string[] = [];
  let waitedMs = 0;
  let ok = true;
  const hostPart = address.includes(':') ? `[${address}]` : address;
  for (const hc of checks) {
    const url = new URL(hc.url.replace(/\{host\}/g, hostPart));
    let good = 0;
    let last = '';
    let passed = false;
    for (let i = 0; i < o.attempts; i++) {
      if (i > 0) {
        await new Promise((r) => setTimeout(r, o.intervalMs));
        waitedMs += o.intervalMs;
      }
      const r = await once(url, hc, o);
      if ('error' in r) last = r.error;
      else if (r.status !== hc.status) last = `HTTP ${r.status}, expected ${hc.status}`;
      else if (hc.body !== undefined && !r.body.includes(hc.body)) last = `HTTP ${r.status} without "${hc.body}" in the body`;
      else last = '';
      good = last ? 0 : good + 1;
      if (good >= o.successes) {
        passed = true;
        break;
      }
    }
    detail.push(`${hc.method} ${url.href}: ${passed ? `healthy (${o.successes} in a row)` : `unhealthy after ${o.attempts} attempts: ${last}`}`);
    if (!passed) {
      ok = false;
      break;
    }
  }
  return { ok, detail, waitedMs };
}
