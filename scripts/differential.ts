/**
 * `npm run differential [-- N SEED]`: how often `check` without nginx -t (parse + lint, the CLI's
 * default) disagrees with the real nginx -t, on N seeded edits (test/support/mutate.ts) of the
 * mutation fixture (fixtures/mutations/). Prints the false errors (nginx takes the config, check
 * reports an error nginx would refuse for: a parser finding or a rule marked `refusal`) and the
 * refusals check calls clean, grouped by nginx's message with two examples each. Needs nginx
 * (bash scripts/test.sh installs it). Exit 1 when there is a false error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../src/check.js';
import { PARSER_RULES } from '../src/lint/engine.js';
import { RULES } from '../src/lint/rules/index.js';
import { MUTATION_FILES, mutationFixture, random, writeEdited } from '../test/support/mutate.js';
import { nginxTest } from '../test/support/nginx.js';

const N = Number(process.argv[2] ?? 1000);
const SEED = Number(process.argv[3] ?? 7);
/** Findings that say nginx refuses the config. */
const REFUSING: ReadonlySet<string> = new Set([...PARSER_RULES, ...RULES.filter((r) => r.refusal).map((r) => r.id)]);

const original = mutationFixture();
const dir = mkdtempSync(join(tmpdir(), 'ngg-differential-'));
const conf = join(dir, 'nginx.conf');
/** The first changed line, before and after. */
const change = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `line ${i + 1}: ${JSON.stringify(x[i] ?? '')} -> ${JSON.stringify(y[i] ?? '')}`;
};
try {
  for (const f of MUTATION_FILES) writeFileSync(join(dir, f), original[f]);
  if (nginxTest(dir, conf).status !== 0) throw new Error('nginx -t refuses the unmutated fixture');
  const rnd = random(SEED);
  const falseErrors: string[] = [];
  const clean = new Map<string, string[]>();
  let passes = 0;
  for (let n = 0; n < N; n++) {
    const { file: f, text } = writeEdited(dir, original, rnd);
    const ng = nginxTest(dir, conf);
    const errors = check({ path: dir, root: dir }).findings.filter((x) => x.severity === 'error' && REFUSING.has(x.rule));
    if (ng.status === 0) {
      passes++;
      if (errors.length) falseErrors.push(`#${n} ${f} ${change(original[f], text)}: ${errors.map((e) => `${e.rule} ${e.message} at ${e.file}:${e.line}`).join(' | ')}`);
    } else if (!errors.length) {
      const message = ng.emerg?.message ?? /\[emerg\] \d+#\d+: (.*)$/m.exec(ng.output)?.[1] ?? ng.output.trim();
      const key = message.replace(/"[^"]*"/g, '"…"');
      clean.set(key, [...(clean.get(key) ?? []), `#${n} ${f} ${change(original[f], text)}`]);
    }
  }
  const refused = N - passes;
  const calledClean = [...clean.values()].reduce((s, l) => s + l.length, 0);
  console.log(`${N} edits (seed ${SEED}): nginx -t takes ${passes}, refuses ${refused}; false errors: ${falseErrors.length}; refusals check calls clean: ${calledClean} (${((100 * calledClean) / Math.max(refused, 1)).toFixed(1)}%)`);
  for (const e of falseErrors) console.log(`  false error ${e}`);
  for (const [key, list] of [...clean].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${list.length} x ${key}`);
    for (const e of list.slice(0, 2)) console.log(`      ${e}`);
  }
  process.exitCode = falseErrors.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
