/**
 * Child process of the benchmark: runs one operation of the bundled library (dist/lib.js) on a tree
 * and prints {ms, rssMB} - wall time of the operation and the process's peak resident set.
 * usage: measure.ts parse|check DIR, or measure.ts plan DIR HEAD_DIR (the plan without the lint comparison)
 * `parse` is parseDetailed(), the parse check and plan run (argument positions packed); parse(),
 * the library's published payload, also makes an ArgPosition object per argument.
 */
import { join, resolve } from 'node:path';

const [op, dir, headDir] = process.argv.slice(2);
const lib = await import(resolve(import.meta.dirname ?? '.', '../dist/lib.js'));
const t0 = performance.now();
let n = 0;
if (op === 'parse') n = lib.parseDetailed(join(dir, 'nginx.conf'), { strict: true }).payload.config.length;
else if (op === 'check') n = lib.check({ path: dir }).files;
else if (op === 'plan') n = lib.plan({ base: dir, head: headDir, lint: false }).changes.length;
else throw new Error(`unknown op ${op}`);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, files: n }) + '\n');
