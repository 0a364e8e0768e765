/**
 * A stand-in for GitHub's REST API on loopback: every request is matched to an operation of
 * GitHub's published OpenAPI description (@octokit/openapi, api.github.com) and its path
 * parameters, query and JSON body validated against that operation's schemas. A request with no
 * operation or that fails validation is answered 404/422 and recorded in `invalid` (tests assert it
 * stays empty). The endpoints nginx-gitops uses are implemented over in-memory state.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { ValidateFunction } from 'ajv';

type Json = any;
const require = createRequire(import.meta.url);
// CommonJS packages: loaded with require so their default exports need no interop
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
let spec: Json;
function openapi(): Json {
  spec ??= require('@octokit/openapi/generated/api.github.com.deref.json');
  return spec;
}

interface Route {
  method: string;
  template: string;
  re: RegExp;
  names: string[];
  op: Json;
}
let routes: Route[] | undefined;
function allRoutes(): Route[] {
  if (routes) return routes;
  routes = [];
  for (const [template, item] of Object.entries<Json>(openapi().paths)) {
    const names: string[] = [];
    const re = new RegExp('^' + template.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_, n) => (names.push(n), '([^/]+)')) + '$');
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) if (item[method]) routes.push({ method: method.toUpperCase(), template, re, names, op: item[method] });
  }
  // literal segments before parameters: /repos/{o}/{r}/issues/comments before /issues/{issue_number}
  routes.sort((a, b) => a.names.length - b.names.length);
  return routes;
}

const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();
function validator(schema: Json): ValidateFunction {
  const v = compiled.get(schema) ?? ajv.compile(schema);
  compiled.set(schema, v);
  return v;
}

export interface Account {
  login: string;
  type: 'Bot' | 'User';
  /** May write (comments, deployments); a fork PR's token may not. */
  write: boolean;
  /** GET /user answers 403 (as for an installation token). */
  noUserEndpoint?: boolean;
}

export interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
  type: 'Bot' | 'User';
  created_at: string;
  updated_at: string;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Json;
  creator: string;
  created_at: string;
  statuses: { id: number; state: string; description: string; environment_url?: string; log_url?: string; created_at: string }[];
}

export interface GitHubApi {
  /** Base URL for GITHUB_API_URL. */
  url: string;
  owner: string;
  repo: string;
  comments: Comment[];
  commitComments: { id: number; sha: string; body: string; login: string }[];
  deployments: Deployment[];
  /** Pull requests by number: head sha and the commit they were merged as. */
  pulls: Map<number, { headSha: string; mergeSha?: string; baseRef?: string }>;
  /** Every request: method, path with query, operation id, status answered. */
  log: { method: string; path: string; operation?: string; status: number }[];
  /** Requests that matched no operation or failed validation, with the reason. */
  invalid: string[];
  close(): Promise<void>;
}

const SERVER = 'https://github.com';

function user(login: string, type: string, api: string): Json {
  return {
    login,
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: `${SERVER}/avatars/${login}`,
    gravatar_id: '',
    url: `${api}/users/${encodeURIComponent(login)}`,
    html_url: `${SERVER}/${encodeURIComponent(login)}`,
    followers_url: `${api}/users/${login}/followers`,
    following_url: `${api}/users/${login}/following{/other_user}`,
    gists_url: `${api}/users/${login}/gists{/gist_id}`,
    starred_url: `${api}/users/${login}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/users/${login}/subscriptions`,
    organizations_url: `${api}/users/${login}/orgs`,
    repos_url: `${api}/users/${login}/repos`,
    events_url: `${api}/users/${login}/events{/privacy}`,
    received_events_url: `${api}/users/${login}/received_events`,
    type,
    site_admin: false,
  };
}

/**
 * Starts the server on 127.0.0.1 (a free port). `tokens` maps a token to the account it acts as.
 */
