/** SARIF output validated against the published SARIF 2.1.0 schema (sarif-2.1.0-rtm.5.json). */
// the schema's patterns are ECMA-262 without the u flag (one has a lone ']'), hence unicodeRegExp: false
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cli, ROOT } from './support/run.js';
import { tree } from './support/tmp.js';

const require = createRequire(import.meta.url);
// CommonJS packages: loaded with require so their default exports need no interop
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const schema = JSON.parse(readFileSync(join(require.resolve('@microsoft/jest-sarif/package.json'), '../lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

test('check --format sarif is valid SARIF 2.1.0 with rules, levels and regions', (t) => {
  const dir = tree(t, {
    'nginx.conf': 'events {}\nhttp {\n  server {\n    listen 80;\n    location /files {\n      alias /srv/files/;\n      autoindex on;\n    }\n    lisen 81;\n  }\n}\n',
  });
  const r = cli(['check', '.', '--format', 'sarif'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const log = JSON.parse(r.stdout);
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const valid: boolean = validate(log); // a plain boolean: the type guard would narrow log to unknown
  assert.ok(valid, JSON.stringify(validate.errors, null, 1));
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'nginx-gitops');
  assert.ok(run.tool.driver.rules.length >= 51);
  const byRule = Object.fromEntries(run.results.map((x: { ruleId: string }) => [x.ruleId, x]));
  assert.equal(byRule['alias-traversal'].level, 'error');
  assert.equal(byRule['autoindex-on'].level, 'warning');
  assert.equal(byRule['unknown-directive'].level, 'error');
  assert.deepEqual(byRule['alias-traversal'].locations[0].physicalLocation, {
    artifactLocation: { uri: 'nginx.conf', uriBaseId: '%SRCROOT%' },
    region: { startLine: 6, startColumn: 13, endLine: 6, endColumn: 24 }, // "/srv/files/" is columns 13-23; SARIF's endColumn is exclusive
  });
  assert.equal(run.tool.driver.rules[byRule['alias-traversal'].ruleIndex].id, 'alias-traversal');
});

test('the SARIF of the clean example is valid and has no result at warning or above', () => {
  const r = cli(['check', 'fixtures/lb/nginx', '--prefix', '/etc/nginx', '--format', 'sarif'], { cwd: ROOT });
  const log = JSON.parse(r.stdout);
  const ajv = new Ajv({ strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const valid: boolean = ajv.validate(schema, log);
  assert.ok(valid, JSON.stringify(ajv.errors));
  assert.deepEqual(log.runs[0].results.filter((x: { level: string }) => x.level !== 'note'), []);
});
