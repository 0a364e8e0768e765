/**
 * Differential test against the real nginx on mutated configs: a valid three-file config
 * (fixtures/mutations/: map, geo, types, upstream, quotes, escapes, regex locations, an include) gets
 * one small random edit at a time (test/support/mutate.ts: a character deleted, inserted or
 * replaced, a line duplicated or moved, a word or a line of another file put in), from a fixed seed. For each, `nginx -t` and our parser must agree:
 * - nginx accepts it: we report no error (a false error gets a linter switched off);
 * - nginx refuses it with one of its parser's messages (unexpected ..., unknown directive, not
 *   allowed here, invalid number of arguments, no opening "{", ...): we report that message in that
 *   file, at that line or at the line where the directive starts (README: multi-line directives).
 * - nginx refuses it for an unknown variable (a message without a file or line): the lint's
 *   unknown-variable names that variable; and where nginx accepts, unknown-variable says nothing.
 * Refusals neither models (a host that does not resolve, a regex mistake src/parser/regex.ts does
 * not judge) are left to the sandboxed nginx -t (src/nginx-test/) and counted, not asserted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from '../src/parser/index.js';
import { check } from '../src/check.js';
import { lookup } from '../src/parser/directives.js';
import { nginxTest } from './support/nginx.js';
import { tree } from './support/tmp.js';
import { mutationFixture, random, writeEdited } from './support/mutate.js';

const MUTATIONS = 400;
/**
 * nginx's messages from ngx_conf_file.c, the location checks, a flag's value, try_files' code,
 * expires' value, limit_req_zone's rate and zone size, map and geo entries (a map key twice too), an
 * if condition's shape and the variable syntax of a script or a log_format: the parser's job.
 * (Other values are read by directive: the parser knows how for the directives nginx was asked
 * about, src/parser/directives-nginx.json, and a duplicate directive is the lint's finding.)
 */
const PARSER_MESSAGE = /^(unexpected|unknown directive|"[^"]+" directive is not allowed here|invalid number of arguments|directive "[^"]+" (is not terminated|has no opening)|invalid location modifier|location "[^"]*" (is outside|cannot be inside)|named location|invalid value "[^"]*" in "[^"]+" directive, it must be "on" or "off"|invalid code "|"expires" directive invalid value|invalid rate "|invalid number of the (map|geo) parameters|duplicate default map parameter|invalid network "|invalid variable name|conflicting parameter "|invalid zone size "|zone "[^"]*" is too small|invalid condition "|the closing bracket in "|unknown log format escaping ")/;

test(`agrees with nginx -t on ${MUTATIONS} mutations of a valid config: no false error, nginx's parser error found where nginx reports it, and its unknown variables named`, (t) => {
  const original = mutationFixture();
  const dir = tree(t, original);
  const conf = join(dir, 'nginx.conf');
  assert.equal(nginxTest(dir, conf).status, 0, 'the unmutated fixture must pass nginx -t');
  const rnd = random(11);
  const problems: string[] = [];
  const tally: Record<string, number> = {};
  for (let n = 0; n < MUTATIONS; n++) {
    const { file: f } = writeEdited(dir, original, rnd);
    const ng = nginxTest(dir, conf);
    const errors = parse(conf, { strict: true }).errors;
    const variables = check({ path: dir, root: dir }).findings.filter((x) => x.rule === 'unknown-variable').map((x) => x.message);
    const about = `mutation ${n} of ${f} (nginx: ${ng.emerg ? `${ng.emerg.message} at ${ng.emerg.file}:${ng.emerg.line}` : ng.status === 0 ? 'ok' : 'failed'}; ours: ${errors.map((e) => `${e.message} at ${e.file}:${e.line}`).join(' | ') || 'none'})`;
    let kind: string;
    const unknown = /\[emerg\] \d+#\d+: unknown "([^"]+)" variable$/m.exec(ng.output);
    if (ng.status === 0) {
      kind = 'both pass';
      if (errors.length) problems.push(`false error: ${about}`);
      if (variables.length) problems.push(`false unknown-variable: ${about}: ${variables.join(' | ')}`);
    } else if (unknown) {
      kind = 'unknown variable';
      if (!variables.some((m) => m.startsWith(`unknown variable "$${unknown[1].toLowerCase()}"`))) problems.push(`missed unknown variable "${unknown[1]}": ${about}; unknown-variable: ${variables.join(' | ') || 'none'}`);
    } else if (ng.emerg && PARSER_MESSAGE.test(ng.emerg.message)) {
      kind = 'parser error';
      const { message, file, line } = ng.emerg;
      // the same message in the same file, at nginx's line or where the directive starts (at most 12 lines up)
      // a directive of a module this nginx does not build (acme's `uri`) is "unknown" to it; the
      // directive table knows it, and says where it belongs
      const unbuilt = /^unknown directive "([^"]+)"$/.exec(message)?.[1];
      const elsewhere = unbuilt !== undefined && lookup(unbuilt) !== undefined ? `"${unbuilt}" directive is not allowed here` : undefined;
      const same = (m: string | undefined) => m === message || (m !== undefined && m === elsewhere);
      if (!errors.some((e) => same(e.message) && e.file === file && e.line! <= line && e.line! >= line - 12)) problems.push(`missed: ${about}`);
    } else kind = 'refused for a reason the parser does not model';
    tally[kind] = (tally[kind] ?? 0) + 1;
  }
  t.diagnostic(JSON.stringify(tally));
  assert.deepEqual(problems, []);
  // the run must exercise both sides: mutations nginx accepts, parser errors and unknown variables it reports
  assert.ok((tally['both pass'] ?? 0) > 50 && (tally['parser error'] ?? 0) > 100 && (tally['unknown variable'] ?? 0) > 0, JSON.stringify(tally));
});
