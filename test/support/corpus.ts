/** Access to ../shared/corpus (third-party configs and crossplane's payloads for them). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../src/parser/index.js';
import { toCrossplane } from '../../src/parser/crossplane.js';
import type { Payload } from '../../src/parser/types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Root of the shared corpus: $NGINX_GITOPS_CORPUS, else ../shared/corpus beside the repository. */
export const CORPUS = process.env.NGINX_GITOPS_CORPUS ?? resolve(here, '../../../shared/corpus');
export const corpusAvailable = existsSync(join(CORPUS, 'expected/index.json'));

export interface CorpusEntry {
  file: string;
  status: 'ok' | 'failed';
}

export function corpusIndex(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(CORPUS, 'expected/index.json'), 'utf8'));
}

export function expectedPayload(file: string): Payload {
  return JSON.parse(readFileSync(join(CORPUS, 'expected/crossplane-syntax', file + '.json'), 'utf8'));
}

/**
 * Our payload for a corpus file in crossplane's shape, parsed as crossplane's expectations were made:
 * single file, no context or argument checks, file named by its bare name.
 */
export function ourPayload(file: string): Payload {
  const abs = join(CORPUS, 'configs', file);
  const p = toCrossplane(parse(abs, { single: true, checkCtx: false, checkArgs: false }));
  const name = basename(file);
  const rename = (s: string) => s.split(abs).join(name);
  for (const c of p.config) {
    c.file = rename(c.file);
    for (const e of c.errors) e.error = rename(e.error);
  }
  for (const e of p.errors) {
    e.file = rename(e.file);
    e.error = rename(e.error);
  }
  return p;
}
