/** Temporary directory trees for tests, removed after each test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';

/**
 * Writes `files` (relative path -> content) under a new temporary directory and returns its path.
 * The directory is removed when the test ends.
 */
export function tree(t: TestContext | undefined, files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'ngg-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  t?.after(() => rmSync(root, { recursive: true, force: true }));
  return root;
}
