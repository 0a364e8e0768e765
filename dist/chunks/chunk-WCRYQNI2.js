import { createRequire as __ngCreateRequire } from 'node:module';
const require = __ngCreateRequire(import.meta.url);
import {
  ALL_RULE_IDS,
  InputError,
  expandBlock,
  expandChildren,
  lint,
  loadLintConfig,
  localFs,
  parseDetailed,
  parserFindings
} from "./chunk-P6KRLPUZ.js";

// src/parser/crossplane.ts
function stripDirective(d) {
  const out = { directive: d.directive, line: d.line, args: d.args };
  if (d.file !== void 0) out.file = d.file;
  if (d.includes) out.includes = d.includes;
  if (d.comment !== void 0) out.comment = d.comment;
  if (d.block) out.block = d.block.map(stripDirective);
  return out;
}
function stripError(e) {
  const out = {};
  if ("file" in e) out.file = e.file;
  out.error = e.error;
  out.line = e.line;
  return out;
}
function toCrossplane(p) {
  return {
    status: p.status,
    errors: p.errors.map(stripError),
    config: p.config.map((c) => ({
      file: c.file,
      status: c.status,
      errors: c.errors.map(stripError),
      parsed: c.parsed.map(stripDirective)
    }))
  };
}

// src/plan/index.ts
import { posix as posix2 } from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/plan/identity.ts
function orderMatters(n) {
  if (n.name === "if") return true;
  return n.name === "location" && (n.args[0] === "~" || n.args[0] === "~*");
}
function listenPort(arg) {
  if (arg.startsWith("unix:")) return arg;
  if (/^\d+$/.test(arg)) return arg;
  const m = /:(\d+)$/.exec(arg);
  return m ? m[1] : "80";
}
function childArgs(n, name) {
  return (n.children ?? []).filter((c) => c.name === name).map((c) => c.args);
}
function serverSets(n) {
  const listens = [...new Set(childArgs(n, "listen").map((a) => a[0]))].sort();
  const names = [...new Set(childArgs(n, "server_name").flat().map((s) => s.toLowerCase()))].sort();
  return { listens, names };
}
function identity(n) {
  let id = IDENTITY.get(n);
  if (!id) IDENTITY.set(n, id = computeIdentity(n));
  return id;
}
var IDENTITY = /* @__PURE__ */ new WeakMap();
function computeIdentity(n) {
  if (n.name === "server" && n.children) {
    const { listens, names } = serverSets(n);
    const ports = [...new Set(listens.map(listenPort))].sort((a, b) => Number(a) - Number(b));
    const label2 = `server ${names[0] ?? "_"}${names.length > 1 ? ` (+${names.length - 1})` : ""}:${ports.join(",") || "80"}`;
    return { key: `server|${listens.join(" ")}|${names.join(" ")}`, label: label2 };
  }
  if (n.name === "if") return { key: `if|${n.args.join(" ")}`, label: `if (${n.args.join(" ")})` };
  const label = [n.name, ...n.args].join(" ");
  return { key: `${n.name}|${n.args.join("\0")}`, label };
}
function overlap(a, b) {
  if (!a.length && !b.length) return 0;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
}
function matchBlocks(base, head) {
  const pairs = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const b of base) {
    const k = identity(b).key;
    const l = byKey.get(k);
    if (l) l.push(b);
    else byKey.set(k, [b]);
  }
  const added = [];
  for (const h of head) {
    const l = byKey.get(identity(h).key);
    const b = l?.shift();
    if (b) pairs.push([b, h]);
    else added.push(h);
  }
  let removed = [...byKey.values()].flat();
  const left = added.filter((h) => h.name === "server");
  for (const h of left) {
    const hs = serverSets(h);
    let best;
    let score = 0;
    for (const b of removed) {
      if (b.name !== "server") continue;
      const bs = serverSets(b);
      const s = overlap(hs.names, bs.names) * 2 + overlap(hs.listens, bs.listens);
      if (overlap(hs.names, bs.names) > 0 && s > score) {
        best = b;
        score = s;
      }
    }
    if (best) {
      pairs.push([best, h]);
      removed = removed.filter((x) => x !== best);
      added.splice(added.indexOf(h), 1);
    }
  }
  return { pairs, removed, added };
}

