/**
 * Seeded random edits of a config, for the differential runs against nginx -t
 * (test/nginx-mutations.test.ts, scripts/differential.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small linear congruential generator: the same edits on every run of a seed. Returns numbers in [0, 1]. */
export function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/**
 * One small edit of `s`: a character deleted, inserted or replaced (quotes, braces, `;`, `$`, digits,
 * unit letters, ...), a line duplicated or moved, a word replaced by another word of the text, or a
 * line of `others` (the config's other files) inserted.
 */
export function mutate(s: string, rnd: () => number, others: readonly string[] = []): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const specials = [...s].flatMap((c, j) => (';{}"\'\\'.includes(c) ? [j] : []));
  const i = Math.floor(rnd() * s.length);
  const lines = s.split('\n');
  switch (Math.floor(rnd() * 8)) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + pick([';', '{', '}', '"', "'", '\\', ' ', '\n', '$', '#', '(', ')', 'x', '\t', '\r', '0', '1', 'k', 'm', 's', '.', ':', '=', '-', '/']) + s.slice(i);
    case 2: {
      const j = pick(specials);
      return s.slice(0, j) + s.slice(j + 1);
    }
    case 3: {
      const j = Math.floor(rnd() * lines.length);
      lines.splice(j, 0, lines[j]);
      return lines.join('\n');
    }
    case 4: {
      const [l] = lines.splice(Math.floor(rnd() * lines.length), 1);
      lines.splice(Math.floor(rnd() * lines.length), 0, l);
      return lines.join('\n');
    }
    case 5: {
      const words = [...s.matchAll(/[A-Za-z_][\w.-]*/g)];
      const a = pick(words);
      const b = pick(words);
      return s.slice(0, a.index!) + b[0] + s.slice(a.index! + a[0].length);
    }
    case 6: {
      const other = pick([s, ...others]).split('\n');
      lines.splice(Math.floor(rnd() * lines.length), 0, pick(other));
      return lines.join('\n');
    }
    default: {
      const j = pick(specials);
      return s.slice(0, j) + pick([';', '{', '}', '"', "'", ' ', 'x']) + s.slice(j + 1);
    }
  }
}

/** The three-file config the differential runs edit (fixtures/mutations/: map, geo, upstream, quotes, regexes, an include). */
export const MUTATION_FILES = ['nginx.conf', 'mime.conf', 'site.conf'] as const;

/** The mutation fixture's files by name, as written. */
export function mutationFixture(): Record<string, string> {
  return Object.fromEntries(MUTATION_FILES.map((f) => [f, readFileSync(new URL(`../../fixtures/mutations/${f}`, import.meta.url), 'utf8')]));
}

/**
 * Writes the fixture into `dir` with one seeded edit (mutate()) in one of its files, chosen by `rnd`.
 * @returns the edited file's name and its text
 */
export function writeEdited(dir: string, original: Record<string, string>, rnd: () => number): { file: string; text: string } {
  for (const f of MUTATION_FILES) writeFileSync(join(dir, f), original[f]);
  const file = MUTATION_FILES[Math.floor(rnd() * MUTATION_FILES.length)];
  const text = mutate(original[file], rnd, MUTATION_FILES.filter((o) => o !== file).map((o) => original[o]));
  writeFileSync(join(dir, file), text);
  return { file, text };
}
