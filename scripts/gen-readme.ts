/**
 * Writes the README's tables of action inputs and outputs from action.yml (between the markers
 * `<!-- action.yml: begin -->` and `<!-- action.yml: end -->`). `npm run docs:readme`;
 * test/readme.test.ts fails when the README and action.yml disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
export const BEGIN = '<!-- action.yml: begin (npm run docs:readme) -->';
export const END = '<!-- action.yml: end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** The tables for action.yml's text. */
export function actionTables(yml: string): string {
  const a = parse(yml) as { inputs: Record<string, { description: string; default?: unknown; required?: boolean }>; outputs: Record<string, { description: string }> };
  const rows = ['| input | default | what it does |', '| --- | --- | --- |'];
  for (const [k, v] of Object.entries(a.inputs)) rows.push(`| \`${k}\` | ${v.default === undefined || v.default === '' ? '' : `\`${cell(String(v.default))}\``} | ${cell(v.description)} |`);
  rows.push('', '| output | what it holds |', '| --- | --- |');
  for (const [k, v] of Object.entries(a.outputs)) rows.push(`| \`${k}\` | ${cell(v.description)} |`);
  return rows.join('\n');
}

/** README text with the tables replaced. @throws when the markers are missing */
export function withTables(readme: string, yml: string): string {
  const i = readme.indexOf(BEGIN);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${BEGIN} ... ${END}`);
  return readme.slice(0, i + BEGIN.length) + '\n' + actionTables(yml) + '\n' + readme.slice(j);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const p = join(ROOT, 'README.md');
  writeFileSync(p, withTables(readFileSync(p, 'utf8'), readFileSync(join(ROOT, 'action.yml'), 'utf8')));
}
