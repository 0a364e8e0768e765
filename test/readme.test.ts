/** The README says what action.yml and the code say. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/run.js';
import { withTables } from '../scripts/gen-readme.js';
import { sudoersLine } from '../src/deploy/ssh.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('the README lists every input and output of action.yml, with its default (npm run docs:readme)', () => {
  assert.equal(readme, withTables(readme, readFileSync(join(ROOT, 'action.yml'), 'utf8')), 'README.md and action.yml disagree: run npm run docs:readme');
});

test('the README gives the sudoers line the bot needs, as the lab test uses it', () => {
  assert.ok(readme.includes(sudoersLine('nginx-deploy')), sudoersLine('nginx-deploy'));
});

test('every file the README points at exists', () => {
  for (const m of readme.matchAll(/`((?:examples|scripts|src|test|docs|fixtures|bench)\/[^`\s*<]+)`/g)) assert.ok(existsSync(join(ROOT, m[1])), m[1]);
});
