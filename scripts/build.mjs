#!/usr/bin/env node
// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the library (dist/lib.js), sharing
// code through dist/chunks/, with esbuild, and emits the library's type declarations (dist/types/).
// Output is deterministic so that
// `.ci/run` can fail on a stale dist/ with `git diff --exit-code dist/`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync, chmodSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // ssh2's optional native addons stay out of the bundle; ssh2 falls back to pure JS without them
  external: ['cpu-features', '*.node'],
  // CommonJS dependencies (ssh2) use require, __dirname and __filename
  banner: {
    js: [
      "import { createRequire as __ngCreateRequire } from 'node:module';",
      "import { fileURLToPath as __ngFileURLToPath } from 'node:url';",
      "import { dirname as __ngDirname } from 'node:path';",
      'const require = __ngCreateRequire(import.meta.url);',
      'const __filename = __ngFileURLToPath(import.meta.url);',
      'const __dirname = __ngDirname(__filename);',
    ].join('\n'),
  },
};
// one build: the action, the CLI and the library share the engine through chunks instead of each
// carrying a copy of it (the CLI's shebang comes from src/cli-bin.ts)
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-bin.ts', lib: 'src/lib.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