// src/plan/diff.ts
var ORDERED_GROUPS = { rewrite: "rewrite", allow: "access", deny: "access", return: "return", break: "rewrite" };
var KEYED = /* @__PURE__ */ new Set([
  "proxy_set_header",
  "grpc_set_header",
  "add_header",
  "add_trailer",
  "fastcgi_param",
  "uwsgi_param",
  "scgi_param",
  "set",
  "sub_filter",
  "proxy_hide_header",
  "proxy_pass_header",
  "more_set_headers",
  "more_clear_headers",
  "env",
  "error_page"
]);
var DESTRUCTIVE_BLOCKS = /* @__PURE__ */ new Set(["server", "location", "upstream", "http", "stream"]);
var ZONE_KEYED = {
  limit_req_zone: (a) => a.find((x) => x.startsWith("zone="))?.split(":")[0],
  limit_conn_zone: (a) => a.find((x) => x.startsWith("zone="))?.split(":")[0],
  limit_req: (a) => a.find((x) => x.startsWith("zone=")),
  limit_conn: (a) => a[0],
  log_format: (a) => a[0],
  proxy_cache_path: (a) => a[0],
  fastcgi_cache_path: (a) => a[0],
  listen: (a) => a[0]
};
function simpleKey(n, inUpstream) {
  if (n.entry) return `entry|${n.name}`;
  if (inUpstream && n.name === "server") return `server|${n.args[0]}`;
  const z = Object.hasOwn(ZONE_KEYED, n.name) ? ZONE_KEYED[n.name](n.args) : void 0;
  if (z !== void 0) return `${n.name}|${z}`;
  if (KEYED.has(n.name)) return `${n.name}|${n.name === "error_page" ? n.args.slice(0, -1).join(" ") : (n.args[0] ?? "").toLowerCase()}`;
  return n.name;
}
var same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
function diffTrees(base, head) {
  const out = [];
  diffBlock(base, head, [], "", out);
  return out;
}
function sameList(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.name !== y.name || !same(x.args, y.args) || !x.children !== !y.children) return false;
    if (x.children && !sameList(x.children, y.children)) return false;
  }
  return true;
}
function diffBlock(base, head, path, ownerFile, out) {
  if (sameList(base, head)) return;
  const inUpstream = path.length > 0 && path[path.length - 1].startsWith("upstream ");
  const blocksB = base.filter((n) => n.children);
  const blocksH = head.filter((n) => n.children);
  const simpleB = base.filter((n) => !n.children);
  const simpleH = head.filter((n) => !n.children);
  const group = (list) => {
    const m = /* @__PURE__ */ new Map();
    for (const n of list) {
      const k = Object.hasOwn(ORDERED_GROUPS, n.name) ? `ordered|${ORDERED_GROUPS[n.name]}` : simpleKey(n, inUpstream);
      const l = m.get(k);
      if (l) l.push(n);
      else m.set(k, [n]);
    }
    return m;
  };
  const gb = group(simpleB);
  const gh = group(simpleH);
  for (const k of /* @__PURE__ */ new Set([...gb.keys(), ...gh.keys()])) {
    const b = gb.get(k) ?? [];
    const h = gh.get(k) ?? [];
    if (k.startsWith("ordered|")) {
      const text = (n) => [n.name, ...n.args].join("\0");
      let bi = 0;
      let hi = 0;
      for (const part of diffArrays(b.map(text), h.map(text))) {
        const nodes = part.removed ? b.slice(bi, bi + part.count) : h.slice(hi, hi + part.count);
        if (part.removed) for (const n of nodes) out.push(change("remove", path, n, ownerFile, n.args, null));
        else if (part.added) for (const n of nodes) out.push(change("add", path, n, ownerFile, null, n.args));
        if (!part.added) bi += part.count;
        if (!part.removed) hi += part.count;
      }
      continue;
    }
    if (b.length === 1 && h.length === 1) {
      if (!same(b[0].args, h[0].args)) out.push(change("change", path, h[0], ownerFile, b[0].args, h[0].args));
      continue;
    }
    const left = [...b];
    const added2 = [];
    for (const n of h) {
      const i = left.findIndex((x) => same(x.args, n.args));
      if (i >= 0) left.splice(i, 1);
      else added2.push(n);
    }
    for (const n of left) out.push(change("remove", path, n, ownerFile, n.args, null));
    for (const n of added2) out.push(change("add", path, n, ownerFile, null, n.args));
  }
  const { pairs, removed, added } = matchBlocks(blocksB, blocksH);
  for (const n of removed) out.push({ ...change("remove", [...path, identity(n).label], n, ownerFile, n.args, null), block: true, destructive: DESTRUCTIVE_BLOCKS.has(n.name) });
  for (const n of added) out.push({ ...change("add", [...path, identity(n).label], n, ownerFile, null, n.args), block: true });
  for (const [b, h] of pairs) diffBlock(b.children, h.children, [...path, identity(h).label], h.file, out);
  const ordered = pairs.filter(([b]) => orderMatters(b));
  const baseOrder = ordered.map(([b]) => b).sort((x, y) => blocksB.indexOf(x) - blocksB.indexOf(y)).map((x) => identity(x).label);
  const headOrder = ordered.map(([, h]) => h).sort((x, y) => blocksH.indexOf(x) - blocksH.indexOf(y)).map((x) => identity(x).label);
  if (!same(baseOrder, headOrder)) {
    const first = ordered.map(([, h]) => h).sort((x, y) => blocksH.indexOf(x) - blocksH.indexOf(y))[0];
    out.push({ action: "change", path, directive: "order", before: baseOrder, after: headOrder, file: first.file, line: first.line, destructive: false, impact: "regex locations and if blocks are tried in order: the first match now differs", ownerFile });
  }
}
function change(action, path, n, ownerFile, before, after) {
  const c = { action, path, directive: n.name, before, after, file: n.file, line: n.line, destructive: false, ownerFile };
  if (action !== "change") c.args = n.args;
  return c;
}

