import type { Listener, Rule } from '../rule.js';
import { args, isRegexLocation, locationMatch, namedGroups, type Block } from '../model.js';
import { inInternalLocation, MAX_VARIABLE_CHAIN, REQUEST_VARS, variableDefinitions, variableRefs } from './util.js';

const PASSES = ['proxy_pass', 'fastcgi_pass', 'grpc_pass', 'uwsgi_pass', 'scgi_pass'];

/** Variables whose value starts with `/` (the request's path): the host part of a URL ends at them. */
const PATH_VARS = /\$\{?(request_uri|uri|document_uri)\b/;

/**
 * The part of a proxy_pass-like URL that chooses where nginx connects: the scheme and host, up to the
 * first `/` after `://` or the first variable that starts with one (`http://some$request_uri` -> `http://some`).
 */
function targetOf(url: string): string {
  const scheme = url.indexOf('://');
  const from = scheme < 0 ? 0 : scheme + 3;
  let end = url.indexOf('/', from);
  if (end < 0) end = url.length;
  const path = PATH_VARS.exec(url.slice(from, end));
  return url.slice(0, path ? from + path.index : end);
}

export const rule: Rule = {
  id: 'ssrf',
  severity: 'error',
  description: 'proxy_pass whose scheme or host is built from request data: clients choose where nginx connects.',
  source: 'gixy ssrf ("Server Side Request Forgery"), which also follows variables to their definitions',
  create({ report }) {
    const check: Listener = (d, at, file) => {
      const a = args(d)[0] ?? '';
      if (!a.includes('$')) return; // the request variables below all start with $
      // an internal location is reached only by nginx's own redirects, not by a client's request (as gixy)
      if (inInternalLocation(at)) return;
      const target = targetOf(a);
      const m = REQUEST_VARS.exec(target);
      if (m) {
        report(d, file, `${d.directive} target uses $${m[2]}, which the client controls: it can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
        return;
      }
      // a variable of the target's own, defined from request data (gixy follows these too)
      for (const [ref, name, at0] of refs(target)) {
        // a variable the whole URL starts with gives the scheme and host itself: only that part of its value counts
        const via = definedFromRequest(name, at, MAX_VARIABLE_CHAIN, at0 && !target.includes('://'));
        if (via) {
          report(d, file, `${d.directive} target uses ${ref}, which ${via}: the client controls it and can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
          return;
        }
      }
    };
    return { withVariables: Object.fromEntries(PASSES.map((name) => [name, check])) };
  },
};

/** The variables a value references: [as written, name, whether it starts the value]. */
function refs(v: string): [string, string, boolean][] {
  return variableRefs(v).map((x) => [x[0], x[1] ?? x[2], x.index === 0]);
}

/**
 * How variable `name` gets request data at block `at`, or undefined: a definition of it
 * (variableDefinitions()) with a request variable in its value (in its scheme and host only, targetOf(),
 * when `asUrl`: the variable is the whole URL), or a named capture of an enclosing regex location (the
 * URI). Follows other variables in those values up to `depth` steps.
 * nginx: a regex location's named captures become variables (ngx_http_regex_exec).
 * @returns a phrase for the message, e.g. `is set from $http_x_target (line 12)`
 */
function definedFromRequest(name: string, at: Block, depth: number, asUrl: boolean): string | undefined {
  if (depth <= 0) return undefined;
  for (let b: Block | null = at; b; b = b.parent) {
    if (b.name === 'location' && isRegexLocation(b, b.d)) {
      const re = locationMatch(b, b.d).uri;
      if (re.includes(name) && namedGroups(re).includes(name)) return `is a named capture of the location regex "${re}" (line ${b.d.line}), taken from the URI`;
    }
  }
  for (const def of variableDefinitions(name, at)) {
    const { d, how } = def;
    const value = asUrl ? targetOf(def.value) : def.value;
    const r = REQUEST_VARS.exec(value);
    if (r) return `${how} $${r[2]} (line ${d.line})`;
    for (const [ref, other, at0] of refs(value)) {
      if (other === name) continue;
      if (definedFromRequest(other, at, depth - 1, asUrl && at0 && !value.includes('://'))) return `${how} ${ref} (line ${d.line}), which comes from request data`;
    }
  }
  return undefined;
}
