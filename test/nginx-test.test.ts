/**
 * `nginx -t` in the sandbox with real nginx: the local runner (Debian's nginx, always), the docker
 * and service runners (a real dockerd started here; skipped with the reason when it cannot start).
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkWithNginxTest } from '../src/check.js';
import { nginxTest } from '../src/nginx-test/index.js';
import { createSandbox } from '../src/nginx-test/sandbox.js';
import { execFile } from '../src/nginx-test/exec.js';
import { parseBuild } from '../src/nginx-test/build.js';
import { parseDetailed } from '../src/parser/parser.js';
import { CORPUS, corpusAvailable } from './support/corpus.js';
import { importNginxImage, startDocker, type DockerLab } from './support/docker.js';
import { nginxBin } from './support/nginx.js';
import { cli, ROOT } from './support/run.js';
import { tree } from './support/tmp.js';

const FIXTURE = join(ROOT, 'fixtures/lb/nginx');
const NGINX = nginxBin();
const VERSION = parseBuild(spawnSync(NGINX, ['-V'], { encoding: 'utf8' }).stderr)!.version;
/** No name resolves in these tests: what the hosts hold is not the runner's business. */
const noDns = async () => undefined;

/** A repository with the load balancer fixture at nginx/, optionally changed. */
function repo(t: TestContext, change?: (dir: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'ngg-repo-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  cpSync(FIXTURE, join(root, 'nginx'), { recursive: true });
  change?.(join(root, 'nginx'));
  return root;
}

async function run(root: string, extra: { warningsAsErrors?: boolean; tmpDir?: string; isolation?: 'rewrite' } = {}) {
  return checkWithNginxTest({ path: join(root, 'nginx'), prefix: '/etc/nginx', root }, { mode: 'local', bin: NGINX, resolveHost: noDns, ...extra });
}

test('local: the production-style config passes in the sandbox, with a notice for each stand-in', async (t) => {
  const root = repo(t);
  const r = await run(root);
  assert.deepEqual(r.findings, []);
  assert.equal(r.nginxTest!.status, 'passed');
  assert.equal(r.nginxTest!.runner, 'local');
  assert.equal(r.nginxTest!.build!.version, VERSION);
  assert.deepEqual(r.nginxTest!.notices.map((n) => `${n.file}:${n.line}:${n.col} ${n.message}`), [
    'nginx/conf.d/upstreams.conf:6:12 host api1.internal does not resolve on this runner: tested as 127.0.0.1',
    'nginx/conf.d/upstreams.conf:7:12 host api2.internal does not resolve on this runner: tested as 127.0.0.1',
    'nginx/conf.d/upstreams.conf:8:12 host api3.internal does not resolve on this runner: tested as 127.0.0.1',
    'nginx/conf.d/upstreams.conf:9:12 host api4.internal does not resolve on this runner: tested as 127.0.0.1',
    'nginx/nginx.conf:3:1 user www-data was not tested: the account must exist on the load balancers',
    'nginx/sites-enabled/api.example.com.conf:8:21 certificate /etc/letsencrypt/live/api.example.com/fullchain.pem was not in the repo: tested with a stand-in',
    'nginx/sites-enabled/api.example.com.conf:9:25 private key /etc/letsencrypt/live/api.example.com/privkey.pem was not in the repo: tested with a stand-in',
    'nginx/sites-enabled/app.example.com.conf:8:21 certificate /etc/letsencrypt/live/app.example.com/fullchain.pem was not in the repo: tested with a stand-in',
    'nginx/sites-enabled/app.example.com.conf:9:25 private key /etc/letsencrypt/live/app.example.com/privkey.pem was not in the repo: tested with a stand-in',
    'nginx/sites-enabled/status.internal.conf:4:12 listen address 10.0.0.5 is not on this runner: accepted with ip_nonlocal_bind (the load balancers must own it)',
  ]);
});

test('local: without the sandbox the same config fails nginx -t here (what the sandbox is for)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-raw-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE, join(dir, 'conf'), { recursive: true });
  // Only the include root moved: certificates and hosts are as in production.
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(join(dir, 'conf'))) writeFileSync(f, readFileSync(f, 'utf8').replaceAll('/etc/nginx/', join(dir, 'conf') + '/'));
  const r = spawnSync(NGINX, ['-t', '-p', dir + '/', '-c', join(dir, 'conf/nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  assert.notEqual(r.status, 0, 'plain nginx -t must fail on production-only certificates and hosts');
  assert.match(r.stderr, /letsencrypt|host not found/);
});

test('local: a broken directive in an included file fails with that file\'s repo path and line', async (t) => {
  const root = repo(t, (d) => appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_next_upstream bogus;\n'));
  const r = await run(root);
  assert.equal(r.nginxTest!.status, 'failed');
  assert.deepEqual(r.findings.map((f) => [f.rule, f.severity, f.file, f.line, f.col, f.message]), [
    ['nginx-test', 'error', 'nginx/snippets/proxy.conf', 12, 1, 'nginx -t: [emerg] invalid value \"bogus\"'],
  ]);
  const c = cli(['check', 'nginx', '--prefix', '/etc/nginx', '--nginx-test', 'local', '--nginx-bin', NGINX], { cwd: root });
  assert.equal(c.status, 1, c.stderr);
  assert.match(c.stdout, /^nginx\/snippets\/proxy\.conf:12:1: error: nginx -t: \[emerg\] invalid value \"bogus\" \[nginx-test\]$/m);
  assert.match(c.stdout, /^nginx -t: failed \(local runner, nginx /m);
});

test('local: nginx -t\'s error on a line where a rule finds what nginx refuses is not repeated; with the rule off it stays', async (t) => {
  // proxy_connect_timeout twice in the snippet: the lint's duplicate-directive and nginx's "is duplicate", same line
  const root = repo(t, (d) => appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_connect_timeout 9s;\n'));
  const r = await run(root);
  assert.equal(r.nginxTest!.status, 'failed');
  assert.deepEqual(r.findings.map((f) => [f.rule, f.severity, f.file, f.line]), [['duplicate-directive', 'error', 'nginx/snippets/proxy.conf', 12]]);
  writeFileSync(join(root, '.nginx-gitops.yml'), 'rules:\n  duplicate-directive: off\n');
  const off = await run(root);
  assert.equal(off.nginxTest!.status, 'failed');
  assert.deepEqual(off.findings.map((f) => [f.rule, f.file, f.line, f.message]), [['nginx-test', 'nginx/snippets/proxy.conf', 12, 'nginx -t: [emerg] "proxy_connect_timeout" directive is duplicate']]);
});

test('local: messages without a location go to the directive they are about', async (t) => {
  const root = repo(t, (d) => {
    appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_set_header X-Trace $no_such_var;\n');
    writeFileSync(join(d, 'sites-enabled/zz-dup.conf'), '# nginx-gitops: context=http\nserver {\n    listen 80;\n    server_name _;\n    return 404;\n}\n');
  });
  // the lint's unknown-variable finds the variable at its argument; nginx's message, which names no
  // file or line, is then a repeat on that line and dropped
  // (the lint's duplicate-server-name finds the server name the fragment repeats)
  const linted = await run(root);
  assert.deepEqual(linted.findings.map((f) => [f.rule, f.file, f.line, f.col]), [
    ['duplicate-server-name', 'nginx/sites-enabled/zz-dup.conf', 4, 17],
    ['unknown-variable', 'nginx/snippets/proxy.conf', 12, 26],
  ]);
  assert.equal(linted.nginxTest!.status, 'failed');
  // with the rules off, nginx's own messages are placed at the directive they are about
  writeFileSync(join(root, '.nginx-gitops.yml'), 'rules:\n  unknown-variable: off\n  duplicate-server-name: off\n');
  const r = await run(root);
  assert.deepEqual(r.findings.map((f) => [f.rule, f.file, f.line, f.col, f.message]), [
    ['nginx-test', 'nginx/snippets/proxy.conf', 12, 26, 'nginx -t: [emerg] unknown "no_such_var" variable'],
  ]);
  // Variables are checked after server names: fix the variable, and the warning shows.
  writeFileSync(join(root, 'nginx/snippets/proxy.conf'), readFileSync(join(root, 'nginx/snippets/proxy.conf'), 'utf8').replace('proxy_set_header X-Trace $no_such_var;\n', ''));
  const w = await run(root);
  assert.deepEqual(w.findings.map((f) => [f.rule, f.severity, f.file, f.line, f.col, f.message]), [
    ['nginx-test-warning', 'warning', 'nginx/sites-enabled/zz-dup.conf', 4, 17, 'nginx -t: [warn] conflicting server name "_" on 0.0.0.0:80, ignored'],
  ]);
  assert.equal(w.nginxTest!.status, 'passed');
  const e = await run(root, { warningsAsErrors: true });
  assert.deepEqual(e.findings.map((f) => [f.rule, f.severity]), [['nginx-test-warning', 'error']]);
  assert.equal(e.nginxTest!.status, 'failed');
  // The same suppressions as lint's.
  writeFileSync(join(root, 'nginx/sites-enabled/zz-dup.conf'), '# nginx-gitops: context=http\nserver {\n    listen 80;\n    server_name _; # nginx-gitops: ignore nginx-test-warning -- catch-all kept for the old pool\n    return 404;\n}\n');
  assert.deepEqual((await run(root)).findings, []);
  // With duplicate-server-name on, nginx's warning on its line is a repeat of the rule's and dropped,
  // unless nginx's warnings are errors: then it stays, to fail the check.
  writeFileSync(join(root, '.nginx-gitops.yml'), 'rules:\n  unknown-variable: off\n');
  writeFileSync(join(root, 'nginx/sites-enabled/zz-dup.conf'), '# nginx-gitops: context=http\nserver {\n    listen 80;\n    server_name _;\n    return 404;\n}\n');
  const ruled = await run(root);
  assert.deepEqual(ruled.findings.map((f) => [f.rule, f.severity, f.line]), [['duplicate-server-name', 'warning', 4]]);
  assert.ok(ruled.findings[0].message.startsWith('conflicting server name "_" on 0.0.0.0:80, ignored'), ruled.findings[0].message);
  assert.equal(ruled.nginxTest!.status, 'passed');
  const strict = await run(root, { warningsAsErrors: true });
  assert.deepEqual(strict.findings.map((f) => [f.rule, f.severity, f.line]), [['nginx-test-warning', 'error', 4], ['duplicate-server-name', 'warning', 4]]);
  assert.equal(strict.nginxTest!.status, 'failed');
});

test('local: certificates in the repo are tested for real; a lone half of a pair gets a stand-in pair', async (t) => {
  const root = repo(t, (d) => {
    writeFileSync(join(d, 'sites-enabled/app.example.com.conf'), readFileSync(join(d, 'sites-enabled/app.example.com.conf'), 'utf8')
      .replace('/etc/letsencrypt/live/app.example.com/fullchain.pem', '/etc/nginx/ssl/app.crt')
      .replace('/etc/letsencrypt/live/app.example.com/privkey.pem', '/etc/nginx/ssl/app.key'));
    cpSync(join(d, 'mime.types'), join(d, 'ssl/app.crt'));
  });
  const broken = await run(root);
  // A certificate the repo holds is read for real: this one is no certificate. The key is missing,
  // so the pair was stood in (the notice says so) - remove the pair half and nginx reads the repo file.
  assert.equal(broken.nginxTest!.status, 'passed');
  assert.ok(broken.nginxTest!.notices.some((n) => n.message === 'certificate /etc/nginx/ssl/app.crt is in the repo but its pair is not: tested with a stand-in pair' && n.file === 'nginx/sites-enabled/app.example.com.conf' && n.line === 8));
  cpSync(join(root, 'nginx/mime.types'), join(root, 'nginx/ssl/app.key'));
  const real = await run(root);
  assert.equal(real.nginxTest!.status, 'failed');
  assert.deepEqual(real.findings.map((f) => [f.rule, f.file, f.line, f.col]), [['nginx-test', 'nginx/sites-enabled/app.example.com.conf', 8, 21]]);
  assert.match(real.findings[0].message, /^nginx -t: \[emerg\] cannot load certificate "nginx\/ssl\/app\.crt": PEM_read_bio_X509_AUX\(\) failed/);
});

test('local: every kind of TLS file gets a stand-in of the right kind', async (t) => {
  const conf = `events {}
http {
    ssl_session_ticket_key /etc/ssl/ticket.key;
    ssl_dhparam /etc/ssl/dhparam.pem;
    ssl_password_file /etc/ssl/passwords;
    server {
        listen 8443 ssl;
        server_name a.example.com;
        ssl_certificate /etc/ssl/rsa.crt;
        ssl_certificate_key /etc/ssl/rsa.key;
        ssl_certificate /etc/ssl/ecdsa.crt;
        ssl_certificate_key /etc/ssl/ecdsa.key;
        ssl_trusted_certificate /etc/ssl/chain.pem;
        ssl_client_certificate /etc/ssl/clients.pem;
        ssl_crl /etc/ssl/revoked.crl;
        ssl_stapling on;
        ssl_stapling_file /etc/ssl/ocsp.der;
        ssl_conf_command Certificate /etc/ssl/override.crt;
        ssl_conf_command PrivateKey /etc/ssl/override.key;
        location / {
            proxy_ssl_certificate /etc/ssl/combined.pem;
            proxy_ssl_certificate_key /etc/ssl/combined.pem;
            proxy_ssl_trusted_certificate /etc/ssl/upstream-ca.pem;
            proxy_pass https://backend.internal:8443;
        }
    }
    server {
        listen 8444 ssl;
        server_name hsm.example.com;
        ssl_certificate /etc/ssl/hsm.crt;
        ssl_certificate_key engine:pkcs11:id_00;
    }
}
`;
  const root = tree(t, { 'nginx/nginx.conf': conf });
  const r = await run(root);
  assert.equal(r.nginxTest!.status, 'passed', JSON.stringify(r.findings));
  const kinds = r.nginxTest!.notices.map((n) => n.message.replace(/ was not in the repo.*| does not resolve.*/, ''));
  assert.deepEqual(kinds, [
    'session ticket key /etc/ssl/ticket.key', 'DH parameters file /etc/ssl/dhparam.pem', 'password file /etc/ssl/passwords',
    'certificate /etc/ssl/rsa.crt', 'private key /etc/ssl/rsa.key', 'certificate /etc/ssl/ecdsa.crt', 'private key /etc/ssl/ecdsa.key',
    'CA certificate /etc/ssl/chain.pem', 'CA certificate /etc/ssl/clients.pem', 'CRL /etc/ssl/revoked.crl', 'OCSP response /etc/ssl/ocsp.der',
    'certificate /etc/ssl/override.crt', 'private key /etc/ssl/override.key',
    'certificate /etc/ssl/combined.pem', 'private key /etc/ssl/combined.pem', 'CA certificate /etc/ssl/upstream-ca.pem', 'host backend.internal',
    'certificate /etc/ssl/hsm.crt', 'private key engine:pkcs11:id_00 is held by an OpenSSL engine on the load balancers: tested with a stand-in',
  ]);
});

test('local: what leads outside the repository is read neither by the check nor by nginx -t in the sandbox', async (t) => {
  // a file beside the repository whose content nginx would quote back in its error messages
  const outsideDir = tree(t, { 'secret.conf': 'leaked_secret_hunter2 on;\n' });
  const root = tree(t, {
    'nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n    include /proc/self/environ;\n    include ' + join(outsideDir, 'secret.conf') + ';\n    server {\n        listen 443 ssl;\n        ssl_certificate ../../' + basename(outsideDir) + '/secret.conf;\n        ssl_certificate_key ../../' + basename(outsideDir) + '/secret.conf;\n    }\n}\n',
    'nginx/conf.d/a.conf': 'server {\n    listen 80;\n}\n',
  });
  symlinkSync(join(outsideDir, 'secret.conf'), join(root, 'nginx/conf.d/link.conf'));
  const r = await run(root);
  const text = JSON.stringify(r.findings) + JSON.stringify(r.nginxTest);
  assert.doesNotMatch(text, /hunter2/, 'no content of a file outside the repository in any finding or report');
  // 3: the glob is in the repository (prefix), but one match is a symbolic link out of it
  assert.deepEqual(r.findings.filter((f) => f.rule === 'include-outside').map((f) => [f.line, f.severity]), [[3, 'warning'], [4, 'warning'], [5, 'warning']]);
  assert.equal(r.nginxTest!.status, 'passed', r.nginxTest!.output);
  assert.deepEqual(r.nginxTest!.notices.filter((n) => n.message.includes('outside')).map((n) => n.line), [4, 5]);
  // a certificate path that climbs out of the repository gets a stand-in, like one that is missing
  assert.deepEqual(r.nginxTest!.notices.filter((n) => n.message.includes('not in the repo')).map((n) => n.line), [8, 9]);
});

const STREAM_MODULE = '/usr/lib/nginx/modules/ngx_stream_module.so';
test('local: dynamic modules named by load_module come from the local install', { skip: existsSync(STREAM_MODULE) ? false : `${STREAM_MODULE} is not installed (Debian package libnginx-mod-stream; scripts/test.sh installs it)` }, async (t) => {
  const root = tree(t, {
    'nginx/nginx.conf': 'load_module modules/ngx_stream_module.so;\nevents {}\nstream {\n    upstream db {\n        server db1.internal:5432;\n    }\n    server {\n        listen 10.0.0.5:5432;\n        proxy_pass db;\n    }\n    server {\n        listen 6379;\n        proxy_pass cache.internal:6379;\n    }\n}\n',
  });
  const r = await run(root);
  assert.equal(r.nginxTest!.status, 'passed', r.nginxTest!.output);
  assert.deepEqual(r.nginxTest!.notices.map((n) => `${n.line} ${n.message}`), [
    '5 host db1.internal does not resolve on this runner: tested as 127.0.0.1',
    '8 listen address 10.0.0.5 is not on this runner: accepted with ip_nonlocal_bind (the load balancers must own it)',
    '13 host cache.internal does not resolve on this runner: tested as 127.0.0.1',
  ]);
  // A module the install does not have fails as it would on a host without it.
  writeFileSync(join(root, 'nginx/nginx.conf'), 'load_module modules/ngx_no_such_module.so;\nevents {}\n');
  const m = await run(root);
  assert.equal(m.nginxTest!.status, 'failed');
  const own = m.findings.filter((f) => f.rule === 'nginx-test');
  assert.deepEqual(own.map((f) => [f.file, f.line]), [['nginx/nginx.conf', 1]]);
  assert.match(own[0].message, /dlopen\(\) ".*ngx_no_such_module\.so" failed/);
});

test('rewrite isolation (no namespace, not root): names and foreign addresses rewritten on the same lines', async (t) => {
  const root = repo(t);
  const r = await run(root, { isolation: 'rewrite' });
  assert.equal(r.nginxTest!.status, 'passed', JSON.stringify(r.findings));
  assert.ok(r.nginxTest!.notices.some((n) => n.message === 'listen address 10.0.0.5 is not on this runner: tested on 127.0.0.1'));
  const main = join(root, 'nginx/nginx.conf');
  const sb = await createSandbox({ result: parseDetailed(main, { prefix: '/etc/nginx' }), main, prefix: '/etc/nginx', build: parseBuild(`nginx version: nginx/${VERSION}`)!, isolation: 'rewrite', unprivileged: true, resolveHost: noDns });
  t.after(() => sb.remove());
  const ups = readFileSync(join(sb.dir, 'conf/conf.d/upstreams.conf'), 'utf8').split('\n');
  const orig = readFileSync(join(root, 'nginx/conf.d/upstreams.conf'), 'utf8').split('\n');
  assert.equal(ups.length, orig.length);
  assert.equal(ups[5], '    server "127.0.0.1:8080" weight=3 max_fails=3 fail_timeout=10s;');
  const status = readFileSync(join(sb.dir, 'conf/sites-enabled/status.internal.conf'), 'utf8').split('\n');
  assert.equal(status[3], '    listen "127.0.0.1:8080";');
  const redirect = readFileSync(join(sb.dir, 'conf/sites-enabled/00-redirect.conf'), 'utf8').split('\n');
  assert.equal(redirect[3], '    listen "10080" default_server;', 'port 80 needs root: moved up by 10000');
  assert.ok(sb.notices.some((n) => n.message === 'listen port 80 needs root: tested on port 10080'));
});

test('the sandbox is removed after a pass, after a failure and when stand-ins cannot be made', async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'ngg-sbx-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const good = repo(t);
  await run(good, { tmpDir: tmp });
  assert.deepEqual(readdirSync(tmp), []);
  const bad = repo(t, (d) => appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_next_upstream bogus;\n'));
  await run(bad, { tmpDir: tmp });
  assert.deepEqual(readdirSync(tmp), []);
  const main = join(good, 'nginx/nginx.conf');
  await assert.rejects(
    createSandbox({ result: parseDetailed(main, { prefix: '/etc/nginx' }), main, prefix: '/etc/nginx', build: parseBuild(`nginx version: nginx/${VERSION}`)!, isolation: 'namespace', resolveHost: noDns, tmpDir: tmp, openssl: '/nonexistent/openssl' }),
    /openssl req failed/,
  );
  assert.deepEqual(readdirSync(tmp), []);
});

test('the config under test never sees the runner\'s secrets', (t) => {
  const root = repo(t);
  const dump = join(root, 'env.txt');
  const wrapper = join(root, 'nginx-wrapper');
  writeFileSync(wrapper, `#!/bin/sh\nenv >> ${dump}\nexec ${NGINX} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', 'nginx', '--prefix', '/etc/nginx', '--nginx-test', 'local', '--nginx-bin', wrapper], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_TOKEN: 'ghs_secretvalue', INPUT_SSH_PRIVATE_KEY: 'KEYMATERIAL', ACTIONS_RUNTIME_TOKEN: 'rt' },
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const env = readFileSync(dump, 'utf8');
  assert.match(env, /^PATH=/m, 'the wrapper ran');
  assert.doesNotMatch(env, /ghs_secretvalue|KEYMATERIAL|GITHUB_TOKEN|INPUT_|ACTIONS_/);
});

test('runner errors are input errors with exit 2 and one line; no main config means nginx -t is skipped, said so', (t) => {
  const root = repo(t);
  const noBin = cli(['check', 'nginx', '--prefix', '/etc/nginx', '--nginx-test', 'local', '--nginx-bin', '/nonexistent/nginx'], { cwd: root });
  assert.equal(noBin.status, 2);
  assert.match(noBin.stderr, /^nginx-gitops: nginx-test local: cannot run "\/nonexistent\/nginx" .*install nginx or set nginx-bin\n$/);
  const noEngine = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', 'nginx', '--prefix', '/etc/nginx', '--nginx-test', 'docker'], { cwd: root, encoding: 'utf8', env: { ...process.env, DOCKER_HOST: `unix://${root}/no.sock` } });
  assert.equal(noEngine.status, 2);
  assert.equal(noEngine.stderr, 'nginx-gitops: nginx-test docker: no Docker engine answers (start one, or use nginx-test: local)\n');
  const noContainer = cli(['check', 'nginx', '--prefix', '/etc/nginx', '--nginx-test', 'service'], { cwd: root });
  assert.equal(noContainer.status, 2);
  assert.match(noContainer.stderr, /nginx-test service needs nginx-container/);
  const frag = tree(t, { 'conf.d/a.conf': 'server {\n    listen 80;\n    server_name a.example.com;\n    return 204;\n}\n' });
  const f = cli(['check', frag, '--nginx-test', 'local', '--nginx-bin', NGINX]);
  assert.match(f.stdout, /^nginx -t: not run \(no main config: nginx -t needs one/m);
});

test('h5bp-server-configs-nginx passes nginx -t in the sandbox', { skip: corpusAvailable ? false : `corpus not found at ${CORPUS}` }, async () => {
  const main = join(CORPUS, 'configs/h5bp-server-configs-nginx/nginx.conf');
  const r = await nginxTest({ mode: 'local', bin: NGINX, result: parseDetailed(main, {}), main, rel: (f) => f, resolveHost: noDns });
  assert.equal(r.status, 'passed', r.output);
});

/** Failures the sandbox exists to prevent: each one is a defect of the sandbox, not of the config. */
const SANDBOX_DEFECT = /host not found in upstream|\(99: Cannot assign requested address\)|\(13: Permission denied\)|getpwnam|BIO_new_file\(.*No such file|cannot load certificate( key)? ".*": BIO_new_file|SSL_CONF_cmd\(.*No such file|mkdir\(\)/;

test('nginx-tests configs through the local runner: recorded pass/fail per nginx version, no failure the sandbox could have prevented', { skip: corpusAvailable ? false : `corpus not found at ${CORPUS}` }, async () => {
  const base = join(CORPUS, 'configs/nginx-tests-extracted');
  const files: string[] = [];
  for (const d of readdirSync(base).sort()) {
    if (!d.endsWith('.t')) continue;
    for (const f of readdirSync(join(base, d)).sort()) if (f.endsWith('.conf')) files.push(join(base, d, f));
  }
  assert.equal(files.length, 490);
  let passed = 0;
  const defects: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const main = files[next++];
      const r = await nginxTest({ mode: 'local', bin: NGINX, result: parseDetailed(main, {}), main, rel: (f) => f, resolveHost: noDns });
      if (r.status === 'passed') passed++;
      for (const f of r.findings) if (f.severity === 'error' && SANDBOX_DEFECT.test(f.message)) defects.push(`${main.slice(base.length + 1)}: ${f.message}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  assert.deepEqual(defects, []);
  const counts = JSON.parse(readFileSync(join(ROOT, 'test/nginx-tests-counts.json'), 'utf8')) as Record<string, { passed: number; failed: number }>;
  const got = { passed, failed: files.length - passed };
  console.log(`# nginx ${VERSION}: ${got.passed} of ${files.length} nginx-tests configs pass nginx -t in the sandbox (the rest need newer versions or other modules)`);
  if (!counts[VERSION]) {
    console.log(`# no recorded count for nginx ${VERSION} in test/nginx-tests-counts.json: add "${VERSION}": ${JSON.stringify(got)}`);
    assert.fail(`no recorded count for nginx ${VERSION}`);
  }
  assert.deepEqual(got, counts[VERSION]);
});

// --- docker and service runners on a real engine
let lab: DockerLab | string | undefined;
const IMAGE = 'ngg-nginx:test';
async function dockerLab(): Promise<DockerLab | string> {
  if (lab === undefined) {
    lab = await startDocker();
    if (typeof lab !== 'string') {
      try {
        importNginxImage(lab, IMAGE);
      } catch (e) {
        await lab.stop();
        lab = `the nginx image could not be imported: ${(e as Error).message}`;
      }
    }
  }
  return lab;
}

test('docker and service runners on a real Docker engine', async (t) => {
  const l = await dockerLab();
  if (typeof l === 'string') {
    console.log(`# skipping the docker runner tests: ${l}`);
    t.skip(l);
    return;
  }
  t.after(() => l.stop());
  const saved = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = l.host;
  t.after(() => (saved === undefined ? delete process.env.DOCKER_HOST : (process.env.DOCKER_HOST = saved)));
  const check = (root: string, mode: 'docker' | 'service', container?: string) =>
    checkWithNginxTest({ path: join(root, 'nginx'), prefix: '/etc/nginx', root }, { mode, image: IMAGE, container, resolveHost: noDns });

  await t.test('docker: the production-style config passes, with the same notices as locally', async (t) => {
    const root = repo(t);
    const r = await check(root, 'docker');
    assert.equal(r.nginxTest!.runner, 'docker');
    assert.equal(r.nginxTest!.status, 'passed', r.nginxTest!.output);
    assert.equal(r.nginxTest!.build!.version, VERSION);
    assert.equal(r.nginxTest!.notices.length, 10);
  });
  await t.test('docker: a broken directive in an included file fails with its repo path and line', async (t) => {
    const root = repo(t, (d) => appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_next_upstream bogus;\n'));
    const r = await check(root, 'docker');
    assert.deepEqual(r.findings.map((f) => [f.rule, f.file, f.line, f.message]), [['nginx-test', 'nginx/snippets/proxy.conf', 12, 'nginx -t: [emerg] invalid value \"bogus\"']]);
  });
  await t.test('auto picks docker where an engine answers', async (t) => {
    const root = repo(t);
    const r = await checkWithNginxTest({ path: join(root, 'nginx'), prefix: '/etc/nginx', root }, { mode: 'auto', image: IMAGE, resolveHost: noDns });
    assert.equal(r.nginxTest!.runner, 'docker');
  });
  await t.test('service: copied into a running container, tested, removed again', async (t) => {
    const run = l.docker(['run', '-d', '--network', 'none', '--entrypoint', 'nginx', IMAGE, '-g', 'daemon off;']);
    assert.equal(run.status, 0, run.stderr);
    const id = run.stdout.trim();
    t.after(() => l.docker(['rm', '-f', id]));
    const root = repo(t);
    const r = await check(root, 'service', id);
    assert.equal(r.nginxTest!.runner, 'service');
    assert.equal(r.nginxTest!.status, 'passed', r.nginxTest!.output);
    assert.ok(r.nginxTest!.notices.some((n) => n.message === 'listen address 10.0.0.5 is not on this runner: tested on 127.0.0.1'));
    const bad = repo(t, (d) => appendFileSync(join(d, 'snippets/proxy.conf'), 'proxy_next_upstream bogus;\n'));
    const b = await check(bad, 'service', id);
    assert.deepEqual(b.findings.map((f) => [f.file, f.line]), [['nginx/snippets/proxy.conf', 12]]);
    const left = l.docker(['exec', id, 'sh', '-c', 'for d in /tmp/*; do [ -e "$d" ] && echo "$d"; done; echo end']);
    assert.equal(left.stdout, 'end\n', 'the sandbox copies are removed from the container');
  });
});

test('execFile: a process the child leaves behind holding its output and fd 3 (a background job) does not hold the result back, and gets its streams closed', async (t) => {
  // rsync's remote-shell bridge once left such a process behind when the connection dropped: the deploy waited for it forever
  const dir = tree(t, {});
  const ended = join(dir, 'ended');
  let fd3: import('node:stream').Duplex | undefined;
  const r = await execFile('sh', ['-c', `(sleep 30; touch ${ended}) & echo $! > ${join(dir, 'pid')}; echo done`], { fd3: (sock) => (fd3 = sock.on('error', () => {})) });
  t.after(() => {
    try {
      process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 'SIGKILL');
    } catch {
      // already gone
    }
  });
  assert.deepEqual([r.code, r.stdout.trim(), r.timedOut], [0, 'done', false]);
  // the background job holds the output for 30 s: the result came before it ended
  assert.equal(existsSync(ended), false, 'the result waited for the background job');
  assert.ok(fd3?.destroyed, 'the fd 3 socket was closed');
});