// src/plan/impact.ts
function findBlock(tree, path) {
  let list = tree;
  let found;
  for (const label of path) {
    found = list.find((n) => n.children && identity(n).label === label);
    if (!found) return void 0;
    list = found.children;
  }
  return found;
}
function shares(upstream) {
  const m = /* @__PURE__ */ new Map();
  if (!upstream) return m;
  const servers = (upstream.children ?? []).filter((n) => n.name === "server" && !n.args.includes("backup") && !n.args.includes("down"));
  const weight = (n) => Number(/^weight=(\d+)$/.exec(n.args.find((a) => a.startsWith("weight=")) ?? "")?.[1] ?? 1);
  const total = servers.reduce((s, n) => s + weight(n), 0);
  for (const n of servers) m.set(n.args[0], total ? weight(n) / total : 0);
  return m;
}
var pct = (x) => `${Math.round((x ?? 0) * 100)}%`;
var param = (args2, name) => args2?.find((a) => a.startsWith(name + "="))?.slice(name.length + 1);
function addImpact(changes, base, head) {
  const sharesNoted = /* @__PURE__ */ new Set();
  for (const c of changes) {
    const last = (c.block ? c.path[c.path.length - 2] : c.path[c.path.length - 1]) ?? "";
    if (last.startsWith("upstream ") && c.directive === "server") {
      const where = c.path.join(" > ");
      if (sharesNoted.has(where)) continue;
      sharesNoted.add(where);
      const b = shares(findBlock(base, c.path));
      const h = shares(findBlock(head, c.path));
      const moved = [.../* @__PURE__ */ new Set([...b.keys(), ...h.keys()])].filter((a) => pct(b.get(a)) !== pct(h.get(a)));
      if (moved.length) c.impact = "traffic: " + moved.map((a) => `${a.replace(/:\d+$/, "")} ${pct(b.get(a))} -> ${pct(h.get(a))}`).join(", ");
    } else if (c.directive === "limit_req_zone" || c.directive === "limit_req") {
      const notes = [];
      for (const p of ["rate", "burst"]) {
        const x = param(c.before, p);
        const y = param(c.after, p);
        if (x !== y) notes.push(`${p} ${x ?? (p === "burst" ? "0" : "-")} -> ${y ?? (p === "burst" ? "0" : "-")}`);
      }
      const nd = (a) => a?.includes("nodelay") ? "nodelay" : "delayed";
      if (c.before && c.after && nd(c.before) !== nd(c.after)) notes.push(`${nd(c.before)} -> ${nd(c.after)}`);
      if (notes.length) c.impact = notes.join(", ");
    } else if (c.directive === "ssl_protocols") {
      const dropped = (c.before ?? []).filter((p) => !(c.after ?? []).includes(p));
      c.impact = `TLS protocols ${(c.before ?? []).join(" ") || "(default)"} -> ${(c.after ?? []).join(" ") || "(default)"}` + (dropped.length ? `: ${dropped.join(", ")} clients are refused` : "");
    } else if (c.directive === "ssl_certificate" || c.directive === "ssl_certificate_key") {
      c.impact = `${c.directive === "ssl_certificate" ? "certificate" : "certificate key"} ${c.before?.[0] ?? "(none)"} -> ${c.after?.[0] ?? "(none)"}`;
    } else if (c.directive === "listen" && c.action === "remove") {
      c.destructive = true;
      c.impact = `stops listening on ${c.args?.[0]}`;
    } else if (c.block && c.action === "remove" && c.destructive) {
      c.impact = `${c.directive} removed: its traffic is answered elsewhere or not at all`;
    }
    const atRoot = last.startsWith("server ") || last === "location /" || last === "location = /";
    if (atRoot && c.action !== "remove" && (c.directive === "return" || c.directive === "deny" && c.after?.[0] === "all")) {
      c.destructive = true;
      c.impact = c.directive === "return" ? `every request at / now gets ${c.after?.join(" ")}` : "every request at / is now denied (403)";
    }
  }
}
function groupByLine(changes) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const where = c.path.join(" > ");
    const viaInclude = c.ownerFile !== void 0 && c.ownerFile !== "" && c.ownerFile !== c.file;
    const k = JSON.stringify([c.action, c.directive, c.file, c.line, c.before, c.after]);
    const prev = seen.get(k);
    if (prev) {
      prev.affects = [...prev.affects ?? [prev.path.join(" > ")], where];
      continue;
    }
    const copy = { ...c };
    if (viaInclude) copy.affects = [where];
    delete copy.ownerFile;
    seen.set(k, copy);
    out.push(copy);
  }
  for (const c of out) if (c.affects && c.affects.length > 1) c.affects = [...new Set(c.affects)];
  return out;
}
var SECRET_NAME = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$|token|secret|passw|api[-_]?key|credential/i;
var HEADER_DIRECTIVES = /* @__PURE__ */ new Set(["proxy_set_header", "grpc_set_header", "add_header", "fastcgi_param", "uwsgi_param", "scgi_param", "set"]);
var REDACTED = "(redacted)";
function redactArgs(directive, args2) {
  if (!args2) return args2;
  if (HEADER_DIRECTIVES.has(directive) && args2.length > 1 && SECRET_NAME.test(args2[0].replace(/^\$/, ""))) return [args2[0], ...args2.slice(1).map(() => REDACTED)];
  if (directive === "more_set_headers") return args2.map((a) => SECRET_NAME.test(a.split(":")[0].replace(/^['"]?[-+]?/, "")) ? `${a.split(":")[0]}: ${REDACTED}` : a);
  if (/password|secret|_key$|token/i.test(directive) && !/^ssl_|_ssl_|^auth_basic_user_file$/.test(directive)) return args2.map(() => REDACTED);
  return args2;
}
function redactChange(c) {
  return { ...c, args: redactArgs(c.directive, c.args) ?? void 0, before: redactArgs(c.directive, c.before) ?? null, after: redactArgs(c.directive, c.after) ?? null };
}

// src/plan/model.ts
function planTree(result, rel) {
  const { payload } = result;
  const names = payload.config.map((c) => rel(c.file));
  const walk = (list) => {
    const out = [];
    for (const e of list) {
      const { d } = e;
      if (d.directive === "#" || d.directive === "include" && d.includes) continue;
      const n = { name: d.directive, args: d.args, file: names[e.fi], line: d.line };
      if (d.entry) n.entry = true;
      if (d.block) n.children = walk(expandChildren(payload, e));
      out.push(n);
    }
    return out;
  };
  return payload.config.length ? walk(expandBlock(payload, payload.config[0].parsed, 0)) : [];
}

// src/plan/source.ts
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { posix, resolve } from "node:path";
var GIT_ROOT = "/nginx-gitops-git";
function git(cwd, args2, input) {
  const r = spawnSync("git", args2, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new InputError(`git ${args2[0]} failed: ${r.error.message}`);
  if (r.status !== 0) throw Object.assign(new Error(r.stderr.toString().trim()), { gitStatus: r.status });
  return r.stdout;
}
function openTree(spec, cwd = process.cwd()) {
  const dir = resolve(cwd, spec);
  if (existsSync(dir) && statSync(dir).isDirectory()) return { spec, root: dir, fs: localFs };
  let top;
  try {
    top = git(cwd, ["rev-parse", "--show-toplevel"]).toString().trim();
  } catch {
    throw new InputError(`"${spec}" is not a directory, and ${cwd} is not in a git repository to read it as a revision from`);
  }
  let sha;
  try {
    sha = git(top, ["rev-parse", "--verify", "--quiet", `${spec}^{commit}`]).toString().trim();
  } catch {
    const shallow = git(top, ["rev-parse", "--is-shallow-repository"]).toString().trim() === "true";
    throw new InputError(
      `"${spec}" is neither a directory nor a commit of ${top}` + (shallow ? ": this is a shallow clone that lacks it - fetch it (git fetch --depth=1 origin <sha>) or set fetch-depth: 0 on actions/checkout" : "")
    );
  }
  return { spec, sha, root: `${GIT_ROOT}/${sha}`, fs: gitFs(top, sha) };
}
function gitFs(repo, sha) {
  const root = `${GIT_ROOT}/${sha}`;
  const entries = git(repo, ["ls-tree", "-r", "-z", "--full-tree", sha]).toString().split("\0").filter(Boolean);
  const files = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const addDir = (path) => {
    let p = path;
    while (p !== root) {
      const parent = posix.dirname(p);
      let s = dirs.get(parent);
      if (!s) dirs.set(parent, s = /* @__PURE__ */ new Set());
      s.add(posix.basename(p));
      p = parent;
    }
  };
  for (const e of entries) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e);
    if (!m || m[2] !== "blob") continue;
    const path = `${root}/${m[4]}`;
    files.set(path, { link: m[1] === "120000", oid: m[3] });
    addDir(path);
  }
  const oids = [...new Set([...files.values()].map((f) => f.oid))];
  const out = oids.length ? git(repo, ["cat-file", "--batch"], oids.join("\n") + "\n") : Buffer.alloc(0);
  const blobs = /* @__PURE__ */ new Map();
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(10, pos);
    const [oid, , size] = out.subarray(pos, nl).toString().split(" ");
    const n = parseInt(size, 10);
    blobs.set(oid, out.subarray(nl + 1, nl + 1 + n));
    pos = nl + 1 + n + 1;
  }
  const enoent = (p) => Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
  const follow = (p) => {
    let cur = posix.normalize(p);
    for (let i = 0; i < 16; i++) {
      const f = files.get(cur);
      if (!f) return dirs.has(cur) ? cur : void 0;
      if (!f.link) return cur;
      cur = posix.resolve(posix.dirname(cur), blobs.get(f.oid).toString());
    }
    return void 0;
  };
  return {
    readFile(p) {
      const real = follow(p);
      if (!real) throw enoent(p);
      if (dirs.has(real)) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${p}'`), { code: "EISDIR" });
      return blobs.get(files.get(real).oid);
    },
    readDir(p) {
      const real = follow(p);
      const d = real && dirs.get(real);
      if (!d) throw enoent(p);
      return [...d];
    },
    isFile(p) {
      const real = follow(p);
      return real !== void 0 && files.has(real);
    }
  };
}

// src/plan/index.ts
function side(src, config, prefix) {
  const main = posix2.join(src.root, config);
  if (!src.fs.isFile(main)) throw new InputError(`main config "${config}" not found in ${src.sha ? `revision ${src.spec}` : `directory ${src.spec}`}`);
  const result = parseDetailed(main, { fs: src.fs, prefix, strict: true });
  const rel = (f) => f.startsWith(src.root + "/") ? f.slice(src.root.length + 1) : f;
  return { result, rel, tree: planTree(result, rel) };
}
function plan(o) {
  const cwd = o.cwd ?? process.cwd();
  const config = o.config ?? "nginx.conf";
  const b = openTree(o.base, cwd);
  const h = openTree(o.head, cwd);
  const base = side(b, config, o.prefix);
  const head = side(h, config, o.prefix);
  let changes = diffTrees(base.tree, head.tree);
  addImpact(changes, base.tree, head.tree);
  changes = groupByLine(changes).map(redactChange);
  const summary = {
    add: changes.filter((c) => c.action === "add").length,
    change: changes.filter((c) => c.action === "change").length,
    destroy: changes.filter((c) => c.action === "remove").length
  };
  const base0 = { spec: b.spec, sha: b.sha };
  const head0 = { spec: h.spec, sha: h.sha };
  if (o.lint === false) return { summary, changes, base: base0, head: head0, lint: { introduced: [], fixed: [] } };
  const lintConfig = loadLintConfig(cwd, ALL_RULE_IDS);
  const findings = (s) => lint(s.result, parserFindings(s.result.payload, s.rel), { isMain: true, rel: s.rel, config: lintConfig });
  const fb = findings(base);
  const fh = findings(head);
  const key = (f) => `${f.rule}\0${f.file}\0${f.message}`;
  const minus = (a, bs) => {
    const pool = /* @__PURE__ */ new Map();
    for (const f of bs) pool.set(key(f), (pool.get(key(f)) ?? 0) + 1);
    return a.filter((f) => {
      const n = pool.get(key(f)) ?? 0;
      if (n > 0) pool.set(key(f), n - 1);
      return n === 0;
    });
  };
  return { summary, changes, base: base0, head: head0, lint: { introduced: minus(fh, fb), fixed: minus(fb, fh) } };
}

// src/plan/render.ts
function planJson(p) {
  return JSON.stringify({ summary: p.summary, changes: p.changes, lint: p.lint, base: p.base, head: p.head }, null, 2) + "\n";
}
var GROUP_BLOCKS = /^(server|upstream|map|geo|split_clients|events|mail|stream) |^(events|stream|mail)$/;
function groupOf(c) {
  const own = c.block ? c.path.slice(0, -1) : c.path;
  if (c.affects && c.affects.length > 1) return { label: `shared: ${c.file}`, depth: own.length };
  const i = own.findIndex((s) => GROUP_BLOCKS.test(s));
  if (i >= 0) return { label: own.slice(0, i + 1).join(" > "), depth: i + 1 };
  return { label: own.join(" > ") || "main", depth: own.length };
}
var SIGN = { add: "+", remove: "-", change: "~" };
var args = (a) => (a ?? []).join(" ");
function line(c, depth) {
  if (c.block) {
    const where2 = c.path.slice(depth, -1);
    return `${SIGN[c.action]} ${where2.length ? where2.join(" > ") + " > " : ""}${c.path[c.path.length - 1]} { ... }`;
  }
  const where = c.path.slice(depth);
  const prefix = where.length ? where.join(" > ") + " > " : "";
  const body = c.action === "change" ? c.directive === "order" ? `order: ${(c.before ?? []).join(", ")} -> ${(c.after ?? []).join(", ")}` : c.before && c.after && c.before.length > 1 && c.after.length > 1 && c.before[0] === c.after[0] ? `${c.directive} ${c.before[0]} ${args(c.before.slice(1))} -> ${args(c.after.slice(1))}` : `${c.directive} ${args(c.before)} -> ${args(c.after)}` : `${c.directive} ${args(c.args)}`;
  return `${SIGN[c.action]} ${prefix}${body}`.replace(/```/g, "'''");
}
function planMarkdown(p, o = {}) {
  const s = p.summary;
  const out = ["## nginx-gitops plan", "", `**Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy.**`, ""];
  if (p.changes.length === 0) out.push("No changes. The load balancers would do exactly what they do now.", "");
  const destructive = p.changes.filter((c) => c.destructive);
  if (destructive.length) {
    out.push("> [!CAUTION]", `> **${destructive.length} destructive change${destructive.length === 1 ? "" : "s"}:**`);
    for (const c of destructive) out.push(`> - \`${line(c, 0).slice(2)}\`${c.impact ? `: ${c.impact}` : ""}`);
    out.push("");
  }
  const link = (c) => o.blobUrl ? `[${c.file}#L${c.line}](${o.blobUrl}/${c.file.split("/").map(encodeURIComponent).join("/")}#L${c.line})` : `\`${c.file}:${c.line}\``;
  const groups = /* @__PURE__ */ new Map();
  for (const c of p.changes) {
    const g = groupOf(c);
    const e = groups.get(g.label);
    if (e) e.changes.push(c);
    else groups.set(g.label, { depth: g.depth, changes: [c] });
  }
  for (const [label, g] of groups) {
    out.push(`### \`${label}\``, "", "```diff");
    for (const c of g.changes) out.push(line(c, g.depth));
    out.push("```", "");
    for (const c of g.changes) {
      const notes = [c.impact, c.affects && c.affects.length ? `affects ${c.affects.map((a) => `\`${a}\``).join(", ")}` : void 0].filter(Boolean);
      out.push(`- \`${SIGN[c.action]} ${c.directive}\` ${link(c)}${notes.length ? ` - ${notes.join("; ")}` : ""}`);
    }
    out.push("");
  }
  const { introduced, fixed } = p.lint;
  out.push(`### Lint: ${introduced.length} introduced, ${fixed.length} fixed`, "");
  const flist = (fs) => fs.map((f) => `- ${f.severity} \`${f.rule}\` ${link(f)}: ${f.message}`);
  if (introduced.length) out.push("<details open><summary>Introduced by this change</summary>", "", ...flist(introduced), "", "</details>", "");
  if (fixed.length) out.push("<details><summary>Fixed by this change</summary>", "", ...flist(fixed), "", "</details>", "");
  if (o.extra) out.push(o.extra, "");
  return out.join("\n");
}

export {
  toCrossplane,
  plan,
  planJson,
  planMarkdown
};