export async function startGitHubApi(o: { owner?: string; repo?: string; tokens: Record<string, Account> }): Promise<GitHubApi> {
  const owner = o.owner ?? 'acme';
  const repo = o.repo ?? 'lb-config';
  let nextId = 1000;
  const state: Omit<GitHubApi, 'url' | 'close'> = { owner, repo, comments: [], commitComments: [], deployments: [], pulls: new Map(), log: [], invalid: [] };
  let api = '';
  const issueComment = (c: Comment): Json => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${api}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `${SERVER}/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api}/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: user(c.login, c.type, api),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.type === 'Bot' ? 'NONE' : 'MEMBER',
  });
  const deployment = (d: Deployment): Json => ({
    url: `${api}/repos/${owner}/${repo}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(d.creator, 'Bot', api),
    created_at: d.created_at,
    updated_at: d.created_at,
    statuses_url: `${api}/repos/${owner}/${repo}/deployments/${d.id}/statuses`,
    repository_url: `${api}/repos/${owner}/${repo}`,
    transient_environment: false,
    production_environment: true,
  });

  type Handler = (p: Record<string, string>, q: URLSearchParams, body: Json, who: Account) => [number, Json];
  const notFound: [number, Json] = [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
  const handlers: Record<string, Handler> = {
    'users/get-authenticated': (_p, _q, _b, who) => (who.noUserEndpoint ? [403, { message: 'Resource not accessible by integration' }] : [200, { ...user(who.login, who.type, api) }]),
    'issues/list-comments': (p, q) => {
      const perPage = Number(q.get('per_page') ?? 30);
      const page = Number(q.get('page') ?? 1);
      const all = state.comments.filter((c) => c.issue === Number(p.issue_number));
      return [200, all.slice((page - 1) * perPage, page * perPage).map(issueComment)];
    },
    'issues/create-comment': (p, _q, b, who) => {
      const now = new Date().toISOString();
      const c: Comment = { id: nextId++, issue: Number(p.issue_number), body: b.body, login: who.login, type: who.type, created_at: now, updated_at: now };
      state.comments.push(c);
      return [201, issueComment(c)];
    },
    'issues/update-comment': (p, _q, b, who) => {
      const c = state.comments.find((x) => x.id === Number(p.comment_id));
      if (!c) return notFound;
      if (c.login !== who.login) return [403, { message: 'You may only edit your own comments' }];
      c.body = b.body;
      c.updated_at = new Date().toISOString();
      return [200, issueComment(c)];
    },
    'pulls/get': (p) => {
      const pr = state.pulls.get(Number(p.pull_number));
      if (!pr) return notFound;
      return [200, { number: Number(p.pull_number), state: 'open', head: { sha: pr.headSha, ref: 'feature' }, base: { sha: '0'.repeat(40), ref: pr.baseRef ?? 'main' }, merge_commit_sha: pr.mergeSha ?? null }];
    },
    'repos/list-pull-requests-associated-with-commit': (p) => {
      const out = [...state.pulls].filter(([, v]) => v.mergeSha === p.commit_sha || v.headSha === p.commit_sha).map(([n, v]) => ({ number: n, head: { sha: v.headSha }, merge_commit_sha: v.mergeSha ?? null }));
      return [200, out];
    },
    'repos/create-commit-comment': (p, _q, b, who) => {
      const c = { id: nextId++, sha: p.commit_sha, body: b.body, login: who.login };
      state.commitComments.push(c);
      return [201, { id: c.id, html_url: `${SERVER}/${owner}/${repo}/commit/${c.sha}#commitcomment-${c.id}`, body: c.body }];
    },
    'repos/create-deployment': (_p, _q, b, who) => {
      const d: Deployment = {
        id: nextId++,
        sha: b.ref,
        ref: b.ref,
        task: b.task ?? 'deploy',
        environment: b.environment ?? 'production',
        description: b.description ?? null,
        payload: typeof b.payload === 'string' ? JSON.parse(b.payload || '{}') : (b.payload ?? {}),
        creator: who.login,
        created_at: new Date().toISOString(),
        statuses: [],
      };
      state.deployments.push(d);
      return [201, deployment(d)];
    },
    'repos/list-deployments': (_p, q) => {
      let ds = [...state.deployments].reverse();
      for (const k of ['sha', 'ref', 'task', 'environment'] as const) {
        const v = q.get(k);
        if (v) ds = ds.filter((d) => d[k] === v);
      }
      const perPage = Number(q.get('per_page') ?? 30);
      const page = Number(q.get('page') ?? 1);
      return [200, ds.slice((page - 1) * perPage, page * perPage).map(deployment)];
    },
    'repos/create-deployment-status': (p, _q, b) => {
      const d = state.deployments.find((x) => x.id === Number(p.deployment_id));
      if (!d) return notFound;
      const s = { id: nextId++, state: b.state, description: b.description ?? '', environment_url: b.environment_url, log_url: b.log_url, created_at: new Date().toISOString() };
      d.statuses.push(s);
      // GitHub: a success status with auto_inactive (default true) marks the environment's earlier successful deployments inactive
      if (b.state === 'success' && b.auto_inactive !== false) {
        for (const o of state.deployments) {
          if (o !== d && o.environment === d.environment && o.statuses.at(-1)?.state === 'success') o.statuses.push({ id: nextId++, state: 'inactive', description: '', environment_url: undefined, log_url: undefined, created_at: s.created_at });
        }
      }
      return [201, { id: s.id, state: s.state, description: s.description, url: `${api}/repos/${owner}/${repo}/deployments/${d.id}/statuses/${s.id}` }];
    },
    'repos/list-deployment-statuses': (p) => {
      const d = state.deployments.find((x) => x.id === Number(p.deployment_id));
      if (!d) return notFound;
      return [200, [...d.statuses].reverse().map((s) => ({ id: s.id, state: s.state, description: s.description, created_at: s.created_at }))];
    },
  };

  const answer = (res: ServerResponse, status: number, body: Json) => {
    const text = status === 204 ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3' });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const entry = { method, path: url.pathname + url.search, operation: undefined as string | undefined, status: 0 };
    state.log.push(entry);
    const fail = (status: number, why: string) => {
      state.invalid.push(`${method} ${entry.path}: ${why}`);
      entry.status = status;
      answer(res, status, { message: why });
    };
    let route: Route | undefined;
    let m: RegExpExecArray | null = null;
    // the route with the fewest parameters that matches (sorted ascending)
    for (const r of allRoutes()) {
      if (r.method !== method) continue;
      const mm = r.re.exec(url.pathname);
      if (mm) {
        route = r;
        m = mm;
        break;
      }
    }
    if (!route || !m) return fail(404, 'no operation in the OpenAPI description');
    const op = route.op;
    entry.operation = op.operationId;
    const params: Record<string, string> = {};
    route.names.forEach((n, i) => (params[n] = decodeURIComponent(m![i + 1])));
    for (const p of (op.parameters ?? []) as Json[]) {
      const raw = p.in === 'path' ? params[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : undefined;
      if (p.in !== 'path' && p.in !== 'query') continue;
      if (raw === null || raw === undefined) {
        if (p.required) return fail(422, `missing ${p.in} parameter ${p.name}`);
        continue;
      }
      const t = p.schema?.type;
      const value = t === 'integer' || t === 'number' ? Number(raw) : t === 'boolean' ? (raw === 'true' ? true : raw === 'false' ? false : raw) : raw;
      const v = validator(p.schema ?? {});
      if (!v(value)) return fail(422, `${p.in} parameter ${p.name}=${raw}: ${ajv.errorsText(v.errors)}`);
    }
    for (const k of url.searchParams.keys()) if (!(op.parameters ?? []).some((p: Json) => p.in === 'query' && p.name === k)) return fail(422, `unknown query parameter ${k}`);
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    const who = token ? o.tokens[token] : undefined;
    if (!who) {
      entry.status = 401;
      return answer(res, 401, { message: 'Bad credentials' });
    }
    let body: Json = undefined;
    const text = Buffer.concat(chunks).toString('utf8');
    const rb = op.requestBody?.content?.['application/json'];
    if (rb) {
      if (!text) {
        if (op.requestBody.required) return fail(422, 'missing JSON body');
      } else {
        try {
          body = JSON.parse(text);
        } catch {
          return fail(400, 'body is not JSON');
        }
        const v = validator(rb.schema);
        if (!v(body)) return fail(422, `body: ${ajv.errorsText(v.errors)}`);
      }
    } else if (text) return fail(422, 'this operation takes no body');
    const h = handlers[op.operationId];
    if (!h) return fail(501, `operation ${op.operationId} is valid but not implemented by the test server`);
    if (method !== 'GET' && !who.write) {
      entry.status = 403;
      return answer(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    const [status, out] = h(params, url.searchParams, body, who);
    entry.status = status;
    answer(res, status, out);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      state.invalid.push(`${req.method} ${req.url}: server error ${(e as Error).stack}`);
      if (!res.headersSent) answer(res, 500, { message: String(e) });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  allRoutes();
  return Object.assign(state, {
    url: api,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
