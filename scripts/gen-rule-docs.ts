/**
 * Writes docs/rules/<id>.md for every rule: what it finds, its default severity, the source it rests
 * on, and a bad and a good example - the rule's own fixtures (fixtures/rules/<id>/), which the tests
 * run. `npm run docs:rules`; a test fails when the committed pages differ from what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../src/lint/engine.js';
import { RULES } from '../src/lint/rules/index.js';

const ROOT = join(import.meta.dirname, '..');

/** Sources and examples of the built-in findings (their id, severity and description come from the engine). */
const BUILTIN_DOCS: Record<string, { source: string; bad: string; good: string }> = {
  'syntax': { source: 'nginx: ngx_conf_read_token and ngx_conf_parse in src/core/ngx_conf_file.c (the messages are nginx\'s own)', bad: 'events {}\nhttp {\n    server {\n        listen 80\n    }\n}\n', good: 'events {}\nhttp {\n    server {\n        listen 80;\n    }\n}\n' },
  'unknown-directive': { source: 'nginx: ngx_conf_handler ("unknown directive"); directive table from @nginx/reference-lib plus overlays', bad: 'events {}\nhttp {\n    server {\n        lisen 80;\n    }\n}\n', good: 'events {}\nhttp {\n    server {\n        listen 80;\n    }\n}\n' },
  'directive-not-allowed': { source: 'nginx: ngx_conf_handler ("directive is not allowed here"); contexts from @nginx/reference-lib', bad: 'events {}\nhttp {\n    listen 80;\n}\n', good: 'events {}\nhttp {\n    server {\n        listen 80;\n    }\n}\n' },
  'invalid-args': { source: 'nginx: ngx_conf_handler ("invalid number of arguments", "is not terminated by \\";\\"", "has no opening \\"{\\"")', bad: 'events {}\nhttp {\n    server {\n        location / {\n            proxy_pass;\n        }\n    }\n}\n', good: 'events {}\nhttp {\n    server {\n        location / {\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}\n' },
  'include-outside': { source: 'nginx-gitops: a pull request chooses its includes, and the check must not read the runner\'s own files (/proc/self/environ, .git/config) into its findings; nginx: ngx_conf_include in src/core/ngx_conf_file.c', bad: 'events {}\nhttp {\n    include /usr/share/nginx/conf.d/*.conf;\n}\n', good: 'events {}\nhttp {\n    # conf.d/ is in the repository; prefix /etc/nginx maps the absolute path into it\n    include /etc/nginx/conf.d/*.conf;\n}\n' },
  'invalid-suppression': { source: 'nginx-gitops suppressions: `# nginx-gitops: ignore <rule-id> -- <reason>`', bad: '# nginx-gitops: ignore autoindex-on\nautoindex on;\n', good: '# nginx-gitops: ignore autoindex-on -- public mirror, listing wanted\nautoindex on;\n' },
  'nginx-test': { source: 'nginx itself: `nginx -t` (nginx: ngx_init_cycle in src/core/ngx_cycle.c) run in the sandbox; messages from ngx_conf_log_error', bad: 'events {}\nhttp {\n    server {\n        listen 80;\n        location / {\n            proxy_pass http://backend;\n        }\n    }\n}\n', good: 'events {}\nhttp {\n    upstream backend {\n        server 127.0.0.1:8080;\n    }\n    server {\n        listen 80;\n        location / {\n            proxy_pass http://backend;\n        }\n    }\n}\n' },
  'nginx-test-warning': { source: 'nginx itself: `nginx -t` [warn] lines, e.g. ngx_http_server_names in src/http/ngx_http.c ("conflicting server name")', bad: 'events {}\nhttp {\n    server {\n        listen 80;\n        server_name a.example.com;\n    }\n    server {\n        listen 80;\n        server_name a.example.com;\n    }\n}\n', good: 'events {}\nhttp {\n    server {\n        listen 80;\n        server_name a.example.com;\n    }\n    server {\n        listen 80;\n        server_name b.example.com;\n    }\n}\n' },
  'unused-suppression': { source: 'nginx-gitops suppressions', bad: '# nginx-gitops: ignore autoindex-on -- left over\nautoindex off;\n', good: 'autoindex off;\n' },
};

function example(path: string): string {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l, i) => !(i === 0 && l.startsWith('# ')))
    .filter((l) => !/^\s*# expect-next: /.test(l))
    .map((l) => l.replace(/\s+# expect: [\w-]+$/, ''))
    .join('\n');
}

export function page(r: { id: string; severity: string; description: string; source: string; scope?: string; refusal?: true; nginxWarns?: true }, bad: string, good: string): string {
  return [
    `# ${r.id}`,
    '',
    r.description,
    '',
    `- Default severity: **${r.severity}** (change it, or turn the rule off, in \`.nginx-gitops.yml\`)`,
    r.scope === 'main' ? '- Runs on a whole configuration only (a main config, never a fragment).' : '- Runs on main configs and fragments.',
    `- Rests on: ${r.source}`,
    ...(r.refusal ? ['- nginx itself refuses what this rule finds: where `nginx -t` runs in the sandbox, its error on the same line is not shown a second time (with the rule off or suppressed, it is).'] : []),
    ...(r.nginxWarns ? ['- `nginx -t` warns about what this rule finds: where it runs in the sandbox, its warning on the same line is not shown a second time (with the rule off or suppressed, it is).'] : []),
    `- Suppress one occurrence: \`# nginx-gitops: ignore ${r.id} -- <reason>\` on the line before, or at the end of the line.`,
    '',
    '## Bad',
    '',
    '```nginx',
    bad.trimEnd(),
    '```',
    '',
    '## Good',
    '',
    '```nginx',
    good.trimEnd(),
    '```',
    '',
  ].join('\n');
}

/** Every page: id -> Markdown. */
export function allPages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of BUILTIN_RULES) {
    const d = BUILTIN_DOCS[b.id];
    out.set(b.id, page({ ...b, source: d.source }, d.bad, d.good));
  }
  for (const r of RULES) out.set(r.id, page(r, example(join(ROOT, 'fixtures/rules', r.id, 'bad.conf')), example(join(ROOT, 'fixtures/rules', r.id, 'good.conf'))));
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  mkdirSync(join(ROOT, 'docs/rules'), { recursive: true });
  const pages = allPages();
  for (const [id, md] of pages) writeFileSync(join(ROOT, 'docs/rules', `${id}.md`), md);
  console.log(`wrote ${pages.size} pages to docs/rules/`);
}
