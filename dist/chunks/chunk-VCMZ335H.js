import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message2) {
        super();
        this.name = name;
        this.code = code;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLParseError", pos, code, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message2) {
        super("YAMLWarning", pos, code, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ret/dist/types/tokens.js
var require_tokens = __commonJS({
  "node_modules/ret/dist/types/tokens.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/types.js
var require_types = __commonJS({
  "node_modules/ret/dist/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.types = void 0;
    var types;
    (function(types2) {
      types2[types2["ROOT"] = 0] = "ROOT";
      types2[types2["GROUP"] = 1] = "GROUP";
      types2[types2["POSITION"] = 2] = "POSITION";
      types2[types2["SET"] = 3] = "SET";
      types2[types2["RANGE"] = 4] = "RANGE";
      types2[types2["REPETITION"] = 5] = "REPETITION";
      types2[types2["REFERENCE"] = 6] = "REFERENCE";
      types2[types2["CHAR"] = 7] = "CHAR";
    })(types || (exports.types = types = {}));
  }
});

// node_modules/ret/dist/types/set-lookup.js
var require_set_lookup = __commonJS({
  "node_modules/ret/dist/types/set-lookup.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/ret/dist/types/index.js
var require_types2 = __commonJS({
  "node_modules/ret/dist/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_tokens(), exports);
    __exportStar(require_types(), exports);
    __exportStar(require_set_lookup(), exports);
  }
});

// node_modules/ret/dist/sets.js
var require_sets = __commonJS({
  "node_modules/ret/dist/sets.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.anyChar = exports.notWhitespace = exports.whitespace = exports.notInts = exports.ints = exports.notWords = exports.words = void 0;
    var types_1 = require_types2();
    var INTS = () => [{ type: types_1.types.RANGE, from: 48, to: 57 }];
    var WORDS = () => [
      { type: types_1.types.CHAR, value: 95 },
      { type: types_1.types.RANGE, from: 97, to: 122 },
      { type: types_1.types.RANGE, from: 65, to: 90 },
      { type: types_1.types.RANGE, from: 48, to: 57 }
    ];
    var WHITESPACE = () => [
      { type: types_1.types.CHAR, value: 9 },
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 11 },
      { type: types_1.types.CHAR, value: 12 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 32 },
      { type: types_1.types.CHAR, value: 160 },
      { type: types_1.types.CHAR, value: 5760 },
      { type: types_1.types.RANGE, from: 8192, to: 8202 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 },
      { type: types_1.types.CHAR, value: 8239 },
      { type: types_1.types.CHAR, value: 8287 },
      { type: types_1.types.CHAR, value: 12288 },
      { type: types_1.types.CHAR, value: 65279 }
    ];
    var NOTANYCHAR = () => [
      { type: types_1.types.CHAR, value: 10 },
      { type: types_1.types.CHAR, value: 13 },
      { type: types_1.types.CHAR, value: 8232 },
      { type: types_1.types.CHAR, value: 8233 }
    ];
    var words = () => ({ type: types_1.types.SET, set: WORDS(), not: false });
    exports.words = words;
    var notWords = () => ({ type: types_1.types.SET, set: WORDS(), not: true });
    exports.notWords = notWords;
    var ints = () => ({ type: types_1.types.SET, set: INTS(), not: false });
    exports.ints = ints;
    var notInts = () => ({ type: types_1.types.SET, set: INTS(), not: true });
    exports.notInts = notInts;
    var whitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: false });
    exports.whitespace = whitespace;
    var notWhitespace = () => ({ type: types_1.types.SET, set: WHITESPACE(), not: true });
    exports.notWhitespace = notWhitespace;
    var anyChar = () => ({ type: types_1.types.SET, set: NOTANYCHAR(), not: true });
    exports.anyChar = anyChar;
  }
});

// node_modules/ret/dist/util.js
var require_util = __commonJS({
  "node_modules/ret/dist/util.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tokenizeClass = exports.strToChars = void 0;
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var CTRL = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^ ?";
    var strToChars = (str) => {
      const charsRegex = /(\[\\b\])|(\\)?\\(?:u([A-F0-9]{4})|x([A-F0-9]{2})|c([@A-Z[\\\]^?])|([0tnvfr]))/g;
      return str.replace(charsRegex, (s, b, lbs, a16, b16, dctrl, eslsh) => {
        if (lbs) {
          return s;
        }
        let code = b ? 8 : a16 ? parseInt(a16, 16) : b16 ? parseInt(b16, 16) : dctrl ? CTRL.indexOf(dctrl) : {
          0: 0,
          t: 9,
          n: 10,
          v: 11,
          f: 12,
          r: 13
        }[eslsh];
        let c = String.fromCharCode(code);
        return /[[\]{}^$.|?*+()]/.test(c) ? `\\${c}` : c;
      });
    };
    exports.strToChars = strToChars;
    var tokenizeClass = (str, regexpStr = "") => {
      var _a, _b, _c, _d, _e, _f, _g;
      let tokens = [], rs, c;
      const regexp = /\\(?:(w)|(d)|(s)|(W)|(D)|(S))|((?:(?:\\)(.)|([^\]\\]))-(((?:\\)])|(((?:\\)?([^\]])))))|(\])|(?:\\)?([^])/g;
      while ((rs = regexp.exec(str)) !== null) {
        const p = (_g = (_f = (_e = (_d = (_c = (_b = (_a = rs[1] && sets.words()) !== null && _a !== void 0 ? _a : rs[2] && sets.ints()) !== null && _b !== void 0 ? _b : rs[3] && sets.whitespace()) !== null && _c !== void 0 ? _c : rs[4] && sets.notWords()) !== null && _d !== void 0 ? _d : rs[5] && sets.notInts()) !== null && _e !== void 0 ? _e : rs[6] && sets.notWhitespace()) !== null && _f !== void 0 ? _f : rs[7] && {
          type: types_1.types.RANGE,
          from: (rs[8] || rs[9]).charCodeAt(0),
          to: (c = rs[10]).charCodeAt(c.length - 1)
        }) !== null && _g !== void 0 ? _g : (c = rs[16]) && { type: types_1.types.CHAR, value: c.charCodeAt(0) };
        if (p) {
          tokens.push(p);
        } else {
          return [tokens, regexp.lastIndex];
        }
      }
      throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated character class`);
    };
    exports.tokenizeClass = tokenizeClass;
  }
});

// node_modules/ret/dist/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/ret/dist/tokenizer.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.tokenizer = void 0;
    var util = __importStar(require_util());
    var types_1 = require_types2();
    var sets = __importStar(require_sets());
    var captureGroupFirstChar = /^[a-zA-Z_$]$/i;
    var captureGroupChars = /^[a-zA-Z0-9_$]$/i;
    var digit = /\d/;
    var tokenizer = (regexpStr) => {
      let i = 0, c;
      let start = { type: types_1.types.ROOT, stack: [] };
      let lastGroup = start;
      let last = start.stack;
      let groupStack = [];
      let referenceQueue = [];
      let groupCount = 0;
      const repeatErr = (col) => {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Nothing to repeat at column ${col - 1}`);
      };
      let str = util.strToChars(regexpStr);
      while (i < str.length) {
        switch (c = str[i++]) {
          // Handle escaped characters, inclues a few sets.
          case "\\":
            if (i === str.length) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: \\ at end of pattern`);
            }
            switch (c = str[i++]) {
              case "b":
                last.push({ type: types_1.types.POSITION, value: "b" });
                break;
              case "B":
                last.push({ type: types_1.types.POSITION, value: "B" });
                break;
              case "w":
                last.push(sets.words());
                break;
              case "W":
                last.push(sets.notWords());
                break;
              case "d":
                last.push(sets.ints());
                break;
              case "D":
                last.push(sets.notInts());
                break;
              case "s":
                last.push(sets.whitespace());
                break;
              case "S":
                last.push(sets.notWhitespace());
                break;
              default:
                if (digit.test(c)) {
                  let digits = c;
                  while (i < str.length && digit.test(str[i])) {
                    digits += str[i++];
                  }
                  let value = parseInt(digits, 10);
                  const reference = { type: types_1.types.REFERENCE, value };
                  last.push(reference);
                  referenceQueue.push({ reference, stack: last, index: last.length - 1 });
                } else {
                  last.push({ type: types_1.types.CHAR, value: c.charCodeAt(0) });
                }
            }
            break;
          // Positionals.
          case "^":
            last.push({ type: types_1.types.POSITION, value: "^" });
            break;
          case "$":
            last.push({ type: types_1.types.POSITION, value: "$" });
            break;
          // Handle custom sets.
          case "[": {
            let not;
            if (str[i] === "^") {
              not = true;
              i++;
            } else {
              not = false;
            }
            let classTokens = util.tokenizeClass(str.slice(i), regexpStr);
            i += classTokens[1];
            last.push({
              type: types_1.types.SET,
              set: classTokens[0],
              not
            });
            break;
          }
          // Class of any character except \n.
          case ".":
            last.push(sets.anyChar());
            break;
          // Push group onto stack.
          case "(": {
            let group = {
              type: types_1.types.GROUP,
              stack: [],
              remember: true
            };
            if (str[i] === "?") {
              c = str[i + 1];
              i += 2;
              if (c === "=") {
                group.followedBy = true;
                group.remember = false;
              } else if (c === "!") {
                group.notFollowedBy = true;
                group.remember = false;
              } else if (c === "<") {
                let name = "";
                if (captureGroupFirstChar.test(str[i])) {
                  name += str[i];
                  i++;
                } else {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid capture group name, character '${str[i]}' after '<' at column ${i + 1}`);
                }
                while (i < str.length && captureGroupChars.test(str[i])) {
                  name += str[i];
                  i++;
                }
                if (str[i] !== ">") {
                  throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unclosed capture group name, expected '>', found '${str[i]}' at column ${i + 1}`);
                }
                group.name = name;
                i++;
              } else if (c === ":") {
                group.remember = false;
              } else {
                throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Invalid group, character '${c}' after '?' at column ${i - 1}`);
              }
            } else {
              groupCount += 1;
            }
            last.push(group);
            groupStack.push(lastGroup);
            lastGroup = group;
            last = group.stack;
            break;
          }
          // Pop group out of stack.
          case ")":
            if (groupStack.length === 0) {
              throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unmatched ) at column ${i - 1}`);
            }
            lastGroup = groupStack.pop();
            last = lastGroup.options ? lastGroup.options[lastGroup.options.length - 1] : lastGroup.stack;
            break;
          // Use pipe character to give more choices.
          case "|": {
            if (!lastGroup.options) {
              lastGroup.options = [lastGroup.stack];
              delete lastGroup.stack;
            }
            let stack = [];
            lastGroup.options.push(stack);
            last = stack;
            break;
          }
          // Repetition.
          // For every repetition, remove last element from last stack
          // then insert back a RANGE object.
          // This design is chosen because there could be more than
          // one repetition symbols in a regex i.e. `a?+{2,3}`.
          case "{": {
            let rs = /^(\d+)(,(\d+)?)?\}/.exec(str.slice(i)), min, max;
            if (rs !== null) {
              if (last.length === 0) {
                repeatErr(i);
              }
              min = parseInt(rs[1], 10);
              max = rs[2] ? rs[3] ? parseInt(rs[3], 10) : Infinity : min;
              i += rs[0].length;
              last.push({
                type: types_1.types.REPETITION,
                min,
                max,
                value: last.pop()
              });
            } else {
              last.push({
                type: types_1.types.CHAR,
                value: 123
              });
            }
            break;
          }
          case "?":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: 1,
              value: last.pop()
            });
            break;
          case "+":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 1,
              max: Infinity,
              value: last.pop()
            });
            break;
          case "*":
            if (last.length === 0) {
              repeatErr(i);
            }
            last.push({
              type: types_1.types.REPETITION,
              min: 0,
              max: Infinity,
              value: last.pop()
            });
            break;
          // Default is a character that is not `\[](){}?+*^$`.
          default:
            last.push({
              type: types_1.types.CHAR,
              value: c.charCodeAt(0)
            });
        }
      }
      if (groupStack.length !== 0) {
        throw new SyntaxError(`Invalid regular expression: /${regexpStr}/: Unterminated group`);
      }
      updateReferences(referenceQueue, groupCount);
      return start;
    };
    exports.tokenizer = tokenizer;
    function updateReferences(referenceQueue, groupCount) {
      for (const elem of referenceQueue.reverse()) {
        if (groupCount < elem.reference.value) {
          elem.reference.type = types_1.types.CHAR;
          const valueString = elem.reference.value.toString();
          elem.reference.value = parseInt(valueString, 8);
          if (!/^[0-7]+$/.test(valueString)) {
            let i = 0;
            while (valueString[i] !== "8" && valueString[i] !== "9") {
              i += 1;
            }
            if (i === 0) {
              elem.reference.value = valueString.charCodeAt(0);
              i += 1;
            } else {
              elem.reference.value = parseInt(valueString.slice(0, i), 8);
            }
            if (valueString.length > i) {
              const tail = elem.stack.splice(elem.index + 1);
              for (const char of valueString.slice(i)) {
                elem.stack.push({
                  type: types_1.types.CHAR,
                  value: char.charCodeAt(0)
                });
              }
              elem.stack.push(...tail);
            }
          }
        }
      }
    }
  }
});

// node_modules/ret/dist/sets-lookup.js
var require_sets_lookup = __commonJS({
  "node_modules/ret/dist/sets-lookup.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NOTANYCHAR = exports.WHITESPACE = exports.WORDS = exports.INTS = void 0;
    var Sets = __importStar(require_sets());
    var types_1 = require_types2();
    function setToLookup(tokens) {
      let lookup2 = {};
      let len = 0;
      for (const token of tokens) {
        if (token.type === types_1.types.CHAR) {
          lookup2[token.value] = true;
        }
        if (token.type === types_1.types.RANGE) {
          lookup2[`${token.from}-${token.to}`] = true;
        }
        len += 1;
      }
      return {
        lookup: () => Object.assign({}, lookup2),
        len
      };
    }
    exports.INTS = setToLookup(Sets.ints().set);
    exports.WORDS = setToLookup(Sets.words().set);
    exports.WHITESPACE = setToLookup(Sets.whitespace().set);
    exports.NOTANYCHAR = setToLookup(Sets.anyChar().set);
  }
});

// node_modules/ret/dist/write-set-tokens.js
var require_write_set_tokens = __commonJS({
  "node_modules/ret/dist/write-set-tokens.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.setChar = setChar;
    exports.writeSetTokens = writeSetTokens;
    var types_1 = require_types2();
    var sets = __importStar(require_sets_lookup());
    function setChar(charCode) {
      return charCode === 94 ? "\\^" : charCode === 92 ? "\\\\" : charCode === 93 ? "\\]" : charCode === 45 ? "\\-" : String.fromCharCode(charCode);
    }
    function isSameSet(set, { lookup: lookup2, len }) {
      if (len !== set.length) {
        return false;
      }
      const map = lookup2();
      for (const elem of set) {
        if (elem.type === types_1.types.SET) {
          return false;
        }
        const key = elem.type === types_1.types.CHAR ? elem.value : `${elem.from}-${elem.to}`;
        if (map[key]) {
          map[key] = false;
        } else {
          return false;
        }
      }
      return true;
    }
    function writeSetTokens(set, isNested = false) {
      if (isSameSet(set.set, sets.INTS)) {
        return set.not ? "\\D" : "\\d";
      }
      if (isSameSet(set.set, sets.WORDS)) {
        return set.not ? "\\W" : "\\w";
      }
      if (set.not && isSameSet(set.set, sets.NOTANYCHAR)) {
        return ".";
      }
      if (isSameSet(set.set, sets.WHITESPACE)) {
        return set.not ? "\\S" : "\\s";
      }
      let tokenString = "";
      for (let i = 0; i < set.set.length; i++) {
        const subset = set.set[i];
        tokenString += writeSetToken(subset);
      }
      const contents = `${set.not ? "^" : ""}${tokenString}`;
      return isNested ? contents : `[${contents}]`;
    }
    function writeSetToken(set) {
      if (set.type === types_1.types.CHAR) {
        return setChar(set.value);
      } else if (set.type === types_1.types.RANGE) {
        return `${setChar(set.from)}-${setChar(set.to)}`;
      }
      return writeSetTokens(set, true);
    }
  }
});

// node_modules/ret/dist/reconstruct.js
var require_reconstruct = __commonJS({
  "node_modules/ret/dist/reconstruct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reconstruct = void 0;
    var types_1 = require_types2();
    var write_set_tokens_1 = require_write_set_tokens();
    var reduceStack = (stack) => stack.map(exports.reconstruct).join("");
    var createAlternate = (token) => {
      if ("options" in token) {
        return token.options.map(reduceStack).join("|");
      } else if ("stack" in token) {
        return reduceStack(token.stack);
      } else {
        throw new Error(`options or stack must be Root or Group token`);
      }
    };
    var reconstruct = (token) => {
      switch (token.type) {
        case types_1.types.ROOT:
          return createAlternate(token);
        case types_1.types.CHAR: {
          const c = String.fromCharCode(token.value);
          return (/[[\\{}$^.|?*+()]/.test(c) ? "\\" : "") + c;
        }
        case types_1.types.POSITION:
          if (token.value === "^" || token.value === "$") {
            return token.value;
          } else {
            return `\\${token.value}`;
          }
        case types_1.types.REFERENCE:
          return `\\${token.value}`;
        case types_1.types.SET:
          return (0, write_set_tokens_1.writeSetTokens)(token);
        case types_1.types.GROUP: {
          const prefix = token.name ? `?<${token.name}>` : token.remember ? "" : token.followedBy ? "?=" : token.notFollowedBy ? "?!" : "?:";
          return `(${prefix}${createAlternate(token)})`;
        }
        case types_1.types.REPETITION: {
          const { min, max } = token;
          let endWith;
          if (min === 0 && max === 1) {
            endWith = "?";
          } else if (min === 1 && max === Infinity) {
            endWith = "+";
          } else if (min === 0 && max === Infinity) {
            endWith = "*";
          } else if (max === Infinity) {
            endWith = `{${min},}`;
          } else if (min === max) {
            endWith = `{${min}}`;
          } else {
            endWith = `{${min},${max}}`;
          }
          return `${(0, exports.reconstruct)(token.value)}${endWith}`;
        }
        case types_1.types.RANGE:
          return `${(0, write_set_tokens_1.setChar)(token.from)}-${(0, write_set_tokens_1.setChar)(token.to)}`;
        default:
          throw new Error(`Invalid token type ${token}`);
      }
    };
    exports.reconstruct = reconstruct;
  }
});

// node_modules/ret/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ret/dist/index.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.types = void 0;
    var types_1 = require_types2();
    Object.defineProperty(exports, "types", { enumerable: true, get: function() {
      return types_1.types;
    } });
    __exportStar(require_tokenizer(), exports);
    __exportStar(require_reconstruct(), exports);
    var tokenizer_1 = require_tokenizer();
    var reconstruct_1 = require_reconstruct();
    __exportStar(require_types2(), exports);
    exports.default = tokenizer_1.tokenizer;
    module.exports = tokenizer_1.tokenizer;
    module.exports.types = types_1.types;
    module.exports.reconstruct = reconstruct_1.reconstruct;
  }
});

// node_modules/safe-regex2/index.js
var require_safe_regex2 = __commonJS({
  "node_modules/safe-regex2/index.js"(exports, module) {
    "use strict";
    var parse2 = require_dist2();
    var { types } = require_dist2();
    function walk2(node, opts, starHeight) {
      let i;
      let ok;
      let len;
      if (node.type === types.REPETITION) {
        starHeight++;
        opts.reps++;
        if (starHeight > 1) return false;
        if (opts.reps > opts.limit) return false;
      }
      const options = node.options || node.value?.options;
      if (options) {
        for (i = 0, len = options.length; i < len; i++) {
          ok = walk2({ stack: options[i] }, opts, starHeight);
          if (!ok) return false;
        }
      }
      const stack = node.stack || node.value?.stack;
      if (!stack) return true;
      for (i = 0, len = stack.length; i < len; i++) {
        ok = walk2(stack[i], opts, starHeight);
        if (!ok) return false;
      }
      return true;
    }
    function safeRegex2(re, options) {
      const opts = {
        reps: 0,
        limit: options?.limit ?? 25
      };
      if (isRegExp(re)) re = re.source;
      else if (typeof re !== "string") re = String(re);
      try {
        return walk2(parse2(re), opts, 0);
      } catch {
        return false;
      }
    }
    function isRegExp(x) {
      return Object.prototype.toString.call(x) === "[object RegExp]";
    }
    module.exports = safeRegex2;
    module.exports.default = safeRegex2;
    module.exports.safeRegex = safeRegex2;
  }
});

// node_modules/redos-detector/dist/redos-detector.js
var require_redos_detector = __commonJS({
  "node_modules/redos-detector/dist/redos-detector.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, factory(global.RedosDetector = {}));
    })(exports, (function(exports2) {
      "use strict";
      var __assign = function() {
        __assign = Object.assign || function __assign2(t) {
          for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
          }
          return t;
        };
        return __assign.apply(this, arguments);
      };
      function __generator(thisArg, body) {
        var _ = { label: 0, sent: function() {
          if (t[0] & 1) throw t[1];
          return t[1];
        }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
        return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
          return this;
        }), g;
        function verb(n) {
          return function(v) {
            return step([n, v]);
          };
        }
        function step(op) {
          if (f) throw new TypeError("Generator is already executing.");
          while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
              case 0:
              case 1:
                t = op;
                break;
              case 4:
                _.label++;
                return { value: op[1], done: false };
              case 5:
                _.label++;
                y = op[1];
                op = [0];
                continue;
              case 7:
                op = _.ops.pop();
                _.trys.pop();
                continue;
              default:
                if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                  _ = 0;
                  continue;
                }
                if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                  _.label = op[1];
                  break;
                }
                if (op[0] === 6 && _.label < t[1]) {
                  _.label = t[1];
                  t = op;
                  break;
                }
                if (t && _.label < t[2]) {
                  _.label = t[2];
                  _.ops.push(op);
                  break;
                }
                if (t[2]) _.ops.pop();
                _.trys.pop();
                continue;
            }
            op = body.call(thisArg, _);
          } catch (e) {
            op = [6, e];
            y = 0;
          } finally {
            f = t = 0;
          }
          if (op[0] & 5) throw op[1];
          return { value: op[0] ? op[1] : void 0, done: true };
        }
      }
      function __values(o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
          next: function() {
            if (o && i >= o.length) o = void 0;
            return { value: o && o[i++], done: !o };
          }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
      }
      function __read(o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
          while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        } catch (error) {
          e = { error };
        } finally {
          try {
            if (r && !r.done && (m = i["return"])) m.call(i);
          } finally {
            if (e) throw e.error;
          }
        }
        return ar;
      }
      function __spreadArray(to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
          if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
          }
        }
        return to.concat(ar || Array.prototype.slice.call(from));
      }
      typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message2) {
        var e = new Error(message2);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
      };
      var parser = { exports: {} };
      (function(module2) {
        (function() {
          var fromCodePoint = String.fromCodePoint || (function() {
            var stringFromCharCode = String.fromCharCode;
            var floor = Math.floor;
            return function fromCodePoint2() {
              var MAX_SIZE = 16384;
              var codeUnits = [];
              var highSurrogate;
              var lowSurrogate;
              var index = -1;
              var length = arguments.length;
              if (!length) {
                return "";
              }
              var result = "";
              while (++index < length) {
                var codePoint = Number(arguments[index]);
                if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
                codePoint < 0 || // not a valid Unicode code point
                codePoint > 1114111 || // not a valid Unicode code point
                floor(codePoint) != codePoint) {
                  throw RangeError("Invalid code point: " + codePoint);
                }
                if (codePoint <= 65535) {
                  codeUnits.push(codePoint);
                } else {
                  codePoint -= 65536;
                  highSurrogate = (codePoint >> 10) + 55296;
                  lowSurrogate = codePoint % 1024 + 56320;
                  codeUnits.push(highSurrogate, lowSurrogate);
                }
                if (index + 1 == length || codeUnits.length > MAX_SIZE) {
                  result += stringFromCharCode.apply(null, codeUnits);
                  codeUnits.length = 0;
                }
              }
              return result;
            };
          })();
          function parse3(str, flags, features) {
            if (!features) {
              features = {};
            }
            function updateRawStart(node, start) {
              node.range[0] = start;
              node.raw = str.substring(start, node.range[1]);
              return node;
            }
            function createAnchor(kind, rawLength) {
              return {
                type: "anchor",
                kind,
                range: [
                  pos - rawLength,
                  pos
                ],
                raw: str.substring(pos - rawLength, pos)
              };
            }
            function createValue(kind, codePoint, from, to) {
              return {
                type: "value",
                kind,
                codePoint,
                range: [from, to],
                raw: str.substring(from, to)
              };
            }
            function createEscaped(kind, codePoint, value, fromOffset) {
              fromOffset = fromOffset || 0;
              return createValue(kind, codePoint, pos - (value.length + fromOffset), pos);
            }
            function createCharacter(matches) {
              var _char = matches[0];
              var first = _char.charCodeAt(0);
              if (isUnicodeMode) {
                var second;
                if (_char.length === 1 && first >= 55296 && first <= 56319) {
                  second = lookahead().charCodeAt(0);
                  if (second >= 56320 && second <= 57343) {
                    pos++;
                    return createValue(
                      "symbol",
                      (first - 55296) * 1024 + second - 56320 + 65536,
                      pos - 2,
                      pos
                    );
                  }
                }
              }
              return createValue("symbol", first, pos - 1, pos);
            }
            function createDisjunction(alternatives, from, to) {
              return {
                type: "disjunction",
                body: alternatives,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createDot() {
              return {
                type: "dot",
                range: [
                  pos - 1,
                  pos
                ],
                raw: "."
              };
            }
            function createCharacterClassEscape(value) {
              return {
                type: "characterClassEscape",
                value,
                range: [
                  pos - 2,
                  pos
                ],
                raw: str.substring(pos - 2, pos)
              };
            }
            function createReference(matchIndex) {
              var start = pos - 1 - matchIndex.length;
              return {
                type: "reference",
                matchIndex: parseInt(matchIndex, 10),
                range: [
                  start,
                  pos
                ],
                raw: str.substring(start, pos)
              };
            }
            function createNamedReference(name) {
              var start = name.range[0] - 3;
              return {
                type: "reference",
                name,
                range: [
                  start,
                  pos
                ],
                raw: str.substring(start, pos)
              };
            }
            function createGroup(behavior, disjunction, from, to) {
              return {
                type: "group",
                behavior,
                body: disjunction,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createQuantifier(min, max, from, to, symbol) {
              if (to == null) {
                from = pos - 1;
                to = pos;
              }
              return {
                type: "quantifier",
                min,
                max,
                greedy: true,
                body: null,
                // set later on
                symbol,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createAlternative(terms, from, to) {
              return {
                type: "alternative",
                body: terms,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createCharacterClass(contents, negative, from, to) {
              return {
                type: "characterClass",
                kind: contents.kind,
                body: contents.body,
                negative,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createClassRange(min, max, from, to) {
              if (min.codePoint > max.codePoint) {
                bail("invalid range in character class", min.raw + "-" + max.raw, from, to);
              }
              return {
                type: "characterClassRange",
                min,
                max,
                range: [
                  from,
                  to
                ],
                raw: str.substring(from, to)
              };
            }
            function createClassStrings(strings, from, to) {
              return {
                type: "classStrings",
                strings,
                range: [from, to],
                raw: str.substring(from, to)
              };
            }
            function createClassString(characters, from, to) {
              return {
                type: "classString",
                characters,
                range: [from, to],
                raw: str.substring(from, to)
              };
            }
            function flattenBody(body) {
              if (body.type === "alternative") {
                return body.body;
              } else {
                return [body];
              }
            }
            function incr(amount) {
              amount = amount || 1;
              pos += amount;
            }
            function consume(amount) {
              var res = str.substring(pos, pos += amount);
              return res;
            }
            function skip(value) {
              if (!match(value)) {
                bail("character", value);
              }
            }
            function match(value) {
              var len = value.length;
              if (str.substring(pos, pos + len) === value) {
                incr(len);
                return value;
              }
            }
            function matchOne(value) {
              if (str[pos] === value) {
                pos++;
                return value;
              }
            }
            function lookahead() {
              return str[pos];
            }
            function currentOne(value) {
              return str[pos] === value;
            }
            function current(value) {
              var len = value.length;
              return str.substring(pos, pos + len) === value;
            }
            function next(value) {
              return str[pos + 1] === value;
            }
            function matchReg(regExp) {
              var subStr = str.substring(pos);
              var res = subStr.match(regExp);
              if (res) {
                pos += res[0].length;
              }
              return res;
            }
            function parseDisjunction() {
              var res = [], from = pos;
              res.push(parseAlternative());
              while (matchOne("|")) {
                res.push(parseAlternative());
              }
              if (res.length === 1) {
                return res[0];
              }
              return createDisjunction(res, from, pos);
            }
            function parseAlternative() {
              var res = [], from = pos;
              var term;
              while (term = parseTerm()) {
                res.push(term);
              }
              if (res.length === 1) {
                return res[0];
              }
              return createAlternative(res, from, pos);
            }
            function parseTerm() {
              if (pos >= str.length || currentOne("|") || currentOne(")")) {
                return null;
              }
              var anchor = parseAnchor();
              var quantifier;
              if (anchor) {
                var pos_backup = pos;
                quantifier = parseQuantifier() || false;
                if (quantifier) {
                  if (!isUnicodeMode && anchor.type === "group") {
                    quantifier.body = flattenBody(anchor);
                    updateRawStart(quantifier, anchor.range[0]);
                    return quantifier;
                  }
                  pos = pos_backup;
                  bail("Expected atom");
                }
                return anchor;
              }
              var atom = parseAtomAndExtendedAtom();
              if (!atom) {
                pos_backup = pos;
                quantifier = parseQuantifier() || false;
                if (quantifier) {
                  pos = pos_backup;
                  bail("Expected atom");
                }
                if (!isUnicodeMode && matchOne("{")) {
                  atom = createCharacter("{");
                } else {
                  bail("Expected atom");
                }
              }
              quantifier = parseQuantifier() || false;
              if (quantifier) {
                var type = atom.type, behavior = atom.behavior;
                if (type === "group" && (behavior === "negativeLookbehind" || behavior === "lookbehind")) {
                  bail(
                    "Invalid quantifier",
                    "",
                    quantifier.range[0],
                    quantifier.range[1]
                  );
                }
                quantifier.body = flattenBody(atom);
                updateRawStart(quantifier, atom.range[0]);
                return quantifier;
              }
              return atom;
            }
            function parseGroup(matchA, typeA, matchB, typeB) {
              var type = null, from = pos;
              if (match(matchA)) {
                type = typeA;
              } else if (match(matchB)) {
                type = typeB;
              } else {
                return false;
              }
              return finishGroup(type, from);
            }
            function finishGroup(type, from) {
              var body = parseDisjunction();
              if (!body) {
                bail("Expected disjunction");
              }
              skip(")");
              var group = createGroup(type, flattenBody(body), from, pos);
              if (type == "normal") {
                if (firstIteration) {
                  closedCaptureCounter++;
                }
              }
              return group;
            }
            function parseAnchor() {
              switch (lookahead()) {
                case "^":
                  incr();
                  return createAnchor(
                    "start",
                    1
                    /* rawLength */
                  );
                case "$":
                  incr();
                  return createAnchor(
                    "end",
                    1
                    /* rawLength */
                  );
                case "\\": {
                  if (next("b")) {
                    incr(2);
                    return createAnchor(
                      "boundary",
                      2
                      /* rawLength */
                    );
                  } else if (next("B")) {
                    incr(2);
                    return createAnchor(
                      "not-boundary",
                      2
                      /* rawLength */
                    );
                  }
                  break;
                }
                case "(":
                  return parseGroup("(?=", "lookahead", "(?!", "negativeLookahead");
                default:
                  return;
              }
            }
            function parseQuantifier() {
              var res, from = pos;
              var quantifier;
              var min, max;
              switch (lookahead()) {
                case "*":
                  incr();
                  quantifier = createQuantifier(0, void 0, void 0, void 0, "*");
                  break;
                case "+":
                  incr();
                  quantifier = createQuantifier(1, void 0, void 0, void 0, "+");
                  break;
                case "?":
                  incr();
                  quantifier = createQuantifier(0, 1, void 0, void 0, "?");
                  break;
                case "{": {
                  if (res = matchReg(/^\{(\d+)\}/)) {
                    min = parseInt(res[1], 10);
                    quantifier = createQuantifier(min, min, from, pos);
                  } else if (res = matchReg(/^\{(\d+),\}/)) {
                    min = parseInt(res[1], 10);
                    quantifier = createQuantifier(min, void 0, from, pos);
                  } else if (res = matchReg(/^\{(\d+),(\d+)\}/)) {
                    min = parseInt(res[1], 10);
                    max = parseInt(res[2], 10);
                    if (min > max) {
                      bail("numbers out of order in {} quantifier", "", from, pos);
                    }
                    quantifier = createQuantifier(min, max, from, pos);
                  }
                  if (min && !Number.isSafeInteger(min) || max && !Number.isSafeInteger(max)) {
                    bail("iterations outside JS safe integer range in quantifier", "", from, pos);
                  }
                }
              }
              if (quantifier) {
                if (matchOne("?")) {
                  quantifier.greedy = false;
                  quantifier.range[1] += 1;
                }
              }
              return quantifier;
            }
            function parseAtomAndExtendedAtom() {
              var res;
              switch (res = lookahead()) {
                case ".":
                  incr();
                  return createDot();
                case "\\": {
                  incr();
                  res = parseAtomEscape();
                  if (!res) {
                    if (!isUnicodeMode && lookahead() == "c") {
                      return createValue("symbol", 92, pos - 1, pos);
                    }
                    bail("atomEscape");
                  }
                  return res;
                }
                case "[":
                  return parseCharacterClass();
                case "(": {
                  if (features.lookbehind && (res = parseGroup("(?<=", "lookbehind", "(?<!", "negativeLookbehind"))) {
                    return res;
                  } else if (features.namedGroups && match("(?<")) {
                    var name = parseIdentifier();
                    skip(">");
                    var group = finishGroup("normal", name.range[0] - 3);
                    group.name = name;
                    return group;
                  } else if (features.modifiers && current("(?") && str[pos + 2] != ":") {
                    return parseModifiersGroup();
                  } else {
                    return parseGroup("(?:", "ignore", "(", "normal");
                  }
                }
                case "]":
                case "}":
                  if (!isUnicodeMode) {
                    incr();
                    return createCharacter(res);
                  }
                  break;
                case "^":
                case "$":
                case "*":
                case "+":
                case "?":
                case "{":
                case ")":
                case "|":
                  break;
                default:
                  incr();
                  return createCharacter(res);
              }
            }
            function parseModifiersGroup() {
              function hasDupChar(str2) {
                var i = 0;
                while (i < str2.length) {
                  if (str2.indexOf(str2[i], i + 1) != -1) {
                    return true;
                  }
                  i++;
                }
                return false;
              }
              var from = pos;
              incr(2);
              var enablingFlags = matchReg(/^[sim]+/);
              var disablingFlags;
              if (matchOne("-") && lookahead() !== ":") {
                disablingFlags = matchReg(/^[sim]+/);
                if (!disablingFlags) {
                  bail("Invalid flags for modifiers group");
                }
              } else if (!enablingFlags) {
                bail("Invalid flags for modifiers group");
              }
              enablingFlags = enablingFlags ? enablingFlags[0] : "";
              disablingFlags = disablingFlags ? disablingFlags[0] : "";
              var flags2 = enablingFlags + disablingFlags;
              if (flags2.length > 3 || hasDupChar(flags2)) {
                bail("flags cannot be duplicated for modifiers group");
              }
              if (!matchOne(":")) {
                bail("Invalid flags for modifiers group");
              }
              var modifiersGroup = finishGroup("ignore", from);
              modifiersGroup.modifierFlags = {
                enabling: enablingFlags,
                disabling: disablingFlags
              };
              return modifiersGroup;
            }
            function parseUnicodeSurrogatePairEscape(firstEscape, isUnicodeMode2) {
              if (isUnicodeMode2) {
                var first, second;
                if (firstEscape.kind == "unicodeEscape" && (first = firstEscape.codePoint) >= 55296 && first <= 56319 && currentOne("\\") && next("u")) {
                  var prevPos = pos;
                  pos++;
                  var secondEscape = parseClassEscape();
                  if (secondEscape.kind == "unicodeEscape" && (second = secondEscape.codePoint) >= 56320 && second <= 57343) {
                    firstEscape.kind = "unicodeCodePointEscape";
                    firstEscape.codePoint = (first - 55296) * 1024 + second - 56320 + 65536;
                    firstEscape.range[1] = pos;
                    firstEscape.raw = str.substring(firstEscape.range[0], pos);
                  } else {
                    pos = prevPos;
                  }
                }
              }
              return firstEscape;
            }
            function parseClassEscape() {
              return parseAtomEscape(true);
            }
            function parseAtomEscape(insideCharacterClass) {
              var res, from = pos, ch;
              switch (ch = lookahead()) {
                case "0":
                case "1":
                case "2":
                case "3":
                case "4":
                case "5":
                case "6":
                case "7":
                case "8":
                case "9":
                  return parseDecimalEscape(insideCharacterClass);
                case "B": {
                  if (insideCharacterClass) {
                    bail("\\B not possible inside of CharacterClass", "", from);
                    break;
                  } else {
                    return parseIdentityEscape();
                  }
                }
                case "b": {
                  if (insideCharacterClass) {
                    incr();
                    return createEscaped("singleEscape", 8, "\\b");
                  } else {
                    return parseIdentityEscape();
                  }
                }
                case "c": {
                  if (insideCharacterClass) {
                    if (!isUnicodeMode && (res = matchReg(/^c(\d)/))) {
                      return createEscaped("controlLetter", res[1] + 16, res[1], 2);
                    } else if (!isUnicodeMode && match("c_")) {
                      return createEscaped("controlLetter", 31, "_", 2);
                    }
                  }
                  return parseCharacterEscape();
                }
                // CharacterClassEscape :: one of d D s S w W
                case "d":
                case "D":
                case "w":
                case "W":
                case "s":
                case "S":
                  incr();
                  return createCharacterClassEscape(ch);
                case "k":
                  return parseNamedReference() || parseIdentityEscape();
                case "p":
                case "P":
                  return parseUnicodePropertyEscape() || parseIdentityEscape();
                case "-": {
                  if (insideCharacterClass && isUnicodeMode) {
                    incr();
                    return createEscaped("singleEscape", 45, "\\-");
                  }
                  return parseIdentityEscape();
                }
                default:
                  return parseCharacterEscape();
              }
            }
            function parseDecimalEscape(insideCharacterClass) {
              var res, match2, from = pos;
              if (res = matchReg(/^(?!0)\d+/)) {
                match2 = res[0];
                var refIdx = parseInt(res[0], 10);
                if (refIdx <= closedCaptureCounter && !insideCharacterClass) {
                  return createReference(res[0]);
                } else {
                  backrefDenied.push(refIdx);
                  if (firstIteration) {
                    shouldReparse = true;
                  } else {
                    bailOctalEscapeIfUnicode(from, pos);
                  }
                  incr(-res[0].length);
                  if (res = matchReg(/^[0-7]{1,3}/)) {
                    return createEscaped("octal", parseInt(res[0], 8), res[0], 1);
                  } else {
                    var start = pos;
                    res = createCharacter(matchReg(/^[89]/));
                    return updateRawStart(res, start - 1);
                  }
                }
              } else if (res = matchReg(/^[0-7]{1,3}/)) {
                match2 = res[0];
                if (match2 !== "0") {
                  bailOctalEscapeIfUnicode(from, pos);
                }
                if (/^0{1,3}$/.test(match2)) {
                  return createEscaped("null", 0, "0", match2.length);
                } else {
                  return createEscaped("octal", parseInt(match2, 8), match2, 1);
                }
              }
              return false;
            }
            function bailOctalEscapeIfUnicode(from, pos2) {
              if (isUnicodeMode) {
                bail("Invalid decimal escape in unicode mode", null, from, pos2);
              }
            }
            function parseUnicodePropertyEscape() {
              var res, from = pos;
              if (features.unicodePropertyEscape && isUnicodeMode && (res = matchReg(/^([pP])\{([^}]+)\}/))) {
                return {
                  type: "unicodePropertyEscape",
                  negative: res[1] === "P",
                  value: res[2],
                  range: [from - 1, pos],
                  raw: str.substring(from - 1, pos)
                };
              }
              return false;
            }
            function parseNamedReference() {
              if (features.namedGroups && matchReg(/^k<(?=.*?>)/)) {
                var name = parseIdentifier();
                skip(">");
                return createNamedReference(name);
              }
            }
            function parseRegExpUnicodeEscapeSequence(isUnicodeMode2) {
              var res;
              if (res = matchReg(/^u([0-9a-fA-F]{4})/)) {
                return parseUnicodeSurrogatePairEscape(
                  createEscaped("unicodeEscape", parseInt(res[1], 16), res[1], 2),
                  isUnicodeMode2
                );
              } else if (isUnicodeMode2 && (res = matchReg(/^u\{([0-9a-fA-F]+)\}/))) {
                return createEscaped("unicodeCodePointEscape", parseInt(res[1], 16), res[1], 4);
              }
            }
            function parseCharacterEscape() {
              var res;
              var from = pos;
              switch (lookahead()) {
                case "t":
                  incr();
                  return createEscaped("singleEscape", 9, "\\t");
                case "n":
                  incr();
                  return createEscaped("singleEscape", 10, "\\n");
                case "v":
                  incr();
                  return createEscaped("singleEscape", 11, "\\v");
                case "f":
                  incr();
                  return createEscaped("singleEscape", 12, "\\f");
                case "r":
                  incr();
                  return createEscaped("singleEscape", 13, "\\r");
                case "c":
                  if (res = matchReg(/^c([a-zA-Z])/)) {
                    return createEscaped("controlLetter", res[1].charCodeAt(0) % 32, res[1], 2);
                  }
                  break;
                case "x":
                  if (res = matchReg(/^x([0-9a-fA-F]{2})/)) {
                    return createEscaped("hexadecimalEscape", parseInt(res[1], 16), res[1], 2);
                  }
                  break;
                case "u":
                  if (res = parseRegExpUnicodeEscapeSequence(isUnicodeMode)) {
                    if (!res || res.codePoint > 1114111) {
                      bail("Invalid escape sequence", null, from, pos);
                    }
                    return res;
                  }
                  break;
              }
              return parseIdentityEscape();
            }
            function parseIdentifierAtom(check) {
              var ch = lookahead();
              var from = pos;
              if (ch === "\\") {
                incr();
                var esc = parseRegExpUnicodeEscapeSequence(true);
                if (!esc || !check(esc.codePoint)) {
                  bail("Invalid escape sequence", null, from, pos);
                }
                return fromCodePoint(esc.codePoint);
              }
              var code = ch.charCodeAt(0);
              if (code >= 55296 && code <= 56319) {
                ch += str[pos + 1];
                var second = ch.charCodeAt(1);
                if (second >= 56320 && second <= 57343) {
                  code = (code - 55296) * 1024 + second - 56320 + 65536;
                }
              }
              if (!check(code)) return;
              incr();
              if (code > 65535) incr();
              return ch;
            }
            function parseIdentifier() {
              var start = pos;
              var res = parseIdentifierAtom(isIdentifierStart);
              if (!res) {
                bail("Invalid identifier");
              }
              var ch;
              while (ch = parseIdentifierAtom(isIdentifierPart)) {
                res += ch;
              }
              return {
                type: "identifier",
                value: res,
                range: [start, pos],
                raw: str.substring(start, pos)
              };
            }
            function isIdentifierStart(ch) {
              var NonAsciiIdentifierStart = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDDC0-\uDDF3\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD40-\uDD59\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDD00-\uDD23\uDD4A-\uDD65\uDD6F-\uDD85\uDE80-\uDEA9\uDEB0\uDEB1\uDEC2-\uDEC7\uDF00-\uDF1C\uDF27\uDF30-\uDF45\uDF70-\uDF81\uDFB0-\uDFC4\uDFE0-\uDFF6]|\uD804[\uDC03-\uDC37\uDC71\uDC72\uDC75\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD44\uDD47\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE3F\uDE40\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61\uDF80-\uDF89\uDF8B\uDF8E\uDF90-\uDFB5\uDFB7\uDFD1\uDFD3]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC5F-\uDC61\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDEB8\uDF00-\uDF1A\uDF40-\uDF46]|\uD806[\uDC00-\uDC2B\uDCA0-\uDCDF\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD2F\uDD3F\uDD41\uDDA0-\uDDA7\uDDAA-\uDDD0\uDDE1\uDDE3\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE89\uDE9D\uDEB0-\uDEF8\uDFC0-\uDFE0]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD89\uDD98\uDDB0-\uDDDB\uDEE0-\uDEF2\uDF02\uDF04-\uDF10\uDF12-\uDF33\uDFB0]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD80E\uD80F\uD81C-\uD822\uD840-\uD868\uD86A-\uD86D\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD88C][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC41-\uDC46\uDC60-\uDFFF]|\uD810[\uDC00-\uDFFA]|\uD811[\uDC00-\uDE46]|\uD818[\uDD00-\uDD1D]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE70-\uDEBE\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDD40-\uDD6C\uDE40-\uDE7F\uDEA0-\uDEB8\uDEBB-\uDED3\uDF00-\uDF4A\uDF50\uDF93-\uDF9F\uDFE0\uDFE1\uDFE3\uDFF2-\uDFF6]|\uD823[\uDC00-\uDCD5\uDCFF-\uDD1E\uDD80-\uDDF2]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC30-\uDC6D\uDD00-\uDD2C\uDD37-\uDD3D\uDD4E\uDE90-\uDEAD\uDEC0-\uDEEB]|\uD839[\uDCD0-\uDCEB\uDDD0-\uDDED\uDDF0\uDEC0-\uDEDE\uDEE0-\uDEE2\uDEE4\uDEE5\uDEE7-\uDEED\uDEF0-\uDEF4\uDEFE\uDEFF\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43\uDD4B]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEAD\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0\uDFF0-\uDFFF]|\uD87B[\uDC00-\uDE5D]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD88D[\uDC00-\uDC79]/;
              return ch === 36 || ch === 95 || // $ (dollar) and _ (underscore)
              ch >= 65 && ch <= 90 || // A..Z
              ch >= 97 && ch <= 122 || // a..z
              ch >= 128 && NonAsciiIdentifierStart.test(fromCodePoint(ch));
            }
            function isIdentifierPart(ch) {
              var NonAsciiIdentifierPartOnly = /[\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1ADD\u1AE0-\u1AEB\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65]|\uD800[\uDDFD\uDEE0\uDF76-\uDF7A]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDE01-\uDE03\uDE05\uDE06\uDE0C-\uDE0F\uDE38-\uDE3A\uDE3F\uDEE5\uDEE6]|\uD803[\uDD24-\uDD27\uDD30-\uDD39\uDD40-\uDD49\uDD69-\uDD6D\uDEAB\uDEAC\uDEFA-\uDEFF\uDF46-\uDF50\uDF82-\uDF85]|\uD804[\uDC00-\uDC02\uDC38-\uDC46\uDC66-\uDC70\uDC73\uDC74\uDC7F-\uDC82\uDCB0-\uDCBA\uDCC2\uDCF0-\uDCF9\uDD00-\uDD02\uDD27-\uDD34\uDD36-\uDD3F\uDD45\uDD46\uDD73\uDD80-\uDD82\uDDB3-\uDDC0\uDDC9-\uDDCC\uDDCE-\uDDD9\uDE2C-\uDE37\uDE3E\uDE41\uDEDF-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF3B\uDF3C\uDF3E-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF57\uDF62\uDF63\uDF66-\uDF6C\uDF70-\uDF74\uDFB8-\uDFC0\uDFC2\uDFC5\uDFC7-\uDFCA\uDFCC-\uDFD0\uDFD2\uDFE1\uDFE2]|\uD805[\uDC35-\uDC46\uDC50-\uDC59\uDC5E\uDCB0-\uDCC3\uDCD0-\uDCD9\uDDAF-\uDDB5\uDDB8-\uDDC0\uDDDC\uDDDD\uDE30-\uDE40\uDE50-\uDE59\uDEAB-\uDEB7\uDEC0-\uDEC9\uDED0-\uDEE3\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDC2C-\uDC3A\uDCE0-\uDCE9\uDD30-\uDD35\uDD37\uDD38\uDD3B-\uDD3E\uDD40\uDD42\uDD43\uDD50-\uDD59\uDDD1-\uDDD7\uDDDA-\uDDE0\uDDE4\uDE01-\uDE0A\uDE33-\uDE39\uDE3B-\uDE3E\uDE47\uDE51-\uDE5B\uDE8A-\uDE99\uDF60-\uDF67\uDFF0-\uDFF9]|\uD807[\uDC2F-\uDC36\uDC38-\uDC3F\uDC50-\uDC59\uDC92-\uDCA7\uDCA9-\uDCB6\uDD31-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD45\uDD47\uDD50-\uDD59\uDD8A-\uDD8E\uDD90\uDD91\uDD93-\uDD97\uDDA0-\uDDA9\uDDE0-\uDDE9\uDEF3-\uDEF6\uDF00\uDF01\uDF03\uDF34-\uDF3A\uDF3E-\uDF42\uDF50-\uDF5A]|\uD80D[\uDC40\uDC47-\uDC55]|\uD818[\uDD1E-\uDD39]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDEF0-\uDEF4\uDF30-\uDF36\uDF50-\uDF59]|\uD81B[\uDD70-\uDD79\uDF4F\uDF51-\uDF87\uDF8F-\uDF92\uDFE4\uDFF0\uDFF1]|\uD82F[\uDC9D\uDC9E]|\uD833[\uDCF0-\uDCF9\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC8F\uDD30-\uDD36\uDD40-\uDD49\uDEAE\uDEEC-\uDEF9]|\uD839[\uDCEC-\uDCF9\uDDEE\uDDEF\uDDF1-\uDDFA\uDEE3\uDEE6\uDEEE\uDEEF\uDEF5]|\uD83A[\uDCD0-\uDCD6\uDD44-\uDD4A\uDD50-\uDD59]|\uD83E[\uDFF0-\uDFF9]|\uDB40[\uDD00-\uDDEF]/;
              return isIdentifierStart(ch) || ch >= 48 && ch <= 57 || // 0..9
              ch >= 128 && NonAsciiIdentifierPartOnly.test(fromCodePoint(ch));
            }
            function parseIdentityEscape() {
              var tmp;
              var l = lookahead();
              if (isUnicodeMode && /[\^$.*+?()\\[\]{}|/]/.test(l) || !isUnicodeMode && l !== "c") {
                if (l === "k" && features.lookbehind) {
                  return null;
                }
                tmp = consume(1);
                return createEscaped("identifier", tmp.charCodeAt(0), tmp, 1);
              }
              return null;
            }
            function parseCharacterClass() {
              var res, from = pos;
              if (res = match("[^")) {
                res = parseClassContents();
                skip("]");
                return createCharacterClass(res, true, from, pos);
              } else if (matchOne("[")) {
                res = parseClassContents();
                skip("]");
                return createCharacterClass(res, false, from, pos);
              }
              return null;
            }
            function parseClassContents() {
              var res;
              if (currentOne("]")) {
                return { kind: "union", body: [] };
              } else if (hasUnicodeSetFlag) {
                return parseClassSetExpression();
              } else {
                res = parseNonemptyClassRanges();
                if (!res) {
                  bail("nonEmptyClassRanges");
                }
                return { kind: "union", body: res };
              }
            }
            function parseHelperClassContents(atom) {
              var from, to, res, atomTo, dash;
              if (currentOne("-") && !next("]")) {
                from = atom.range[0];
                incr();
                dash = createCharacter("-");
                atomTo = parseClassAtom();
                if (!atomTo) {
                  bail("classAtom");
                }
                to = pos;
                var classContents = parseClassContents();
                if (!classContents) {
                  bail("classContents");
                }
                if (!("codePoint" in atom) || !("codePoint" in atomTo)) {
                  if (!isUnicodeMode) {
                    res = [atom, dash, atomTo];
                  } else {
                    bail("invalid character class");
                  }
                } else {
                  res = [createClassRange(atom, atomTo, from, to)];
                }
                if (classContents.type === "empty") {
                  return res;
                }
                return res.concat(classContents.body);
              }
              res = parseNonemptyClassRangesNoDash();
              if (!res) {
                bail("nonEmptyClassRangesNoDash");
              }
              return [atom].concat(res);
            }
            function parseNonemptyClassRanges() {
              var atom = parseClassAtom();
              if (!atom) {
                bail("classAtom");
              }
              if (currentOne("]")) {
                return [atom];
              }
              return parseHelperClassContents(atom);
            }
            function parseNonemptyClassRangesNoDash() {
              var res = parseClassAtom();
              if (!res) {
                bail("classAtom");
              }
              if (currentOne("]")) {
                return res;
              }
              return parseHelperClassContents(res);
            }
            function parseClassAtom() {
              if (matchOne("-")) {
                return createCharacter("-");
              } else {
                return parseClassAtomNoDash();
              }
            }
            function parseClassAtomNoDash() {
              var res;
              switch (res = lookahead()) {
                case "\\": {
                  incr();
                  res = parseClassEscape();
                  if (!res) {
                    if (!isUnicodeMode && lookahead() == "c") {
                      return createCharacter("\\");
                    }
                    bail("classEscape");
                  }
                  return parseUnicodeSurrogatePairEscape(res, isUnicodeMode);
                }
                case "]":
                case "-":
                  break;
                default:
                  incr();
                  return createCharacter(res);
              }
            }
            function parseClassSetExpression() {
              var body = [];
              var kind;
              var operand = parseClassSetOperand(
                /* allowRanges*/
                true
              );
              body.push(operand);
              if (operand.type === "classRange") {
                kind = "union";
              } else if (currentOne("&")) {
                kind = "intersection";
              } else if (currentOne("-")) {
                kind = "subtraction";
              } else {
                kind = "union";
              }
              while (!currentOne("]")) {
                if (kind === "intersection") {
                  skip("&");
                  skip("&");
                  if (currentOne("&")) {
                    bail("&& cannot be followed by &. Wrap it in brackets: &&[&].");
                  }
                } else if (kind === "subtraction") {
                  skip("-");
                  skip("-");
                }
                operand = parseClassSetOperand(
                  /* allowRanges*/
                  kind === "union"
                );
                body.push(operand);
              }
              return { kind, body };
            }
            function parseClassSetOperand(allowRanges) {
              var from = pos;
              var start, res;
              if (matchOne("\\")) {
                if (match("q{")) {
                  return parseClassStringDisjunction();
                } else if (res = parseClassEscape()) {
                  start = res;
                } else if (res = parseClassSetCharacterEscapedHelper()) {
                  return res;
                } else {
                  bail("Invalid escape", "\\" + lookahead(), from);
                }
              } else if (res = parseClassSetCharacterUnescapedHelper()) {
                start = res;
              } else if (res = parseCharacterClass()) {
                return res;
              } else {
                bail("Invalid character", lookahead());
              }
              if (allowRanges && currentOne("-") && !next("-")) {
                incr();
                if (res = parseClassSetCharacter()) {
                  return createClassRange(start, res, from, pos);
                }
                bail("Invalid range end", lookahead());
              }
              return start;
            }
            function parseClassSetCharacter() {
              if (matchOne("\\")) {
                var res, from = pos;
                if (res = parseClassSetCharacterEscapedHelper()) {
                  return res;
                } else {
                  bail("Invalid escape", "\\" + lookahead(), from);
                }
              }
              return parseClassSetCharacterUnescapedHelper();
            }
            function parseClassSetCharacterUnescapedHelper() {
              var res;
              if (matchReg(/^(?:&&|!!|##|\$\$|%%|\*\*|\+\+|,,|\.\.|::|;;|<<|==|>>|\?\?|@@|\^\^|``|~~)/)) {
                bail("Invalid set operation in character class");
              }
              if (res = matchReg(/^[^()[\]{}/\-\\|]/)) {
                return createCharacter(res);
              }
            }
            function parseClassSetCharacterEscapedHelper() {
              var res;
              if (matchOne("b")) {
                return createEscaped("singleEscape", 8, "\\b");
              } else if (matchOne("B")) {
                bail("\\B not possible inside of ClassContents", "", pos - 2);
              } else if (res = matchReg(/^[&\-!#%,:;<=>@`~]/)) {
                return createEscaped("identifier", res[0].codePointAt(0), res[0]);
              } else if (res = parseCharacterEscape()) {
                return res;
              } else {
                return null;
              }
            }
            function parseClassStringDisjunction() {
              var from = pos - 3;
              var res = [];
              do {
                res.push(parseClassString());
              } while (matchOne("|"));
              skip("}");
              return createClassStrings(res, from, pos);
            }
            function parseClassString() {
              var res = [], from = pos;
              var char;
              while (char = parseClassSetCharacter()) {
                res.push(char);
              }
              return createClassString(res, from, pos);
            }
            function bail(message2, details, from, to) {
              from = from == null ? pos : from;
              to = to == null ? from : to;
              var contextStart = Math.max(0, from - 10);
              var contextEnd = Math.min(to + 10, str.length);
              var context = "    " + str.substring(contextStart, contextEnd);
              var pointer = "    " + new Array(from - contextStart + 1).join(" ") + "^";
              throw SyntaxError(message2 + " at position " + from + (details ? ": " + details : "") + "\n" + context + "\n" + pointer);
            }
            var backrefDenied = [];
            var closedCaptureCounter = 0;
            var firstIteration = true;
            var shouldReparse = false;
            var hasUnicodeFlag = (flags || "").indexOf("u") !== -1;
            var hasUnicodeSetFlag = (flags || "").indexOf("v") !== -1;
            var isUnicodeMode = hasUnicodeFlag || hasUnicodeSetFlag;
            var pos = 0;
            if (hasUnicodeSetFlag && !features.unicodeSet) {
              throw new Error('The "v" flag is only supported when the .unicodeSet option is enabled.');
            }
            if (hasUnicodeFlag && hasUnicodeSetFlag) {
              throw new Error('The "u" and "v" flags are mutually exclusive.');
            }
            str = String(str);
            if (str === "") {
              str = "(?:)";
            }
            var result = parseDisjunction();
            if (result.range[1] !== str.length) {
              bail("Could not parse entire input - got stuck", "", result.range[1]);
            }
            shouldReparse = shouldReparse || backrefDenied.some(function(ref) {
              return ref <= closedCaptureCounter;
            });
            if (shouldReparse) {
              pos = 0;
              firstIteration = false;
              return parseDisjunction();
            }
            return result;
          }
          var regjsparser = {
            parse: parse3
          };
          if (module2.exports) {
            module2.exports = regjsparser;
          } else {
            window.regjsparser = regjsparser;
          }
        })();
      })(parser);
      var parserExports = parser.exports;
      function parse2(pattern, unicode) {
        var ast = parserExports.parse(pattern, unicode ? "u" : "", {
          lookbehind: true,
          unicodePropertyEscape: true
        });
        return ast;
      }
      function last(input) {
        var length = input.length;
        return length ? input[length - 1] : null;
      }
      function dropCommon(a, b) {
        var commonLevels;
        for (commonLevels = 0; commonLevels < a.length && commonLevels < b.length && a[commonLevels] === b[commonLevels]; commonLevels++)
          ;
        return {
          a: a.slice(commonLevels),
          b: b.slice(commonLevels)
        };
      }
      var lookaheadBehaviours$1 = [
        "lookahead",
        "lookbehind",
        "negativeLookahead",
        "negativeLookbehind"
      ];
      function replace(input, replacement, start, end) {
        return "".concat(input.slice(0, start)).concat(replacement).concat(input.slice(end));
      }
      function shiftOffsets(_a) {
        var after = _a.after, offsets = _a.offsets, shiftAmount = _a.shiftAmount;
        return new Set(__spreadArray([], __read(offsets), false).map(function(offset) {
          return offset > after ? offset + shiftAmount : offset;
        }));
      }
      function quantifierIterationsToString(quantifier) {
        if (quantifier.symbol) {
          return "".concat(quantifier.symbol).concat(quantifier.greedy ? "" : "?");
        }
        if (quantifier.min === quantifier.max) {
          return "{".concat(quantifier.min, "}");
        }
        return "{".concat(quantifier.min, ",").concat(quantifier.max || "", "}").concat(quantifier.greedy ? "" : "?");
      }
      function alreadyHasStartAnchorReplacement(node) {
        if (node.type !== "alternative")
          return false;
        var body = node.body;
        if (body.length < 1)
          return false;
        var _a = __read(body, 1), maybeQuantifier = _a[0];
        if (maybeQuantifier.type !== "quantifier")
          return false;
        if (maybeQuantifier.min !== 0)
          return false;
        if (maybeQuantifier.max !== void 0)
          return false;
        if (maybeQuantifier.greedy)
          return false;
        var maybeCharacterClass = maybeQuantifier.body[0];
        if (maybeCharacterClass.type !== "characterClass")
          return false;
        maybeCharacterClass.kind;
        if (maybeCharacterClass.body.length !== 0)
          return false;
        if (!maybeCharacterClass.negative)
          return false;
        return true;
      }
      function isMissingStartAnchor(rootNode) {
        if (alreadyHasStartAnchorReplacement(rootNode))
          return false;
        var check = function(node) {
          var e_1, _a;
          if (node.type === "anchor") {
            if (node.kind === "start")
              return "anchor";
            return null;
          }
          if (node.type === "quantifier" && node.max === 0)
            return null;
          if (node.type === "alternative" || node.type === "group" || node.type === "quantifier") {
            var mayBeSkipped = node.type === "quantifier" && node.min === 0;
            try {
              for (var _b = __values(node.body), _c = _b.next(); !_c.done; _c = _b.next()) {
                var child = _c.value;
                var res = check(child);
                if (res === "consumingNode")
                  return "consumingNode";
                if (res === "anchor") {
                  if (!mayBeSkipped)
                    return "anchor";
                  return null;
                }
              }
            } catch (e_1_1) {
              e_1 = { error: e_1_1 };
            } finally {
              try {
                if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
              } finally {
                if (e_1) throw e_1.error;
              }
            }
            return null;
          }
          if (node.type === "disjunction") {
            var res = node.body.map(function(child2) {
              return check(child2);
            });
            if (res.some(function(a) {
              return a === "consumingNode";
            }))
              return "consumingNode";
            if (res.every(function(a) {
              return a === "anchor";
            }))
              return "anchor";
            return null;
          }
          return "consumingNode";
        };
        return check(rootNode) === "consumingNode";
      }
      function getRawWithoutCapturingGroupsOrLookaheads(rootNode) {
        var referencesWithOffset = /* @__PURE__ */ new Map();
        var walk2 = function(node, offset) {
          var walkAll = function(nodes, startOffset) {
            var result2 = "";
            nodes.forEach(function(a) {
              result2 += walk2(a, startOffset + result2.length);
            });
            return result2;
          };
          switch (node.type) {
            case "anchor":
            case "characterClass":
            case "characterClassEscape":
            case "unicodePropertyEscape":
            case "value":
            case "dot":
              return node.raw;
            case "reference": {
              referencesWithOffset.set(node, offset);
              return node.raw;
            }
            case "group": {
              switch (node.behavior) {
                case "normal":
                  return "(?:".concat(walkAll(node.body, offset + 3), ")");
                case "ignore":
                  return "(?:".concat(walkAll(node.body, offset + 3), ")");
                case "lookahead":
                case "lookbehind":
                case "negativeLookahead":
                case "negativeLookbehind":
                  return "";
              }
            }
            // eslint-disable-next-line no-fallthrough
            case "disjunction": {
              var res_1 = "";
              node.body.forEach(function(a, i) {
                if (i > 0)
                  res_1 += "|";
                res_1 += walk2(a, offset + res_1.length);
              });
              return res_1;
            }
            case "alternative":
              return walkAll(node.body, offset);
            case "quantifier": {
              return "".concat(walk2(node.body[0], offset)).concat(quantifierIterationsToString(node));
            }
          }
        };
        var result = walk2(rootNode, 0);
        return {
          referencesWithOffset,
          result
        };
      }
      function downgradePattern(_a) {
        var pattern = _a.pattern, unicode = _a.unicode;
        var run = function(lastResult2) {
          var ast = parse2(lastResult2.pattern, unicode);
          var actions = [];
          var needsStartAnchorReplacement = false;
          var needsWrappingInGroup = ast.type === "disjunction";
          var groups = /* @__PURE__ */ new Map();
          var infiniteGroups = /* @__PURE__ */ new Set();
          var nextGroupIndex = 1;
          var lookaheadOnlyContainsGroup = function(lookahead, group) {
            if (lookahead.body.length !== 1)
              return false;
            var node = lookahead.body[0];
            return node === group;
          };
          var walkAll = function(_a2) {
            var nodeStack = _a2.nodeStack, nodes = _a2.nodes, passedStartAnchor = _a2.passedStartAnchor, serial = _a2.serial;
            var justHadLookahead = null;
            nodes.forEach(function(expression) {
              if (serial) {
                walk2({
                  immediatelyPrecedingLookahead: justHadLookahead,
                  node: expression,
                  nodeStack,
                  passedStartAnchor
                });
                justHadLookahead = expression.type === "group" && expression.behavior === "lookahead" ? expression : null;
              } else {
                walk2({
                  immediatelyPrecedingLookahead: justHadLookahead,
                  node: expression,
                  nodeStack,
                  passedStartAnchor: __assign({}, passedStartAnchor)
                });
              }
            });
          };
          var walk2 = function(_a2) {
            var immediatelyPrecedingLookahead = _a2.immediatelyPrecedingLookahead, node = _a2.node, nodeStack = _a2.nodeStack, passedStartAnchor = _a2.passedStartAnchor;
            var onConsumingNode = function() {
              if (!passedStartAnchor.value) {
                needsStartAnchorReplacement = true;
              }
            };
            switch (node.type) {
              case "characterClass":
              case "characterClassEscape":
              case "unicodePropertyEscape":
              case "value":
              case "dot":
                onConsumingNode();
                return;
              case "anchor": {
                if (node.kind === "start") {
                  passedStartAnchor.value = true;
                }
                return;
              }
              case "group": {
                var groupIndex = null;
                if (node.behavior === "normal") {
                  groupIndex = nextGroupIndex;
                  nextGroupIndex++;
                }
                walkAll({
                  nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                  nodes: node.body,
                  passedStartAnchor,
                  serial: true
                });
                if (groupIndex !== null && node.behavior === "normal") {
                  groups.set(groupIndex, { group: node, stack: __spreadArray([], __read(nodeStack), false) });
                }
                return;
              }
              case "disjunction": {
                walkAll({
                  nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                  nodes: node.body,
                  passedStartAnchor,
                  serial: false
                });
                return;
              }
              case "alternative": {
                walkAll({
                  nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                  nodes: node.body,
                  passedStartAnchor,
                  serial: true
                });
                return;
              }
              case "quantifier": {
                if (node.max !== 0) {
                  if (node.max === void 0) {
                    __spreadArray([], __read(nodeStack), false).reverse().some(function(stackNode) {
                      if (stackNode.type === "group") {
                        if (lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0) {
                          return true;
                        }
                        infiniteGroups.add(stackNode);
                      }
                      return false;
                    });
                  }
                  walkAll({
                    nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                    nodes: node.body,
                    passedStartAnchor: node.min === 0 ? __assign({}, passedStartAnchor) : passedStartAnchor,
                    serial: true
                  });
                }
                return;
              }
              case "reference": {
                onConsumingNode();
                var entry = groups.get(node.matchIndex);
                if (entry) {
                  var group = entry.group, stack = entry.stack;
                  var localStack = dropCommon(stack, nodeStack).a;
                  var lookaheadStack = localStack.flatMap(function(stackNode) {
                    return stackNode.type === "group" && lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0 ? [stackNode] : [];
                  });
                  var groupMayNotBeReached = localStack.some(function(stackNode) {
                    return stackNode.type === "disjunction" || stackNode.type === "quantifier" && stackNode.min === 0;
                  });
                  var groupInLookahead = lookaheadStack.length > 0;
                  var groupCouldBeSet = lookaheadStack.every(function(value) {
                    return value.behavior !== "negativeLookahead" && value.behavior !== "negativeLookbehind";
                  });
                  if (groupCouldBeSet && (groupInLookahead || infiniteGroups.has(group))) {
                    var atomic = !!immediatelyPrecedingLookahead && lookaheadOnlyContainsGroup(immediatelyPrecedingLookahead, group);
                    var optional = groupInLookahead && groupMayNotBeReached;
                    actions.push({
                      atomicOrOptional: atomic ? "atomic" : optional ? "optional" : null,
                      group,
                      reference: node
                    });
                  }
                }
                return;
              }
            }
          };
          walk2({
            immediatelyPrecedingLookahead: null,
            node: ast,
            nodeStack: [],
            passedStartAnchor: { value: false }
          });
          var newPattern = lastResult2.pattern;
          var atomicGroupOffsets = new Set(lastResult2.atomicGroupOffsets);
          var needToRerun2 = false;
          __spreadArray([], __read(actions), false).sort(function(a, b) {
            return b.reference.range[0] - a.reference.range[0];
          }).forEach(function(action) {
            var atomicOrOptional = action.atomicOrOptional, group = action.group, _a2 = __read(action.reference.range, 2), referenceStart = _a2[0], referenceEnd = _a2[1];
            var _b2 = getRawWithoutCapturingGroupsOrLookaheads(group), result2 = _b2.result, referencesWithOffset = _b2.referencesWithOffset;
            if (referencesWithOffset.size > 0) {
              needToRerun2 = true;
            }
            var replacement = atomicOrOptional === "optional" ? "(?:".concat(result2, "?)") : result2;
            newPattern = replace(newPattern, replacement, referenceStart, referenceEnd);
            var shiftAmount = replacement.length - (referenceEnd - referenceStart);
            atomicGroupOffsets = shiftOffsets({
              after: referenceStart,
              offsets: atomicGroupOffsets,
              shiftAmount
            });
            if (atomicOrOptional === "atomic") {
              atomicGroupOffsets.add(referenceStart);
            }
            actions.forEach(function(_a3) {
              var innerAtomicOrOptional = _a3.atomicOrOptional, innerReference = _a3.reference;
              if (innerAtomicOrOptional === "atomic") {
                var offset = referencesWithOffset.get(innerReference);
                if (offset !== void 0) {
                  atomicGroupOffsets.add(referenceStart + offset);
                }
              }
            });
          });
          if (needsStartAnchorReplacement && !alreadyHasStartAnchorReplacement(ast)) {
            if (needsWrappingInGroup) {
              newPattern = "(?:".concat(newPattern, ")");
            }
            newPattern = "[^]*?".concat(newPattern);
            atomicGroupOffsets = shiftOffsets({
              after: -1,
              offsets: atomicGroupOffsets,
              shiftAmount: needsWrappingInGroup ? 8 : 5
            });
          }
          return { needToRerun: needToRerun2, result: { atomicGroupOffsets, pattern: newPattern } };
        };
        var lastResult = {
          atomicGroupOffsets: /* @__PURE__ */ new Set(),
          pattern
        };
        for (; ; ) {
          var _b = run(lastResult), result = _b.result, needToRerun = _b.needToRerun;
          lastResult = result;
          if (!needToRerun) {
            break;
          }
        }
        return lastResult;
      }
      var _version = "6.1.4";
      function buildFinalizationRegistry(cleanupCallback) {
        return new FinalizationRegistry(cleanupCallback);
      }
      var forkSymbol = /* @__PURE__ */ Symbol("fork");
      var pendingResultsSymbol = /* @__PURE__ */ Symbol("pendingResults");
      function buildForkableIterator(source) {
        var onResult = /* @__PURE__ */ new Set();
        var registry = buildFinalizationRegistry(function(onResultCallback) {
          onResult.delete(onResultCallback);
        });
        var readSource = function() {
          var result = source.next();
          onResult.forEach(function(fn) {
            return fn(result);
          });
        };
        var makeFork = function(initialPendingResults) {
          var _a;
          var iterator = (_a = {}, _a[forkSymbol] = function() {
            return makeFork(this[pendingResultsSymbol]);
          }, _a[pendingResultsSymbol] = initialPendingResults.slice(0), _a.next = function(value) {
            if (value !== void 0) {
              throw new Error("`ForkableIterator` `next()` cannot take a value");
            }
            var pendingResults = this[pendingResultsSymbol];
            if (!pendingResults.length) {
              readSource();
            }
            return pendingResults.shift();
          }, _a);
          var ref = new WeakRef(iterator);
          var callback = function(result) {
            var maybeIterator = ref.deref();
            maybeIterator === null || maybeIterator === void 0 ? void 0 : maybeIterator[pendingResultsSymbol].push(result);
          };
          registry.register(iterator, callback);
          onResult.add(callback);
          return iterator;
        };
        return makeFork([]);
      }
      function fork(forkableIterator) {
        if (!forkableIterator || !forkableIterator[forkSymbol]) {
          throw new Error("The provided value was not a `ForkableIterator` from `buildForkableIterator()`");
        }
        return forkableIterator[forkSymbol]();
      }
      function emptyReader() {
        return __generator(this, function(_a) {
          return [
            2
            /*return*/
          ];
        });
      }
      function buildForkableReader(sourceReader) {
        return buildForkableIterator(sourceReader);
      }
      function chainReaders(readers) {
        var readers_1, readers_1_1, reader, next, e_1_1;
        var e_1, _a;
        return __generator(this, function(_b) {
          switch (_b.label) {
            case 0:
              _b.trys.push([0, 6, 7, 8]);
              readers_1 = __values(readers), readers_1_1 = readers_1.next();
              _b.label = 1;
            case 1:
              if (!!readers_1_1.done) return [3, 5];
              reader = readers_1_1.value;
              next = void 0;
              _b.label = 2;
            case 2:
              if (!!(next = reader.next()).done) return [3, 4];
              return [4, next.value];
            case 3:
              _b.sent();
              return [3, 2];
            case 4:
              readers_1_1 = readers_1.next();
              return [3, 1];
            case 5:
              return [3, 8];
            case 6:
              e_1_1 = _b.sent();
              e_1 = { error: e_1_1 };
              return [3, 8];
            case 7:
              try {
                if (readers_1_1 && !readers_1_1.done && (_a = readers_1.return)) _a.call(readers_1);
              } finally {
                if (e_1) throw e_1.error;
              }
              return [
                7
                /*endfinally*/
              ];
            case 8:
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function buildArrayReader(input) {
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              return [5, __values(input)];
            case 1:
              _a.sent();
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function subtractRanges(source, toSubtract) {
        var res = [];
        if (source[0] < toSubtract[0]) {
          res.push([source[0], Math.min(toSubtract[0] - 1, source[1])]);
        }
        if (source[1] > toSubtract[1]) {
          res.push([Math.max(toSubtract[1] + 1, source[0]), source[1]]);
        }
        return res;
      }
      function intersectRanges(a, b) {
        var startShared = Math.max(a[0], b[0]);
        var endShared = Math.min(a[1], b[1]);
        if (startShared > endShared) {
          return null;
        }
        return [startShared, endShared];
      }
      function createRanges(set) {
        var ascending = __spreadArray([], __read(set), false).sort(function(a, b) {
          return a - b;
        });
        var ranges = [];
        var startIndex = 0;
        for (var i = 0; i < ascending.length; i++) {
          var startValue = ascending[startIndex];
          var currentValue = ascending[i];
          var nextValue = i + 1 < ascending.length ? ascending[i + 1] : null;
          if (nextValue === null || nextValue - startValue !== i - startIndex + 1) {
            ranges.push([startValue, currentValue]);
            startIndex = i + 1;
          }
        }
        return ranges;
      }
      function invertRanges(ranges) {
        var result = [];
        for (var i = 0; i < ranges.length + 1; i++) {
          var prev = i - 1 >= 0 ? ranges[i - 1] : null;
          var current = i < ranges.length ? ranges[i] : null;
          var start = prev ? prev[1] + 1 : -Infinity;
          var end = current ? current[0] - 1 : Infinity;
          if (start - end === 1)
            continue;
          if (start > end)
            throw new Error("Internal error: invalid ranges input");
          result.push([start, end]);
        }
        return result;
      }
      function isEmptyCharacterGroups(group) {
        return !group.rangesNegated && !group.ranges.length && !group.unicodePropertyEscapes.size;
      }
      function intersectCharacterGroups(a, b) {
        var e_1, _a;
        var _b, _c;
        var newRanges;
        var newNegated;
        if (!a.rangesNegated) {
          if (!b.rangesNegated) {
            newNegated = false;
            newRanges = [];
            a.ranges.forEach(function(aRange) {
              b.ranges.forEach(function(bRange) {
                var intersection = intersectRanges(aRange, bRange);
                if (intersection)
                  newRanges.push(intersection);
              });
            });
          } else {
            newNegated = false;
            newRanges = __spreadArray([], __read(a.ranges), false);
            b.ranges.forEach(function(bRange) {
              var narrowed = [];
              newRanges.forEach(function(aRange) {
                narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(aRange, bRange)), false));
              });
              newRanges = narrowed;
            });
          }
        } else {
          if (!b.rangesNegated) {
            newNegated = false;
            newRanges = __spreadArray([], __read(b.ranges), false);
            a.ranges.forEach(function(aRange) {
              var narrowed = [];
              newRanges.forEach(function(bRange) {
                narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(bRange, aRange)), false));
              });
              newRanges = narrowed;
            });
          } else {
            newNegated = true;
            newRanges = __spreadArray(__spreadArray([], __read(a.ranges), false), __read(b.ranges), false);
          }
        }
        var allUnicodePropertyEscapes = new Set(__spreadArray(__spreadArray([], __read(a.unicodePropertyEscapes.keys()), false), __read(b.unicodePropertyEscapes.keys()), false));
        var newUnicodePropertyEscapes = /* @__PURE__ */ new Map();
        try {
          for (var allUnicodePropertyEscapes_1 = __values(allUnicodePropertyEscapes), allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next(); !allUnicodePropertyEscapes_1_1.done; allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next()) {
            var unicodePropertyEscape = allUnicodePropertyEscapes_1_1.value;
            var aEscape = (_b = a.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _b !== void 0 ? _b : null;
            var bEscape = (_c = b.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _c !== void 0 ? _c : null;
            if (aEscape !== null && bEscape === null) {
              newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
            } else if (aEscape === null && bEscape !== null) {
              newUnicodePropertyEscapes.set(unicodePropertyEscape, bEscape);
            } else if (aEscape !== null && bEscape !== null && aEscape === bEscape) {
              newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
            }
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (allUnicodePropertyEscapes_1_1 && !allUnicodePropertyEscapes_1_1.done && (_a = allUnicodePropertyEscapes_1.return)) _a.call(allUnicodePropertyEscapes_1);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        return {
          ranges: newRanges,
          rangesNegated: newNegated,
          unicodePropertyEscapes: newUnicodePropertyEscapes
        };
      }
      function buildEndReader(offset) {
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              return [4, {
                bounded: false,
                offset,
                stack: [],
                subType: "end",
                type: characterReaderTypeCharacterEntry
              }];
            case 1:
              _a.sent();
              throw new Error("Internal error: should not be reading after end");
          }
        });
      }
      function join3(getAction, getReader) {
        var _join = function(_getAction, _getReader, timeSinceEmitSomething) {
          var i, action, emittedSomething, reader, next, _loop_1;
          if (timeSinceEmitSomething === void 0) {
            timeSinceEmitSomething = 0;
          }
          return __generator(this, function(_a) {
            switch (_a.label) {
              case 0:
                i = 0;
                _a.label = 1;
              case 1:
                action = _getAction(i, timeSinceEmitSomething);
                if (!(action === "stop")) return [3, 2];
                return [
                  2
                  /*return*/
                ];
              case 2:
                if (!(action === "fork")) return [3, 4];
                return [4, {
                  reader: function() {
                    return emptyReader();
                  },
                  subType: null,
                  type: characterReaderTypeSplit
                }];
              case 3:
                _a.sent();
                _a.label = 4;
              case 4:
                emittedSomething = false;
                reader = _getReader(i);
                next = void 0;
                _loop_1 = function() {
                  var value, _b, _i_1, _timeSinceEmittedSomething_1;
                  return __generator(this, function(_c) {
                    switch (_c.label) {
                      case 0:
                        value = next.value;
                        _b = value.type;
                        switch (_b) {
                          case characterReaderTypeSplit:
                            return [3, 1];
                          case characterReaderTypeCharacterEntry:
                            return [3, 3];
                        }
                        return [3, 5];
                      case 1:
                        _i_1 = i;
                        _timeSinceEmittedSomething_1 = timeSinceEmitSomething;
                        return [4, {
                          reader: function() {
                            return _join(function(innerIndex, innerTimeSinceEmittedSomething) {
                              return innerIndex === 0 ? "continue" : _getAction(innerIndex + _i_1, innerTimeSinceEmittedSomething);
                            }, function(innerIndex) {
                              return innerIndex === 0 ? value.reader() : _getReader(innerIndex + _i_1);
                            }, _timeSinceEmittedSomething_1);
                          },
                          subType: value.subType,
                          type: characterReaderTypeSplit
                        }];
                      case 2:
                        _c.sent();
                        return [3, 5];
                      case 3:
                        if (value.subType !== "null" && value.subType !== "start" && value.subType !== "end") {
                          emittedSomething = true;
                        }
                        return [4, value];
                      case 4:
                        _c.sent();
                        return [3, 5];
                      case 5:
                        return [
                          2
                          /*return*/
                        ];
                    }
                  });
                };
                _a.label = 5;
              case 5:
                if (!!(next = reader.next()).done) return [3, 7];
                return [5, _loop_1()];
              case 6:
                _a.sent();
                return [3, 5];
              case 7:
                timeSinceEmitSomething = emittedSomething ? 0 : timeSinceEmitSomething + 1;
                _a.label = 8;
              case 8:
                i++;
                return [3, 1];
              case 9:
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        return _join(getAction, getReader);
      }
      function joinArray(input) {
        var length = input.length;
        return join3(function(i) {
          return i < length ? "continue" : "stop";
        }, function(i) {
          return input[i]();
        });
      }
      function buildSequenceCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, nodes = _a.nodes;
        return joinArray(nodes.map(function(node) {
          return function() {
            return buildCharacterReader({ caseInsensitive, dotAll, node });
          };
        }));
      }
      function map(reader, handle) {
        var startThread = function(innerReader) {
          var next, _loop_1;
          return __generator(this, function(_a) {
            switch (_a.label) {
              case 0:
                _loop_1 = function() {
                  var value, _b;
                  return __generator(this, function(_c) {
                    switch (_c.label) {
                      case 0:
                        value = next.value;
                        _b = value.type;
                        switch (_b) {
                          case characterReaderTypeSplit:
                            return [3, 1];
                          case characterReaderTypeCharacterEntry:
                            return [3, 3];
                        }
                        return [3, 5];
                      case 1:
                        return [4, {
                          reader: function() {
                            return startThread(value.reader());
                          },
                          subType: value.subType,
                          type: characterReaderTypeSplit
                        }];
                      case 2:
                        _c.sent();
                        return [3, 5];
                      case 3:
                        return [4, handle(value)];
                      case 4:
                        _c.sent();
                        return [3, 5];
                      case 5:
                        return [
                          2
                          /*return*/
                        ];
                    }
                  });
                };
                _a.label = 1;
              case 1:
                if (!!(next = innerReader.next()).done) return [3, 3];
                return [5, _loop_1()];
              case 2:
                _a.sent();
                return [3, 1];
              case 3:
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        return startThread(reader);
      }
      function getGroups(stack) {
        return new Set(stack.flatMap(function(entry) {
          return entry.type === "group" ? [entry.group] : [];
        }));
      }
      function getLookaheadStack(stack) {
        var e_1, _a;
        var lookaheadStack = [];
        try {
          for (var stack_1 = __values(stack), stack_1_1 = stack_1.next(); !stack_1_1.done; stack_1_1 = stack_1.next()) {
            var entry = stack_1_1.value;
            if (entry.type === "group") {
              var group = entry.group;
              var behavior = group.behavior;
              if (behavior === "lookbehind" || behavior === "negativeLookbehind" || behavior === "negativeLookahead" || behavior === "lookahead") {
                lookaheadStack.push(group);
              }
            }
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (stack_1_1 && !stack_1_1.done && (_a = stack_1.return)) _a.call(stack_1);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        return lookaheadStack;
      }
      function buildGroupCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
        switch (node.behavior) {
          case "lookbehind":
          case "negativeLookbehind":
          case "lookahead":
          case "negativeLookahead": {
            return buildArrayReader([
              {
                reader: function() {
                  return joinArray([
                    function() {
                      return map(buildSequenceCharacterReader({
                        caseInsensitive,
                        dotAll,
                        nodes: node.body
                      }), function(value) {
                        return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: "group" }], __read(value.stack), false) });
                      });
                    },
                    function() {
                      return buildEndReader(node.range[1]);
                    }
                  ]);
                },
                subType: node.behavior,
                type: characterReaderTypeSplit
              }
            ]);
          }
          case "ignore":
          case "normal": {
            return map(buildSequenceCharacterReader({
              caseInsensitive,
              dotAll,
              nodes: node.body
            }), function(value) {
              return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: "group" }], __read(value.stack), false) });
            });
          }
        }
      }
      function buildNullCharacterReader(offset) {
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              return [4, {
                offset,
                stack: [],
                subType: "null",
                type: characterReaderTypeCharacterEntry
              }];
            case 1:
              _a.sent();
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function mustGet(map2, key) {
        if (!map2.has(key)) {
          throw new Error("Internal error: map missing key");
        }
        return map2.get(key);
      }
      function buildQuantifiersInInfinitePortion(stack, nodeExtra) {
        var exhaustive = stack.some(function(entry) {
          if (entry.type !== "group" || entry.group.behavior !== "normal") {
            return false;
          }
          var index = mustGet(nodeExtra.capturingGroupToIndex, entry.group);
          var hasReference = nodeExtra.reachableReferences.some(function(reference) {
            return reference.matchIndex === index;
          });
          return hasReference;
        });
        if (exhaustive)
          return /* @__PURE__ */ new Set();
        return new Set(stack.flatMap(function(entry) {
          return entry.type === "quantifier" ? [entry] : [];
        }).filter(function(_a) {
          var iteration = _a.iteration, quantifier = _a.quantifier;
          return iteration >= 1 && iteration >= quantifier.min;
        }).map(function(_a) {
          var quantifier = _a.quantifier;
          return quantifier;
        }));
      }
      function buildQuantifierIterations(stack) {
        var res = /* @__PURE__ */ new Map();
        stack.flatMap(function(entry) {
          return entry.type === "quantifier" ? [entry] : [];
        }).forEach(function(_a) {
          var iteration = _a.iteration, quantifier = _a.quantifier;
          return res.set(quantifier, iteration);
        });
        return res;
      }
      function buildQuantifierCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
        var min = node.min, _b = node.max, max = _b === void 0 ? Infinity : _b;
        return joinArray([
          // always emit the null first so that we always emit something in cases where the loop is empty
          function() {
            return buildNullCharacterReader(node.body[0].range[0]);
          },
          function() {
            return join3(function(i, timeSinceEmit) {
              if (timeSinceEmit > 1)
                return "stop";
              if (i >= max)
                return "stop";
              if (i >= min)
                return "fork";
              return "continue";
            }, function(i) {
              return map(joinArray(__spreadArray(__spreadArray([], __read(i > 0 ? [
                function() {
                  return buildNullCharacterReader(node.body[0].range[0]);
                }
              ] : []), false), [
                function() {
                  return buildCharacterReader({
                    caseInsensitive,
                    dotAll,
                    node: node.body[0]
                  });
                }
              ], false)), function(value) {
                return __assign(__assign({}, value), { stack: __spreadArray([
                  {
                    iteration: i,
                    quantifier: node,
                    type: "quantifier"
                  }
                ], __read(value.stack), false) });
              });
            });
          }
        ]);
      }
      function buildAnchorReader(node) {
        var _a;
        return __generator(this, function(_b) {
          switch (_b.label) {
            case 0:
              _a = node.kind;
              switch (_a) {
                case "end":
                  return [3, 1];
                case "start":
                  return [3, 3];
                case "boundary":
                  return [3, 5];
                case "not-boundary":
                  return [3, 5];
              }
              return [3, 6];
            case 1:
              return [4, {
                bounded: true,
                offset: node.range[0],
                stack: [],
                subType: "end",
                type: characterReaderTypeCharacterEntry
              }];
            case 2:
              _b.sent();
              throw new Error("Internal error: should not be reading after end");
            case 3:
              return [4, {
                offset: node.range[0],
                stack: [],
                subType: "start",
                type: characterReaderTypeCharacterEntry
              }];
            case 4:
              _b.sent();
              return [3, 6];
            case 5: {
              return [3, 6];
            }
            case 6:
              return [
                2
                /*return*/
              ];
          }
        });
      }
      var dRanges = [[48, 57]];
      var inverseDRanges = invertRanges(dRanges);
      var wRanges = [
        [48, 57],
        [65, 90],
        [95, 95],
        [97, 122]
      ];
      var inverseWRanges = invertRanges(wRanges);
      var sRanges = [
        [9, 9],
        [10, 10],
        [11, 11],
        [12, 12],
        [13, 13],
        [32, 32],
        [160, 160],
        [5760, 5760],
        [8192, 8202],
        [8232, 8233],
        [8239, 8239],
        [8287, 8287],
        [12288, 12288],
        [65279, 65279]
      ];
      var inverseSRanges = invertRanges(sRanges);
      function characterClassEscapeToRange(value) {
        switch (value) {
          case "d":
          case "D": {
            return value === "d" ? dRanges : inverseDRanges;
          }
          case "w":
          case "W": {
            return value === "w" ? wRanges : inverseWRanges;
          }
          case "s":
          case "S": {
            return value === "s" ? sRanges : inverseSRanges;
          }
        }
      }
      function buildCharacterClassEscapeReader(node) {
        var value, ranges;
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              value = node.value;
              ranges = characterClassEscapeToRange(value);
              return [4, {
                characterGroups: {
                  ranges,
                  rangesNegated: false,
                  unicodePropertyEscapes: /* @__PURE__ */ new Map()
                },
                node,
                stack: [],
                subType: "groups",
                type: characterReaderTypeCharacterEntry
              }];
            case 1:
              _a.sent();
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function toCodePoint(input) {
        if (input.length > 1)
          return null;
        var codePoint = input.codePointAt(0);
        if (!codePoint)
          throw new Error("Internal error: expected codepoint");
        return codePoint;
      }
      function toUpperCaseCodePoint(codePoint) {
        var upperCase = String.fromCodePoint(codePoint).toUpperCase();
        var upperCodePoint = toCodePoint(upperCase);
        return upperCodePoint !== null ? upperCodePoint : codePoint;
      }
      function buildCodePointRanges(_a) {
        var caseInsensitive = _a.caseInsensitive, highCodePoint = _a.highCodePoint, lowCodePoint = _a.lowCodePoint;
        if (!caseInsensitive) {
          return [[lowCodePoint, highCodePoint]];
        }
        var codePoints = /* @__PURE__ */ new Set();
        for (var codePoint = lowCodePoint; codePoint <= highCodePoint; codePoint++) {
          codePoints.add(toUpperCaseCodePoint(codePoint));
        }
        return createRanges(codePoints);
      }
      function codePointFromValue(_a) {
        var caseInsensitive = _a.caseInsensitive, value = _a.value;
        var codePoint = value.codePoint;
        return caseInsensitive ? toUpperCaseCodePoint(codePoint) : codePoint;
      }
      function buildValueCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, node = _a.node;
        var codePoint = codePointFromValue({ caseInsensitive, value: node });
        return buildArrayReader([
          {
            characterGroups: {
              ranges: [[codePoint, codePoint]],
              rangesNegated: false,
              unicodePropertyEscapes: /* @__PURE__ */ new Map()
            },
            node,
            stack: [],
            subType: "groups",
            type: characterReaderTypeCharacterEntry
          }
        ]);
      }
      function buildCharacterClassCharacterReader(_a) {
        var e_1, _b;
        var caseInsensitive = _a.caseInsensitive, node = _a.node;
        var ranges = [];
        var unicodePropertyEscapes = /* @__PURE__ */ new Map();
        var matchesEverything = false;
        try {
          outer: for (var _c = __values(node.body), _d = _c.next(); !_d.done; _d = _c.next()) {
            var expression = _d.value;
            switch (expression.type) {
              case "value": {
                var codePoint = codePointFromValue({
                  caseInsensitive,
                  value: expression
                });
                ranges.push([codePoint, codePoint]);
                break;
              }
              case "characterClassRange": {
                ranges.push.apply(ranges, __spreadArray([], __read(buildCodePointRanges({
                  caseInsensitive,
                  highCodePoint: expression.max.codePoint,
                  lowCodePoint: expression.min.codePoint
                })), false));
                break;
              }
              case "characterClassEscape": {
                var value = expression.value;
                ranges.push.apply(ranges, __spreadArray([], __read(characterClassEscapeToRange(value)), false));
                break;
              }
              case "unicodePropertyEscape": {
                var resolvedNegative = expression.negative !== node.negative;
                if (unicodePropertyEscapes.get(expression.value) === !resolvedNegative) {
                  matchesEverything = true;
                  break outer;
                }
                unicodePropertyEscapes.set(expression.value, resolvedNegative);
                break;
              }
            }
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        return buildArrayReader([
          {
            characterGroups: matchesEverything ? { ranges: [], rangesNegated: true, unicodePropertyEscapes: /* @__PURE__ */ new Map() } : {
              ranges,
              rangesNegated: node.negative,
              unicodePropertyEscapes
            },
            node,
            stack: [],
            subType: "groups",
            type: characterReaderTypeCharacterEntry
          }
        ]);
      }
      function buildDisjunctionCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
        return chainReaders([
          buildArrayReader(node.body.slice(0, -1).map(function(part) {
            return {
              reader: function() {
                return buildCharacterReader({ caseInsensitive, dotAll, node: part });
              },
              subType: null,
              type: characterReaderTypeSplit
            };
          })),
          buildCharacterReader({
            caseInsensitive,
            dotAll,
            node: node.body[node.body.length - 1]
          })
        ]);
      }
      function buildDotCharacterReader(_a) {
        var dotAll = _a.dotAll, node = _a.node;
        return __generator(this, function(_b) {
          switch (_b.label) {
            case 0:
              return [4, {
                characterGroups: {
                  ranges: dotAll ? [] : (
                    // [\n\r\u2028-\u2029]
                    [
                      [10, 10],
                      [13, 13],
                      [8232, 8233]
                    ]
                  ),
                  rangesNegated: true,
                  unicodePropertyEscapes: /* @__PURE__ */ new Map()
                },
                node,
                stack: [],
                subType: "groups",
                type: characterReaderTypeCharacterEntry
              }];
            case 1:
              _b.sent();
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function buildReferenceCharacterReader(node) {
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              return [4, {
                node,
                referenceIndex: node.matchIndex,
                stack: [],
                subType: "reference",
                type: characterReaderTypeCharacterEntry
              }];
            case 1:
              _a.sent();
              return [
                2
                /*return*/
              ];
          }
        });
      }
      function buildUnicodePropertyEscapeCharacterReader(node) {
        return buildArrayReader([
          {
            characterGroups: {
              ranges: [],
              rangesNegated: false,
              unicodePropertyEscapes: /* @__PURE__ */ new Map([[node.value, node.negative]])
            },
            node,
            stack: [],
            subType: "groups",
            type: characterReaderTypeCharacterEntry
          }
        ]);
      }
      var characterReaderTypeCharacterEntry = /* @__PURE__ */ Symbol("characterReaderTypeCharacterEntry");
      var characterReaderTypeSplit = /* @__PURE__ */ Symbol("characterReaderTypeSplit");
      function buildCharacterReader(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
        switch (node.type) {
          case "anchor":
            return buildAnchorReader(node);
          case "characterClass":
            return buildCharacterClassCharacterReader({ caseInsensitive, node });
          case "characterClassEscape":
            return buildCharacterClassEscapeReader(node);
          case "unicodePropertyEscape":
            return buildUnicodePropertyEscapeCharacterReader(node);
          case "reference":
            return buildReferenceCharacterReader(node);
          case "value":
            return buildValueCharacterReader({ caseInsensitive, node });
          case "dot":
            return buildDotCharacterReader({ dotAll, node });
          case "alternative":
            return buildSequenceCharacterReader({
              caseInsensitive,
              dotAll,
              nodes: node.body
            });
          case "disjunction":
            return buildDisjunctionCharacterReader({ caseInsensitive, dotAll, node });
          case "group":
            return buildGroupCharacterReader({ caseInsensitive, dotAll, node });
          case "quantifier":
            return buildQuantifierCharacterReader({ caseInsensitive, dotAll, node });
        }
      }
      var characterReaderLevel1TypeSplit = /* @__PURE__ */ Symbol("characterReaderLevel2TypeSplit");
      var characterReaderLevel1TypeEntry = /* @__PURE__ */ Symbol("characterReaderLevel1TypeEntry");
      function buildCharacterReaderLevel1(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
        var startThread = function(reader, precedingZeroWidthEntries) {
          var next, _loop_1, state_1;
          return __generator(this, function(_a2) {
            switch (_a2.label) {
              case 0:
                _loop_1 = function() {
                  var _b, _c, value_1, _precedingZeroWidthEntries_1;
                  return __generator(this, function(_d) {
                    switch (_d.label) {
                      case 0:
                        _b = next.value.type;
                        switch (_b) {
                          case characterReaderTypeCharacterEntry:
                            return [3, 1];
                          case characterReaderTypeSplit:
                            return [3, 10];
                        }
                        return [3, 12];
                      case 1:
                        _c = next.value.subType;
                        switch (_c) {
                          case "groups":
                            return [3, 2];
                          case "reference":
                            return [3, 4];
                          case "end":
                            return [3, 6];
                          case "null":
                            return [3, 7];
                          case "start":
                            return [3, 8];
                        }
                        return [3, 9];
                      case 2:
                        return [4, {
                          characterGroups: next.value.characterGroups,
                          node: next.value.node,
                          precedingZeroWidthEntries,
                          stack: next.value.stack,
                          subType: "groups",
                          type: characterReaderLevel1TypeEntry
                        }];
                      case 3:
                        _d.sent();
                        precedingZeroWidthEntries = [];
                        return [3, 9];
                      case 4:
                        return [4, {
                          node: next.value.node,
                          precedingZeroWidthEntries,
                          referenceIndex: next.value.referenceIndex,
                          stack: next.value.stack,
                          subType: next.value.subType,
                          type: characterReaderLevel1TypeEntry
                        }];
                      case 5:
                        _d.sent();
                        precedingZeroWidthEntries = [];
                        return [3, 9];
                      case 6: {
                        return [2, { value: {
                          bounded: next.value.bounded,
                          precedingZeroWidthEntries
                        } }];
                      }
                      case 7: {
                        precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                          {
                            offset: next.value.offset,
                            stack: next.value.stack,
                            type: "null"
                          }
                        ], false);
                        return [3, 9];
                      }
                      case 8: {
                        precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                          {
                            offset: next.value.offset,
                            stack: next.value.stack,
                            type: "start"
                          }
                        ], false);
                        return [3, 9];
                      }
                      case 9:
                        return [3, 12];
                      case 10:
                        value_1 = next.value;
                        _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                        return [4, {
                          reader: function() {
                            return startThread(value_1.reader(), _precedingZeroWidthEntries_1);
                          },
                          subType: value_1.subType,
                          type: characterReaderLevel1TypeSplit
                        }];
                      case 11:
                        _d.sent();
                        return [3, 12];
                      case 12:
                        return [
                          2
                          /*return*/
                        ];
                    }
                  });
                };
                _a2.label = 1;
              case 1:
                if (!!(next = reader.next()).done) return [3, 3];
                return [5, _loop_1()];
              case 2:
                state_1 = _a2.sent();
                if (typeof state_1 === "object")
                  return [2, state_1.value];
                return [3, 1];
              case 3:
                return [2, { bounded: false, precedingZeroWidthEntries }];
            }
          });
        };
        return startThread(buildCharacterReader({ caseInsensitive, dotAll, node }), []);
      }
      var characterReaderLevel2TypeSplit = /* @__PURE__ */ Symbol("characterReaderLevel2TypeSplit");
      var characterReaderLevel2TypeEntry = /* @__PURE__ */ Symbol("characterReaderLevel2TypeEntry");
      var internalReaderTypeSplit = /* @__PURE__ */ Symbol("internalReaderTypeSplit");
      var internalReaderTypeEntry = /* @__PURE__ */ Symbol("internalReaderTypeEntry");
      function characterReaderLevel1ToInternalReader(characterReaderLevel1) {
        var next, _loop_1;
        return __generator(this, function(_a) {
          switch (_a.label) {
            case 0:
              _loop_1 = function() {
                var value, _b;
                return __generator(this, function(_c) {
                  switch (_c.label) {
                    case 0:
                      value = next.value;
                      _b = value.type;
                      switch (_b) {
                        case characterReaderLevel1TypeSplit:
                          return [3, 1];
                        case characterReaderLevel1TypeEntry:
                          return [3, 3];
                      }
                      return [3, 5];
                    case 1:
                      return [4, {
                        reader: function() {
                          return characterReaderLevel1ToInternalReader(value.reader());
                        },
                        subType: value.subType,
                        type: internalReaderTypeSplit
                      }];
                    case 2:
                      _c.sent();
                      return [3, 5];
                    case 3:
                      return [4, __assign(__assign({}, value), { type: internalReaderTypeEntry })];
                    case 4:
                      _c.sent();
                      return [3, 5];
                    case 5:
                      return [
                        2
                        /*return*/
                      ];
                  }
                });
              };
              _a.label = 1;
            case 1:
              if (!!(next = characterReaderLevel1.next()).done) return [3, 3];
              return [5, _loop_1()];
            case 2:
              _a.sent();
              return [3, 1];
            case 3:
              return [2, next.value];
          }
        });
      }
      function haveHadCompleteIteration(before, now) {
        var e_1, _a;
        try {
          for (var now_1 = __values(now), now_1_1 = now_1.next(); !now_1_1.done; now_1_1 = now_1.next()) {
            var _b = __read(now_1_1.value, 2), quantifier = _b[0], iterationsNow = _b[1];
            var iterationsBefore = before.get(quantifier) || 0;
            if (iterationsNow - iterationsBefore > 1) {
              return true;
            }
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (now_1_1 && !now_1_1.done && (_a = now_1.return)) _a.call(now_1);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        return false;
      }
      function getGroupContentsReader(_a) {
        var group, groupContents, groupLookaheadStack, _b, _c, groupEntry, e_2_1;
        var e_2, _d;
        var groupContentsStore = _a.groupContentsStore, groups = _a.groups, groupsWithInfiniteSize = _a.groupsWithInfiniteSize, nodeExtra = _a.nodeExtra, value = _a.value;
        return __generator(this, function(_e) {
          switch (_e.label) {
            case 0:
              group = mustGet(nodeExtra.indexToCapturingGroup, value.referenceIndex);
              groupContents = groupContentsStore.get(value.referenceIndex) || {
                contents: [],
                group
              };
              groupLookaheadStack = dropCommon(mustGet(nodeExtra.nodeToLookaheadStack, groupContents.group), mustGet(nodeExtra.nodeToLookaheadStack, value.node)).a;
              if (groupLookaheadStack.length) {
                if (groupLookaheadStack.some(function(_a2) {
                  var behavior = _a2.behavior;
                  return behavior === "negativeLookahead" || behavior === "negativeLookbehind";
                })) {
                  return [2, { bounded: false, precedingZeroWidthEntries: [] }];
                }
                throw new Error("Unsupported reference (".concat(value.referenceIndex, " at position ").concat(value.node.range[0], "). Pattern needs downgrading. See the `downgradePattern` option."));
              }
              if (groups.has(groupContents.group)) {
                return [2, { bounded: false, precedingZeroWidthEntries: [] }];
              }
              if (groupsWithInfiniteSize.has(value.referenceIndex)) {
                throw new Error("Unsupported reference to group ".concat(value.referenceIndex, " as group is not a finite size. Pattern needs downgrading. See the `downgradePattern` option."));
              }
              _e.label = 1;
            case 1:
              _e.trys.push([1, 6, 7, 8]);
              _b = __values(groupContents.contents), _c = _b.next();
              _e.label = 2;
            case 2:
              if (!!_c.done) return [3, 5];
              groupEntry = _c.value;
              return [4, {
                characterGroups: groupEntry.characterGroups,
                node: groupEntry.node,
                precedingZeroWidthEntries: groupEntry.precedingZeroWidthEntries,
                stack: __spreadArray(__spreadArray(__spreadArray([], __read(groupEntry.stack), false), [
                  {
                    reference: value.node,
                    type: "reference"
                  }
                ], false), __read(value.stack), false),
                subType: "groups",
                type: internalReaderTypeEntry
              }];
            case 3:
              _e.sent();
              _e.label = 4;
            case 4:
              _c = _b.next();
              return [3, 2];
            case 5:
              return [3, 8];
            case 6:
              e_2_1 = _e.sent();
              e_2 = { error: e_2_1 };
              return [3, 8];
            case 7:
              try {
                if (_c && !_c.done && (_d = _b.return)) _d.call(_b);
              } finally {
                if (e_2) throw e_2.error;
              }
              return [
                7
                /*endfinally*/
              ];
            case 8:
              return [2, { bounded: false, precedingZeroWidthEntries: [] }];
          }
        });
      }
      function buildCharacterReaderLevel2(_a) {
        var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node, nodeExtra = _a.nodeExtra;
        var startThread = function(state) {
          var _loop_2, state_1;
          return __generator(this, function(_a2) {
            switch (_a2.label) {
              case 0:
                _loop_2 = function() {
                  var precedingZeroWidthEntries, groupsWithInfiniteSize, groupContentsStore, quantifierIterationsAtLastGroup, characterReader, referenceCharacterReaderWithReference, activeCharacterReader, result, value, _b, _groupContentsStore_1, _quantifierIterationsAtLastGroup_1, _groupsWithInfiniteSize_1, _precedingZeroWidthEntries_1, quantifierIterations, lookaheadStack, groups, _c, groupContentsReader, newGroupContentsStore, groupContentsStore_1, groupContentsStore_1_1, _d, index, group, offsets, offsets_1, offsets_1_1, offset, groupInfiniteSize, reversedStack, referenceStackIndex, noneReferenceStackPortion, _loop_3, noneReferenceStackPortion_1, noneReferenceStackPortion_1_1, stackEntry;
                  var e_3, _e, e_4, _f, e_5, _g;
                  return __generator(this, function(_h) {
                    switch (_h.label) {
                      case 0:
                        precedingZeroWidthEntries = state.precedingZeroWidthEntries, groupsWithInfiniteSize = state.groupsWithInfiniteSize, groupContentsStore = state.groupContentsStore, quantifierIterationsAtLastGroup = state.quantifierIterationsAtLastGroup;
                        characterReader = state.characterReader, referenceCharacterReaderWithReference = state.referenceCharacterReaderWithReference;
                        activeCharacterReader = (referenceCharacterReaderWithReference === null || referenceCharacterReaderWithReference === void 0 ? void 0 : referenceCharacterReaderWithReference.reader) || characterReader;
                        result = activeCharacterReader.next();
                        if (result.done) {
                          if (referenceCharacterReaderWithReference) {
                            if (result.value.bounded) {
                              throw new Error("Internal error: end of reference reader cannot be bounded");
                            }
                            state = {
                              characterReader,
                              groupContentsStore,
                              groupsWithInfiniteSize,
                              precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                              quantifierIterationsAtLastGroup,
                              referenceCharacterReaderWithReference: null
                            };
                            return [2, "continue-outer"];
                          }
                          return [2, { value: {
                            bounded: result.value.bounded,
                            precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                            type: "end"
                          } }];
                        }
                        value = result.value;
                        _b = value.type;
                        switch (_b) {
                          case internalReaderTypeSplit:
                            return [3, 1];
                          case internalReaderTypeEntry:
                            return [3, 3];
                        }
                        return [3, 7];
                      case 1:
                        if (referenceCharacterReaderWithReference) {
                          throw new Error("Internal error: should not be seeing a split from a reference reader");
                        }
                        _groupContentsStore_1 = groupContentsStore;
                        _quantifierIterationsAtLastGroup_1 = quantifierIterationsAtLastGroup;
                        _groupsWithInfiniteSize_1 = groupsWithInfiniteSize;
                        _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                        return [4, {
                          reader: function() {
                            return startThread({
                              characterReader: buildForkableReader(value.reader()),
                              groupContentsStore: _groupContentsStore_1,
                              groupsWithInfiniteSize: _groupsWithInfiniteSize_1,
                              precedingZeroWidthEntries: _precedingZeroWidthEntries_1,
                              quantifierIterationsAtLastGroup: _quantifierIterationsAtLastGroup_1,
                              referenceCharacterReaderWithReference
                            });
                          },
                          subType: value.subType,
                          type: characterReaderLevel2TypeSplit
                        }];
                      case 2:
                        _h.sent();
                        return [3, 7];
                      case 3:
                        precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(value.precedingZeroWidthEntries), false);
                        quantifierIterations = buildQuantifierIterations(value.stack);
                        lookaheadStack = getLookaheadStack(value.stack);
                        groups = getGroups(value.stack);
                        _c = value.subType;
                        switch (_c) {
                          case "reference":
                            return [3, 4];
                          case "groups":
                            return [3, 5];
                        }
                        return [3, 7];
                      case 4: {
                        if (referenceCharacterReaderWithReference) {
                          throw new Error("Internal error: should not be seeing a reference from a reference reader");
                        }
                        if (haveHadCompleteIteration(quantifierIterationsAtLastGroup, quantifierIterations)) {
                          return [2, { value: {
                            type: "abort"
                          } }];
                        }
                        groupContentsReader = buildForkableReader(getGroupContentsReader({
                          groupContentsStore,
                          groups,
                          groupsWithInfiniteSize,
                          nodeExtra,
                          value
                        }));
                        state = {
                          characterReader,
                          groupContentsStore,
                          groupsWithInfiniteSize,
                          precedingZeroWidthEntries,
                          quantifierIterationsAtLastGroup,
                          referenceCharacterReaderWithReference: {
                            reader: groupContentsReader,
                            reference: value.node
                          }
                        };
                        return [3, 7];
                      }
                      case 5:
                        newGroupContentsStore = new Map(groupContentsStore);
                        if (!referenceCharacterReaderWithReference) {
                          try {
                            for (groupContentsStore_1 = (e_3 = void 0, __values(groupContentsStore)), groupContentsStore_1_1 = groupContentsStore_1.next(); !groupContentsStore_1_1.done; groupContentsStore_1_1 = groupContentsStore_1.next()) {
                              _d = __read(groupContentsStore_1_1.value, 2), index = _d[0], group = _d[1].group;
                              offsets = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries.map(function(_a3) {
                                var offset2 = _a3.offset;
                                return offset2;
                              })), false), [
                                value.node.range[0]
                              ], false);
                              try {
                                for (offsets_1 = (e_4 = void 0, __values(offsets)), offsets_1_1 = offsets_1.next(); !offsets_1_1.done; offsets_1_1 = offsets_1.next()) {
                                  offset = offsets_1_1.value;
                                  if (group.range[0] >= offset) {
                                    newGroupContentsStore.delete(index);
                                    break;
                                  }
                                }
                              } catch (e_4_1) {
                                e_4 = { error: e_4_1 };
                              } finally {
                                try {
                                  if (offsets_1_1 && !offsets_1_1.done && (_f = offsets_1.return)) _f.call(offsets_1);
                                } finally {
                                  if (e_4) throw e_4.error;
                                }
                              }
                            }
                          } catch (e_3_1) {
                            e_3 = { error: e_3_1 };
                          } finally {
                            try {
                              if (groupContentsStore_1_1 && !groupContentsStore_1_1.done && (_e = groupContentsStore_1.return)) _e.call(groupContentsStore_1);
                            } finally {
                              if (e_3) throw e_3.error;
                            }
                          }
                        }
                        groupInfiniteSize = false;
                        reversedStack = __spreadArray([], __read(value.stack), false).reverse();
                        referenceStackIndex = reversedStack.findIndex(function(_a3) {
                          var type = _a3.type;
                          return type === "reference";
                        });
                        noneReferenceStackPortion = reversedStack.slice(0, referenceStackIndex >= 0 ? referenceStackIndex : value.stack.length);
                        _loop_3 = function(stackEntry2) {
                          if (stackEntry2.type === "quantifier" && stackEntry2.quantifier.max === void 0) {
                            groupInfiniteSize = true;
                            return "continue";
                          } else if (stackEntry2.type !== "group") {
                            return "continue";
                          }
                          var group2 = stackEntry2.group;
                          if (group2.behavior === "lookbehind" || group2.behavior === "negativeLookbehind" || group2.behavior === "negativeLookahead" || group2.behavior === "lookahead") {
                            groupInfiniteSize = false;
                            return "continue";
                          }
                          if (group2.behavior !== "normal") {
                            return "continue";
                          }
                          var index2 = mustGet(nodeExtra.capturingGroupToIndex, group2);
                          if (groupInfiniteSize) {
                            var newGroupsWithInfiniteSize = new Set(groupsWithInfiniteSize);
                            newGroupsWithInfiniteSize.add(index2);
                            groupsWithInfiniteSize = newGroupsWithInfiniteSize;
                          }
                          var contents = newGroupContentsStore.get(index2) || {
                            contents: [],
                            group: group2
                          };
                          newGroupContentsStore.set(index2, __assign(__assign({}, contents), { contents: __spreadArray(__spreadArray([], __read(contents.contents), false), [
                            __assign(__assign({}, value), { precedingZeroWidthEntries: precedingZeroWidthEntries.filter(function(_a3) {
                              var offset2 = _a3.offset;
                              return offset2 >= group2.range[0] && offset2 <= group2.range[1];
                            }) })
                          ], false) }));
                        };
                        try {
                          for (noneReferenceStackPortion_1 = (e_5 = void 0, __values(noneReferenceStackPortion)), noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next(); !noneReferenceStackPortion_1_1.done; noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next()) {
                            stackEntry = noneReferenceStackPortion_1_1.value;
                            _loop_3(stackEntry);
                          }
                        } catch (e_5_1) {
                          e_5 = { error: e_5_1 };
                        } finally {
                          try {
                            if (noneReferenceStackPortion_1_1 && !noneReferenceStackPortion_1_1.done && (_g = noneReferenceStackPortion_1.return)) _g.call(noneReferenceStackPortion_1);
                          } finally {
                            if (e_5) throw e_5.error;
                          }
                        }
                        groupContentsStore = newGroupContentsStore;
                        quantifierIterationsAtLastGroup = quantifierIterations;
                        return [4, {
                          characterGroups: value.characterGroups,
                          groups,
                          lookaheadStack,
                          node: value.node,
                          precedingZeroWidthEntries,
                          stack: value.stack,
                          type: characterReaderLevel2TypeEntry
                        }];
                      case 6:
                        _h.sent();
                        precedingZeroWidthEntries = [];
                        state = {
                          characterReader,
                          groupContentsStore,
                          groupsWithInfiniteSize,
                          precedingZeroWidthEntries,
                          quantifierIterationsAtLastGroup,
                          referenceCharacterReaderWithReference
                        };
                        return [3, 7];
                      case 7:
                        return [
                          2
                          /*return*/
                        ];
                    }
                  });
                };
                _a2.label = 1;
              case 1:
                return [5, _loop_2()];
              case 2:
                state_1 = _a2.sent();
                if (typeof state_1 === "object")
                  return [2, state_1.value];
                switch (state_1) {
                  case "continue-outer":
                    return [3, 3];
                }
                _a2.label = 3;
              case 3:
                return [3, 1];
              case 4:
                return [
                  2
                  /*return*/
                ];
            }
          });
        };
        return startThread({
          characterReader: buildForkableReader(characterReaderLevel1ToInternalReader(buildCharacterReaderLevel1({ caseInsensitive, dotAll, node }))),
          groupContentsStore: /* @__PURE__ */ new Map(),
          groupsWithInfiniteSize: /* @__PURE__ */ new Set(),
          precedingZeroWidthEntries: [],
          quantifierIterationsAtLastGroup: /* @__PURE__ */ new Map(),
          referenceCharacterReaderWithReference: null
        });
      }
      var InfiniteLoopTracker = (
        /** @class */
        (function() {
          function InfiniteLoopTracker2(isEqual, source) {
            this._history = [];
            this._isEqual = isEqual;
            if (source) {
              this._history = __spreadArray([], __read(source.getHistory()), false);
            }
          }
          InfiniteLoopTracker2.prototype._isEntryEqual = function(a, b) {
            return this._isEqual(a.left, b.left) && this._isEqual(a.right, b.right);
          };
          InfiniteLoopTracker2.prototype.append = function(entry) {
            this._history.push(entry);
          };
          InfiniteLoopTracker2.prototype.clone = function() {
            return new InfiniteLoopTracker2(this._isEqual, this);
          };
          InfiniteLoopTracker2.prototype.getHistory = function() {
            return __spreadArray([], __read(this._history), false);
          };
          InfiniteLoopTracker2.prototype.getRepeatingEntries = function() {
            var length = this._history.length;
            outer: for (var candidateSize = 1; candidateSize <= length / 2; candidateSize++) {
              var candidateStart = length - candidateSize * 2;
              for (var i = 0; i < candidateSize; i++) {
                if (!this._isEntryEqual(this._history[candidateStart + i], this._history[candidateStart + candidateSize + i])) {
                  continue outer;
                }
              }
              return this._history.slice(candidateStart, candidateStart + candidateSize);
            }
            return null;
          };
          return InfiniteLoopTracker2;
        })()
      );
      function once(fn) {
        var done = false;
        var res;
        return function() {
          if (!done) {
            done = true;
            res = fn();
          }
          return res;
        };
      }
      var isUnboundedReaderTypeStep = /* @__PURE__ */ Symbol("isUnboundedReaderTypeStep");
      var notNewLine = {
        ranges: (
          // [\n\r\u2028-\u2029]
          [
            [10, 10],
            [13, 13],
            [8232, 8233]
          ]
        ),
        rangesNegated: true,
        unicodePropertyEscapes: /* @__PURE__ */ new Map()
      };
      function isUnboundedReader(_a) {
        var reader, stack, _loop_1, state_1;
        var multiLine = _a.multiLine, inputReader = _a.reader;
        return __generator(this, function(_b) {
          switch (_b.label) {
            case 0:
              reader = fork(inputReader);
              stack = [{ get: once(function() {
                return reader.next();
              }), reader }];
              _loop_1 = function() {
                var frame, next, value, splitReader_1, isNewLine;
                return __generator(this, function(_c) {
                  switch (_c.label) {
                    case 0:
                      frame = stack.pop();
                      if (!frame)
                        return [2, "break"];
                      return [4, {
                        type: isUnboundedReaderTypeStep
                      }];
                    case 1:
                      _c.sent();
                      next = frame.get();
                      if (next.done) {
                        if (next.value.type === "end" && !next.value.bounded) {
                          return [2, { value: true }];
                        }
                      } else {
                        switch (next.value.type) {
                          case characterReaderLevel2TypeSplit: {
                            value = next.value;
                            stack.push({
                              get: once(function() {
                                return frame.reader.next();
                              }),
                              reader: frame.reader
                            });
                            if (value.subType === null) {
                              splitReader_1 = value.reader();
                              stack.push({
                                get: once(function() {
                                  return splitReader_1.next();
                                }),
                                reader: splitReader_1
                              });
                            }
                            break;
                          }
                          case characterReaderLevel2TypeEntry: {
                            if (multiLine) {
                              isNewLine = isEmptyCharacterGroups(intersectCharacterGroups(notNewLine, next.value.characterGroups));
                              if (isNewLine) {
                                stack.push({
                                  get: once(function() {
                                    return frame.reader.next();
                                  }),
                                  reader: frame.reader
                                });
                              }
                            }
                            break;
                          }
                        }
                      }
                      return [
                        2
                        /*return*/
                      ];
                  }
                });
              };
              _b.label = 1;
            case 1:
              return [5, _loop_1()];
            case 2:
              state_1 = _b.sent();
              if (typeof state_1 === "object")
                return [2, state_1.value];
              if (state_1 === "break")
                return [3, 4];
              _b.label = 3;
            case 3:
              return [3, 1];
            case 4:
              return [2, false];
          }
        });
      }
      function mergeSets(a, b) {
        return new Set(__spreadArray(__spreadArray([], __read(a), false), __read(b), false));
      }
      function areSetsEqual(a, b) {
        return a.size === b.size && mergeSets(a, b).size === a.size;
      }
      var checkerReaderTypeTrail = /* @__PURE__ */ Symbol("checkerReaderTypeTrail");
      function areInfiniteLoopTrackerEntriesEqual(left, right) {
        return left === right;
      }
      function buildContextTrail(stack, asteriskInfinite) {
        return stack.map(function(entry) {
          switch (entry.type) {
            case "quantifier": {
              return "q:".concat(entry.quantifier.range[0], ":").concat(asteriskInfinite && entry.quantifier.max === void 0 && entry.iteration >= entry.quantifier.min ? "*" : "".concat(entry.iteration));
            }
            case "reference": {
              return "r:".concat(entry.reference.range[0]);
            }
            case "group": {
              return "g:".concat(entry.group.range[0]);
            }
          }
        }).filter(Boolean).join(",");
      }
      function atomicGroupHashesFromStack(stack, atomicGroupOffsets) {
        var res = /* @__PURE__ */ new Set();
        for (var i = 0; i < stack.length; i++) {
          var stackEntry = stack[i];
          if (stackEntry.type === "group" && atomicGroupOffsets.has(stackEntry.group.range[0])) {
            res.add(buildContextTrail(stack.slice(0, i + 1), false));
          }
        }
        return res;
      }
      function buildZeroWidthHash(zeroWidthEntry) {
        return [
          zeroWidthEntry.type,
          zeroWidthEntry.offset,
          buildContextTrail(zeroWidthEntry.stack, false)
        ].join(":");
      }
      function getStackSequence(value, hash) {
        return __spreadArray(__spreadArray([], __read(value.precedingZeroWidthEntries.map(function(a) {
          return {
            hash: ["zw", buildZeroWidthHash(a)].join(":"),
            stack: a.stack
          };
        })), false), [
          { hash: ["s", hash].join(":"), stack: value.stack }
        ], false);
      }
      function areSidesEqual(a, b) {
        return a.hash === b.hash;
      }
      function buildCheckerReader(input) {
        var trails, trailEntriesAtStartOfLoop, infiniteLoopTrackerEntryToTrailEntry, stepCount, latestEndTime, timedOut, infinite, initialLeftStreamReader, initialRightStreamReader, stack, _loop_1, state_1, trails_1, trails_1_1, trail, error;
        var e_1, _a;
        return __generator(this, function(_b) {
          switch (_b.label) {
            case 0:
              trails = /* @__PURE__ */ new Set();
              trailEntriesAtStartOfLoop = /* @__PURE__ */ new Set();
              infiniteLoopTrackerEntryToTrailEntry = /* @__PURE__ */ new Map();
              stepCount = 0;
              latestEndTime = Date.now() + input.timeout;
              timedOut = false;
              infinite = false;
              initialLeftStreamReader = buildForkableReader(input.leftStreamReader);
              initialRightStreamReader = buildForkableReader(input.rightStreamReader);
              stack = [
                {
                  infiniteLoopTracker: new InfiniteLoopTracker(areInfiniteLoopTrackerEntriesEqual),
                  streamReadersWithGetters: [
                    {
                      get: once(function() {
                        return initialLeftStreamReader.next();
                      }),
                      reader: initialLeftStreamReader
                    },
                    {
                      get: once(function() {
                        return initialRightStreamReader.next();
                      }),
                      reader: initialRightStreamReader
                    }
                  ],
                  trail: []
                }
              ];
              _loop_1 = function() {
                var entry, streamReadersWithGetters, infiniteLoopTracker, trail2, nextValues, _loop_2, i, state_2, _c, leftNextValue, rightNextValue, leftValue, rightValue, leftPassedStartAnchor, rightPassedStartAnchor, somethingPassedStartAnchor, leftLookahead, rightLookahead, intersection, leftContextTrail, rightContextTrail, newEntryLeftHash, newEntryRightHash, lastTrailEntry, atomicGroupsEnteredTogetherLeft, atomicGroupsEnteredTogetherRight, diverged, leftStackSequence, rightStackSequence, i, leftStack, rightStack, atomicGroupsNow, atomicGroupsNow_1, atomicGroupsNow_1_1, group, atomicGroupsNowLeft, atomicGroupsEnteredTogetherLeft_1, atomicGroupsEnteredTogetherLeft_1_1, group, atomicGroupsNowRight, atomicGroupsEnteredTogetherRight_1, atomicGroupsEnteredTogetherRight_1_1, group, newEntryLeft, newEntryRight, newEntry, leftQuantifiersInInfiniteProportion, leftAndRightIdentical, infiniteLoopTrackerEntry, repeatingEntries, entryAtStartOfLoop, sidesEqual, leftUnboundedReader, leftUnboundedCheckReaderNext, leftUnbounded, rightUnboundedReader, rightUnboundedCheckReaderNext, rightUnbounded, shouldEmitTrail;
                var e_2, _d, e_3, _e, e_4, _f;
                return __generator(this, function(_g) {
                  switch (_g.label) {
                    case 0:
                      timedOut = Date.now() > latestEndTime;
                      if (timedOut || stepCount > input.maxSteps) {
                        return [2, "break"];
                      }
                      entry = stack.pop();
                      if (!entry)
                        return [2, "break"];
                      streamReadersWithGetters = entry.streamReadersWithGetters;
                      infiniteLoopTracker = entry.infiniteLoopTracker;
                      trail2 = entry.trail;
                      nextValues = [];
                      _loop_2 = function(i2) {
                        stepCount += 0.5;
                        var result = streamReadersWithGetters[i2].get();
                        if (!result.done && result.value.type === characterReaderLevel2TypeSplit) {
                          var value_1 = result.value;
                          stack.push({
                            infiniteLoopTracker,
                            streamReadersWithGetters: streamReadersWithGetters.map(function(_a2, j) {
                              var reader = _a2.reader, get = _a2.get;
                              return {
                                get: j === i2 ? once(function() {
                                  return reader.next();
                                }) : get,
                                reader
                              };
                            }),
                            trail: trail2
                          });
                          var newStreamReadersWithGetters = streamReadersWithGetters.map(function(_a2, j) {
                            var reader = _a2.reader, get = _a2.get;
                            var newReader = j === i2 ? buildForkableReader(value_1.reader()) : fork(reader);
                            return {
                              get: j < i2 ? get : once(function() {
                                return newReader.next();
                              }),
                              reader: newReader
                            };
                          });
                          stack.push({
                            infiniteLoopTracker: infiniteLoopTracker.clone(),
                            streamReadersWithGetters: newStreamReadersWithGetters,
                            trail: trail2
                          });
                          return "continue-outer";
                        } else {
                          nextValues.push(result);
                        }
                      };
                      for (i = 0; i < streamReadersWithGetters.length; i++) {
                        state_2 = _loop_2(i);
                        switch (state_2) {
                          case "continue-outer":
                            return [2, state_2];
                        }
                      }
                      _c = __read(nextValues, 2), leftNextValue = _c[0], rightNextValue = _c[1];
                      if (stepCount > input.maxSteps || leftNextValue.done || rightNextValue.done) {
                        return [2, "continue"];
                      }
                      if (leftNextValue.value.type !== characterReaderLevel2TypeEntry || rightNextValue.value.type !== characterReaderLevel2TypeEntry) {
                        throw new Error("Internal error: impossible leftValue/rightValue type");
                      }
                      leftValue = leftNextValue.value;
                      rightValue = rightNextValue.value;
                      leftPassedStartAnchor = leftValue.precedingZeroWidthEntries.some(function(_a2) {
                        var type = _a2.type;
                        return type === "start";
                      });
                      rightPassedStartAnchor = rightValue.precedingZeroWidthEntries.some(function(_a2) {
                        var type = _a2.type;
                        return type === "start";
                      });
                      somethingPassedStartAnchor = leftPassedStartAnchor || rightPassedStartAnchor;
                      if (trail2.length > 0 && somethingPassedStartAnchor) {
                        return [2, "continue"];
                      }
                      leftLookahead = last(leftValue.lookaheadStack);
                      rightLookahead = last(rightValue.lookaheadStack);
                      if (leftLookahead !== rightLookahead) {
                        return [2, "continue"];
                      }
                      intersection = intersectCharacterGroups(leftValue.characterGroups, rightValue.characterGroups);
                      if (isEmptyCharacterGroups(intersection)) {
                        return [2, "continue"];
                      }
                      leftContextTrail = buildContextTrail(leftValue.stack, false);
                      rightContextTrail = buildContextTrail(rightValue.stack, false);
                      newEntryLeftHash = [leftValue.node.range[0], leftContextTrail].join(":");
                      newEntryRightHash = [
                        rightValue.node.range[0],
                        rightContextTrail
                      ].join(":");
                      lastTrailEntry = last(trail2);
                      atomicGroupsEnteredTogetherLeft = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.left.atomicGroupsEnteredTogether);
                      atomicGroupsEnteredTogetherRight = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.right.atomicGroupsEnteredTogether);
                      diverged = !!(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.diverged);
                      if (!diverged) {
                        leftStackSequence = getStackSequence(leftValue, newEntryLeftHash);
                        rightStackSequence = getStackSequence(rightValue, newEntryRightHash);
                        for (
                          i = 0;
                          // if they are different lengths the last hashes should never match because will be comparing a zero width with normal entry
                          i < Math.min(leftStackSequence.length, rightStackSequence.length);
                          i++
                        ) {
                          leftStack = leftStackSequence[i];
                          rightStack = rightStackSequence[i];
                          if (leftStack.hash !== rightStack.hash) {
                            diverged = true;
                            break;
                          }
                          atomicGroupsNow = atomicGroupHashesFromStack(leftStack.stack, input.atomicGroupOffsets);
                          try {
                            for (atomicGroupsNow_1 = (e_2 = void 0, __values(atomicGroupsNow)), atomicGroupsNow_1_1 = atomicGroupsNow_1.next(); !atomicGroupsNow_1_1.done; atomicGroupsNow_1_1 = atomicGroupsNow_1.next()) {
                              group = atomicGroupsNow_1_1.value;
                              atomicGroupsEnteredTogetherLeft.add(group);
                              atomicGroupsEnteredTogetherRight.add(group);
                            }
                          } catch (e_2_1) {
                            e_2 = { error: e_2_1 };
                          } finally {
                            try {
                              if (atomicGroupsNow_1_1 && !atomicGroupsNow_1_1.done && (_d = atomicGroupsNow_1.return)) _d.call(atomicGroupsNow_1);
                            } finally {
                              if (e_2) throw e_2.error;
                            }
                          }
                        }
                      }
                      atomicGroupsNowLeft = atomicGroupHashesFromStack(leftValue.stack, input.atomicGroupOffsets);
                      try {
                        for (atomicGroupsEnteredTogetherLeft_1 = (e_3 = void 0, __values(atomicGroupsEnteredTogetherLeft)), atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next(); !atomicGroupsEnteredTogetherLeft_1_1.done; atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next()) {
                          group = atomicGroupsEnteredTogetherLeft_1_1.value;
                          if (!atomicGroupsNowLeft.has(group)) {
                            atomicGroupsEnteredTogetherLeft.delete(group);
                          }
                        }
                      } catch (e_3_1) {
                        e_3 = { error: e_3_1 };
                      } finally {
                        try {
                          if (atomicGroupsEnteredTogetherLeft_1_1 && !atomicGroupsEnteredTogetherLeft_1_1.done && (_e = atomicGroupsEnteredTogetherLeft_1.return)) _e.call(atomicGroupsEnteredTogetherLeft_1);
                        } finally {
                          if (e_3) throw e_3.error;
                        }
                      }
                      atomicGroupsNowRight = atomicGroupHashesFromStack(rightValue.stack, input.atomicGroupOffsets);
                      try {
                        for (atomicGroupsEnteredTogetherRight_1 = (e_4 = void 0, __values(atomicGroupsEnteredTogetherRight)), atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next(); !atomicGroupsEnteredTogetherRight_1_1.done; atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next()) {
                          group = atomicGroupsEnteredTogetherRight_1_1.value;
                          if (!atomicGroupsNowRight.has(group)) {
                            atomicGroupsEnteredTogetherRight.delete(group);
                          }
                        }
                      } catch (e_4_1) {
                        e_4 = { error: e_4_1 };
                      } finally {
                        try {
                          if (atomicGroupsEnteredTogetherRight_1_1 && !atomicGroupsEnteredTogetherRight_1_1.done && (_f = atomicGroupsEnteredTogetherRight_1.return)) _f.call(atomicGroupsEnteredTogetherRight_1);
                        } finally {
                          if (e_4) throw e_4.error;
                        }
                      }
                      newEntryLeft = {
                        atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherLeft,
                        characterGroups: leftValue.characterGroups,
                        contextTrail: leftContextTrail,
                        hash: newEntryLeftHash,
                        node: leftValue.node,
                        stack: leftValue.stack
                      };
                      newEntryRight = {
                        atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherRight,
                        characterGroups: rightValue.characterGroups,
                        contextTrail: rightContextTrail,
                        hash: newEntryRightHash,
                        node: rightValue.node,
                        stack: rightValue.stack
                      };
                      newEntry = {
                        diverged,
                        intersection,
                        left: newEntryLeft,
                        right: newEntryRight
                      };
                      trail2 = __spreadArray(__spreadArray([], __read(trail2), false), [newEntry], false);
                      leftQuantifiersInInfiniteProportion = buildQuantifiersInInfinitePortion(leftValue.stack, input.nodeExtra);
                      if (leftQuantifiersInInfiniteProportion.size > 0) {
                        leftAndRightIdentical = trail2.every(function(_a2) {
                          var left = _a2.left, right = _a2.right;
                          return areSidesEqual(left, right);
                        });
                        if (leftAndRightIdentical) {
                          return [2, "continue"];
                        }
                      }
                      infiniteLoopTrackerEntry = {
                        left: [
                          leftValue.node.range[0],
                          buildContextTrail(leftValue.stack, true)
                        ].join(":"),
                        right: [
                          rightValue.node.range[0],
                          buildContextTrail(leftValue.stack, true)
                        ].join(":")
                      };
                      infiniteLoopTrackerEntryToTrailEntry.set(infiniteLoopTrackerEntry, newEntry);
                      infiniteLoopTracker.append(infiniteLoopTrackerEntry);
                      repeatingEntries = infiniteLoopTracker.getRepeatingEntries();
                      if (repeatingEntries) {
                        entryAtStartOfLoop = infiniteLoopTrackerEntryToTrailEntry.get(repeatingEntries[0]);
                        if (!entryAtStartOfLoop) {
                          throw new Error("Internal error: missing entry at start of loop");
                        }
                        trailEntriesAtStartOfLoop.add(entryAtStartOfLoop);
                        return [2, "continue"];
                      }
                      if (!areSetsEqual(newEntry.left.atomicGroupsEnteredTogether, newEntry.right.atomicGroupsEnteredTogether)) {
                        return [2, "continue-outer"];
                      }
                      sidesEqual = areSidesEqual(newEntry.left, newEntry.right);
                      if (!!sidesEqual) return [3, 2];
                      {
                        leftUnboundedReader = isUnboundedReader({
                          multiLine: input.multiLine,
                          reader: fork(streamReadersWithGetters[0].reader)
                        });
                        leftUnboundedCheckReaderNext = void 0;
                        while (!(leftUnboundedCheckReaderNext = leftUnboundedReader.next()).done) {
                          switch (leftUnboundedCheckReaderNext.value.type) {
                            case isUnboundedReaderTypeStep: {
                              stepCount += 0.5;
                              if (stepCount > input.maxSteps) {
                                return [2, "break-outer"];
                              }
                              break;
                            }
                          }
                        }
                        leftUnbounded = leftUnboundedCheckReaderNext.value;
                        if (leftUnbounded)
                          return [2, "continue"];
                      }
                      {
                        rightUnboundedReader = isUnboundedReader({
                          multiLine: input.multiLine,
                          reader: fork(streamReadersWithGetters[1].reader)
                        });
                        rightUnboundedCheckReaderNext = void 0;
                        while (!(rightUnboundedCheckReaderNext = rightUnboundedReader.next()).done) {
                          switch (rightUnboundedCheckReaderNext.value.type) {
                            case isUnboundedReaderTypeStep: {
                              stepCount += 0.5;
                              if (stepCount > input.maxSteps) {
                                return [2, "break-outer"];
                              }
                              break;
                            }
                          }
                        }
                        rightUnbounded = rightUnboundedCheckReaderNext.value;
                        if (rightUnbounded)
                          return [2, "continue"];
                      }
                      shouldEmitTrail = function() {
                        var alreadyExists = __spreadArray([], __read(trails), false).some(function(existingTrail) {
                          if (existingTrail.length !== trail2.length)
                            return false;
                          return existingTrail.every(function(existingEntry, i2) {
                            return areSidesEqual(existingEntry.left, trail2[i2].left) && areSidesEqual(existingEntry.right, trail2[i2].right);
                          }) || existingTrail.every(function(existingEntry, i2) {
                            return areSidesEqual(existingEntry.left, trail2[i2].right) && areSidesEqual(existingEntry.right, trail2[i2].left);
                          });
                        });
                        return !alreadyExists;
                      };
                      if (!shouldEmitTrail()) return [3, 2];
                      trails.add(trail2);
                      return [4, { trail: trail2, type: checkerReaderTypeTrail }];
                    case 1:
                      _g.sent();
                      _g.label = 2;
                    case 2:
                      stack.push({
                        infiniteLoopTracker,
                        streamReadersWithGetters: streamReadersWithGetters.map(function(_a2) {
                          var reader = _a2.reader;
                          return {
                            get: once(function() {
                              return reader.next();
                            }),
                            reader
                          };
                        }),
                        trail: trail2
                      });
                      return [
                        2
                        /*return*/
                      ];
                  }
                });
              };
              _b.label = 1;
            case 1:
              return [5, _loop_1()];
            case 2:
              state_1 = _b.sent();
              if (state_1 === "break")
                return [3, 4];
              switch (state_1) {
                case "break-outer":
                  return [3, 4];
                case "continue-outer":
                  return [3, 3];
              }
              _b.label = 3;
            case 3:
              return [3, 1];
            case 4:
              if (trailEntriesAtStartOfLoop.size > 0) {
                try {
                  for (trails_1 = __values(trails), trails_1_1 = trails_1.next(); !trails_1_1.done; trails_1_1 = trails_1.next()) {
                    trail = trails_1_1.value;
                    if (trail.some(function(entry) {
                      return trailEntriesAtStartOfLoop.has(entry);
                    })) {
                      infinite = true;
                      break;
                    }
                  }
                } catch (e_1_1) {
                  e_1 = { error: e_1_1 };
                } finally {
                  try {
                    if (trails_1_1 && !trails_1_1.done && (_a = trails_1.return)) _a.call(trails_1);
                  } finally {
                    if (e_1) throw e_1.error;
                  }
                }
              }
              error = stepCount > input.maxSteps ? "hitMaxSteps" : timedOut ? "timedOut" : null;
              return [2, error ? { error } : { error: null, infinite }];
          }
        });
      }
      var lookaheadBehaviours = [
        "lookahead",
        "lookbehind",
        "negativeLookahead",
        "negativeLookbehind"
      ];
      function buildNodeExtra(regexp) {
        var capturingGroupToIndex = /* @__PURE__ */ new Map();
        var indexToCapturingGroup = /* @__PURE__ */ new Map();
        var nodeToLookaheadStack = /* @__PURE__ */ new Map();
        var reachableReferences = [];
        var visit = function(node, lookaheadStack, reachable) {
          switch (node.type) {
            case "anchor":
            case "characterClass":
            case "characterClassEscape":
            case "characterClassRange":
            case "unicodePropertyEscape":
            case "value":
            case "dot":
              return;
            case "reference": {
              nodeToLookaheadStack.set(node, lookaheadStack);
              if (reachable)
                reachableReferences.push(node);
              break;
            }
            case "alternative":
            case "disjunction": {
              node.body.forEach(function(expression) {
                return visit(expression, lookaheadStack, reachable);
              });
              return;
            }
            case "group": {
              if (node.behavior === "normal") {
                var index = capturingGroupToIndex.size + 1;
                capturingGroupToIndex.set(node, index);
                indexToCapturingGroup.set(index, node);
                nodeToLookaheadStack.set(node, lookaheadStack);
              }
              var newLookaheadStack_1 = __spreadArray([], __read(lookaheadStack), false);
              if (node.behavior !== "normal" && lookaheadBehaviours.indexOf(node.behavior) >= 0) {
                newLookaheadStack_1.push(node);
              }
              node.body.forEach(function(expression) {
                return visit(expression, newLookaheadStack_1, reachable);
              });
              return;
            }
            case "quantifier": {
              node.body.forEach(function(expression) {
                return visit(expression, lookaheadStack, reachable && node.max !== 0);
              });
              return;
            }
          }
        };
        visit(regexp, [], true);
        return {
          capturingGroupToIndex,
          indexToCapturingGroup,
          nodeToLookaheadStack,
          reachableReferences
        };
      }
      var ResultCache = (
        /** @class */
        (function() {
          function ResultCache2() {
            this._cache = /* @__PURE__ */ new Map();
          }
          ResultCache2.prototype.addResult = function(a, b, result) {
            var mapA = this._cache.get(a) || /* @__PURE__ */ new Map();
            mapA.set(b, result);
            this._cache.set(a, mapA);
            var mapB = this._cache.get(b) || /* @__PURE__ */ new Map();
            mapB.set(a, result);
            this._cache.set(b, mapB);
          };
          ResultCache2.prototype.getResult = function(a, b) {
            var _a;
            return (_a = this._cache.get(a)) === null || _a === void 0 ? void 0 : _a.get(b);
          };
          return ResultCache2;
        })()
      );
      var Tree = (
        /** @class */
        (function() {
          function Tree2(decode2) {
            this.decode = decode2;
            this.root = /* @__PURE__ */ new Map();
            this.results = /* @__PURE__ */ new Map();
            this._items = function() {
              return [];
            };
          }
          Tree2.prototype.add = function(input) {
            var values = this.decode(input);
            if (values.length === 0)
              return;
            var results = this.results;
            var current = {
              children: this.root
            };
            var numValues = values.length;
            for (var i = 0; i < numValues; i++) {
              var value = values[i];
              var last2 = i === numValues - 1;
              var existing = current.children.get(value);
              if (existing) {
                current = existing;
                if (!last2) {
                  results.delete(existing);
                }
              } else {
                var newChild = { children: /* @__PURE__ */ new Map(), value };
                current.children.set(value, newChild);
                current = newChild;
                if (last2) {
                  results.set(newChild, input);
                }
              }
            }
            this._items = once(function() {
              return Array.from(results.values());
            });
          };
          Object.defineProperty(Tree2.prototype, "items", {
            get: function() {
              return this._items();
            },
            enumerable: false,
            configurable: true
          });
          return Tree2;
        })()
      );
      var workLimit = 25e3;
      var EnhancedTrail = (
        /** @class */
        (function() {
          function EnhancedTrail2(trail, isEmptyCache) {
            this.trail = trail;
            this.isEmptyCache = isEmptyCache;
            this.tree = new Tree(function(trail2) {
              return trail2.map(function(_a) {
                var hash = _a.hash;
                return hash;
              });
            });
            this.inputStringSchema = trail.map(function(_a) {
              var intersection = _a.intersection;
              return intersection;
            });
            this.length = trail.length;
            this.onNewTrail(this);
          }
          Object.defineProperty(EnhancedTrail2.prototype, "matches", {
            get: function() {
              return this.tree.items;
            },
            enumerable: false,
            configurable: true
          });
          EnhancedTrail2.prototype.getLongestMatch = function(inputStringSchema, trailSides) {
            var _this = this;
            if (trailSides.length > inputStringSchema.length) {
              throw new Error("Internal error: trail should be <= than input string schema");
            }
            var noMatchOffset = trailSides.findIndex(function(side2, i) {
              var res = _this.isEmptyCache.getResult(side2.characterGroups, inputStringSchema[i]);
              if (res !== void 0)
                return res;
              var isEmpty = isEmptyCharacterGroups(intersectCharacterGroups(side2.characterGroups, inputStringSchema[i]));
              _this.isEmptyCache.addResult(side2.characterGroups, inputStringSchema[i], isEmpty);
              return isEmpty;
            });
            return noMatchOffset === -1 ? trailSides : trailSides.slice(0, noMatchOffset);
          };
          EnhancedTrail2.prototype.onNewTrail = function(otherTrail) {
            var e_1, _a;
            var leftSide = [];
            var rightSide = [];
            try {
              for (var _b = __values(otherTrail.trail), _c = _b.next(); !_c.done; _c = _b.next()) {
                var entry = _c.value;
                leftSide.push(entry.left);
                rightSide.push(entry.right);
              }
            } catch (e_1_1) {
              e_1 = { error: e_1_1 };
            } finally {
              try {
                if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
              } finally {
                if (e_1) throw e_1.error;
              }
            }
            var leftMatch = this.getLongestMatch(this.inputStringSchema, leftSide);
            if (leftMatch.length === this.length)
              this.tree.add(leftMatch);
            var rightMatch = this.getLongestMatch(this.inputStringSchema, rightSide);
            if (rightMatch.length === this.length)
              this.tree.add(rightMatch);
          };
          return EnhancedTrail2;
        })()
      );
      function collectResults(_a) {
        var e_2, _b;
        var atomicGroupOffsets = _a.atomicGroupOffsets, node = _a.node, maxScore = _a.maxScore, maxSteps = _a.maxSteps, multiLine = _a.multiLine, timeout = _a.timeout, caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll;
        var isEmptyCache = new ResultCache();
        var nodeExtra = buildNodeExtra(node);
        var input = {
          caseInsensitive,
          dotAll,
          node,
          nodeExtra
        };
        var leftStreamReader = buildCharacterReaderLevel2(input);
        var rightStreamReader = buildCharacterReaderLevel2(input);
        var reader = buildCheckerReader({
          atomicGroupOffsets,
          leftStreamReader,
          maxSteps,
          multiLine,
          nodeExtra,
          rightStreamReader,
          timeout
        });
        var trailsTree = new Tree(function(_a2) {
          var trail2 = _a2.trail;
          return trail2;
        });
        var score = 1;
        var work = 0;
        var next;
        outer: while (!(next = reader.next()).done) {
          switch (next.value.type) {
            case checkerReaderTypeTrail: {
              var trail = new EnhancedTrail(next.value.trail, isEmptyCache);
              var updateScore = function(_a2) {
                var matches = _a2.matches;
                var length = matches.length;
                if (length > score) {
                  score = length;
                }
              };
              if (work < workLimit) {
                try {
                  for (var _c = (e_2 = void 0, __values(trailsTree.items)), _d = _c.next(); !_d.done; _d = _c.next()) {
                    var existingTrail = _d.value;
                    if (existingTrail.length === trail.length) {
                      work += trail.length;
                      if (work >= workLimit)
                        break;
                      trail.onNewTrail(existingTrail);
                      existingTrail.onNewTrail(trail);
                      updateScore(existingTrail);
                    }
                  }
                } catch (e_2_1) {
                  e_2 = { error: e_2_1 };
                } finally {
                  try {
                    if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
                  } finally {
                    if (e_2) throw e_2.error;
                  }
                }
                updateScore(trail);
              }
              if (work >= workLimit) {
                score += 1;
              }
              trailsTree.add(trail);
              if (score > maxScore) {
                break outer;
              }
              break;
            }
          }
        }
        var error = null;
        if (next.done) {
          if (next.value.error) {
            score = Infinity;
            error = next.value.error;
          } else if (next.value.infinite) {
            score = Infinity;
            error = "hitMaxScore";
          }
        } else {
          score = Infinity;
          error = "hitMaxScore";
        }
        return {
          error,
          score,
          trails: trailsTree.items.map(function(_a2) {
            var trail2 = _a2.trail;
            return trail2;
          })
        };
      }
      var truncateLength = 100;
      var defaultResultsLimit = 15;
      function getBreadcrumbs(side2) {
        return "".concat(__spreadArray(__spreadArray([], __read(side2.backreferenceStack.map(function(_a) {
          var node = _a.node;
          return node.start.offset;
        }).reverse()), false), [
          side2.node.start.offset
        ], false).join("\u2192"));
      }
      function toFriendly(result, _a) {
        var _b = _a === void 0 ? {} : _a, _c = _b.resultsLimit, resultsLimit = _c === void 0 ? defaultResultsLimit : _c, _d = _b.alwaysIncludeTrails, alwaysIncludeTrails = _d === void 0 ? false : _d;
        if (resultsLimit < 0) {
          throw new Error("`resultsLimit` must be > 0.");
        }
        var scoreString = result.score.infinite ? "There could be infinite backtracks." : "Score: ".concat(result.score.value);
        if (result.safe && !alwaysIncludeTrails) {
          return "Regex is safe. ".concat(scoreString);
        }
        var outputLines = [];
        if (result.patternDowngraded) {
          outputLines.push("Pattern was downgraded to `".concat(result.pattern, "`."));
        }
        if (!result.trails.length) {
          var parts = [];
          parts.push(result.safe ? "Regex is safe. ".concat(scoreString) : "Regex may not be safe. ".concat(scoreString));
          if (result.error === "timedOut") {
            parts.push("Timed out.");
          }
          if (result.error === "hitMaxSteps") {
            parts.push("Reached steps limit.");
          }
          if (!result.safe) {
            parts.push("The pattern may have too many variations.");
          }
          outputLines.push(parts.join(" "));
        } else {
          var resultBlocks = result.trails.slice(0, resultsLimit).map(function(_a2) {
            var trail = _a2.trail;
            var rowContents = trail.slice(0, truncateLength).map(function(_a3) {
              var a = _a3.a, b = _a3.b;
              return [
                getBreadcrumbs(a),
                "`".concat(a.node.source, "`"),
                getBreadcrumbs(b),
                "`".concat(b.node.source, "`")
              ];
            });
            var maxCol1Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a3) {
              var _b2 = __read(_a3, 1), col = _b2[0];
              return col.length;
            })), false));
            var maxCol2Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a3) {
              var _b2 = __read(_a3, 2), col = _b2[1];
              return col.length;
            })), false));
            var maxCol3Length = Math.max.apply(Math, __spreadArray([], __read(rowContents.map(function(_a3) {
              var _b2 = __read(_a3, 3), col = _b2[2];
              return col.length;
            })), false));
            var rows = rowContents.map(function(_a3) {
              var _b2 = __read(_a3, 4), col1 = _b2[0], col2 = _b2[1], col3 = _b2[2], col4 = _b2[3];
              return "".concat(col1.padStart(maxCol1Length), ": ").concat(col2.padEnd(maxCol2Length), " | ").concat(col3.padStart(maxCol3Length), ": ").concat(col4);
            });
            if (trail.length > truncateLength) {
              rows.push("\u2026");
            }
            var maxRowLength = Math.max.apply(Math, __spreadArray([], __read(rows.map(function(row) {
              return row.length;
            })), false));
            rows.push("=".repeat(maxRowLength));
            return rows.join("\n");
          });
          var errorToMessage = {
            hitMaxScore: "Hit the max score so there may be more results than shown here.",
            hitMaxSteps: "Hit maximum number of steps so there may be more results than shown here.",
            timedOut: "Timed out so there may be more results than shown here."
          };
          outputLines.push.apply(outputLines, __spreadArray([], __read(__spreadArray([
            "Regex is ".concat(!result.safe ? "not " : "", "safe. ").concat(scoreString)
          ], __read(resultsLimit > 0 ? __spreadArray(__spreadArray(__spreadArray(__spreadArray([
            "",
            "The following trail".concat(result.trails.length > 1 ? "s" : "", " show").concat(result.trails.length === 1 ? "s" : "", " how the same input can be matched multiple ways.")
          ], __read(resultBlocks), false), [
            ""
          ], false), __read(result.error ? [errorToMessage[result.error]] : []), false), __read(result.trails.length > resultsLimit ? ["There are more results than this but hit results limit."] : []), false) : []), false)), false));
        }
        return outputLines.join("\n");
      }
      var version = _version;
      var defaultTimeout = Infinity;
      var defaultMaxScore = 200;
      var defaultMaxSteps = 2e4;
      var defaultMultiLine = false;
      var defaultUnicode = false;
      var defaultCaseInsensitive = false;
      var defaultDotAll = false;
      var supportedJSFlags = /* @__PURE__ */ new Set([
        "u",
        "g",
        "s",
        "y",
        "i",
        "d",
        "m"
      ]);
      function toRedosDetectorNode(node) {
        return {
          end: { offset: node.range[1] },
          source: node.raw,
          start: { offset: node.range[0] }
        };
      }
      function toRedosDetectorBackReferenceStack(stack) {
        return stack.flatMap(function(stackEntry) {
          return stackEntry.type === "reference" ? [stackEntry.reference] : [];
        }).reverse().map(function(reference) {
          return {
            index: reference.matchIndex,
            node: toRedosDetectorNode(reference)
          };
        });
      }
      function toRedosDetectorQuantifierIterations(stack) {
        var reversedStack = __spreadArray([], __read(stack), false).reverse();
        var referenceStackIndex = reversedStack.findIndex(function(_a) {
          var type = _a.type;
          return type === "reference";
        });
        var noneReferenceStackPortion = reversedStack.slice(0, referenceStackIndex >= 0 ? referenceStackIndex : stack.length).reverse();
        return noneReferenceStackPortion.flatMap(function(entry) {
          return entry.type === "quantifier" ? [entry] : [];
        }).map(function(_a) {
          var quantifier = _a.quantifier, iteration = _a.iteration;
          return {
            iteration,
            node: toRedosDetectorNode(quantifier)
          };
        });
      }
      function isSafePattern(inputPattern, _a) {
        var _b = _a === void 0 ? {} : _a, atomicGroupOffsetsInput = _b.atomicGroupOffsets, _c = _b.maxScore, maxScore = _c === void 0 ? defaultMaxScore : _c, _d = _b.maxSteps, maxSteps = _d === void 0 ? defaultMaxSteps : _d, _e = _b.multiLine, multiLine = _e === void 0 ? defaultMultiLine : _e, _f = _b.timeout, timeout = _f === void 0 ? defaultTimeout : _f, _g = _b.caseInsensitive, caseInsensitive = _g === void 0 ? defaultCaseInsensitive : _g, _h = _b.dotAll, dotAll = _h === void 0 ? defaultDotAll : _h, _j = _b.unicode, unicode = _j === void 0 ? defaultUnicode : _j, _k = _b.downgradePattern, downgradePattern$1 = _k === void 0 ? true : _k;
        if (caseInsensitive && unicode) {
          throw new Error("`caseInsensitive` cannot be used with `unicode`.");
        }
        if (downgradePattern$1 && atomicGroupOffsetsInput) {
          throw new Error("`atomicGroupOffsets` cannot be used with `downgradePattern: true`.");
        }
        if (timeout <= 0) {
          throw new Error("`timeout` must be a positive number.");
        }
        if (maxScore < 0) {
          throw new Error("`maxScore` must be a positive number or 0.");
        }
        if (maxSteps <= 0) {
          throw new Error("`maxSteps` must be a positive number.");
        }
        var _l = downgradePattern$1 ? downgradePattern({ pattern: inputPattern, unicode }) : {
          atomicGroupOffsets: new Set(atomicGroupOffsetsInput || []),
          pattern: inputPattern
        }, pattern = _l.pattern, atomicGroupOffsets = _l.atomicGroupOffsets;
        var patternDowngraded = downgradePattern$1 && inputPattern !== pattern;
        var ast = parse2(pattern, unicode);
        if (!downgradePattern$1 && isMissingStartAnchor(ast)) {
          throw new Error("Pattern is not bounded at the start and needs downgrading. See the `downgradePattern` option.");
        }
        var result = collectResults({
          atomicGroupOffsets,
          caseInsensitive,
          dotAll,
          maxScore,
          maxSteps,
          multiLine,
          node: ast,
          timeout
        });
        return __assign(__assign({}, result.error ? {
          error: result.error,
          safe: false
        } : {
          error: null,
          safe: true
        }), { pattern, patternDowngraded, score: result.score === Infinity ? { infinite: true } : { infinite: false, value: result.score }, trails: result.trails.map(function(trail) {
          var safeRegexTrail = {
            trail: trail.map(function(_a2) {
              var left = _a2.left, right = _a2.right;
              var entry = {
                a: {
                  backreferenceStack: toRedosDetectorBackReferenceStack(right.stack),
                  node: toRedosDetectorNode(right.node),
                  quantifierIterations: toRedosDetectorQuantifierIterations(right.stack)
                },
                b: {
                  backreferenceStack: toRedosDetectorBackReferenceStack(left.stack),
                  node: toRedosDetectorNode(left.node),
                  quantifierIterations: toRedosDetectorQuantifierIterations(left.stack)
                }
              };
              return entry;
            })
          };
          return safeRegexTrail;
        }) });
      }
      function isSafe2(regexp, config) {
        var e_1, _a;
        var unicode = false;
        var caseInsensitive = false;
        var dotAll = false;
        var multiLine = false;
        try {
          for (var _b = __values(regexp.flags.split("")), _c = _b.next(); !_c.done; _c = _b.next()) {
            var flag = _c.value;
            if (!supportedJSFlags.has(flag)) {
              throw new Error("Unsupported flag: ".concat(flag));
            }
            if (flag === "u")
              unicode = true;
            if (flag === "i")
              caseInsensitive = true;
            if (flag === "s")
              dotAll = true;
            if (flag === "m")
              multiLine = true;
          }
        } catch (e_1_1) {
          e_1 = { error: e_1_1 };
        } finally {
          try {
            if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
          } finally {
            if (e_1) throw e_1.error;
          }
        }
        return isSafePattern(regexp.source, __assign(__assign({}, config), { caseInsensitive, dotAll, multiLine, unicode }));
      }
      exports2.defaultCaseInsensitive = defaultCaseInsensitive;
      exports2.defaultDotAll = defaultDotAll;
      exports2.defaultMaxScore = defaultMaxScore;
      exports2.defaultMaxSteps = defaultMaxSteps;
      exports2.defaultMultiLine = defaultMultiLine;
      exports2.defaultResultsLimit = defaultResultsLimit;
      exports2.defaultTimeout = defaultTimeout;
      exports2.defaultUnicode = defaultUnicode;
      exports2.downgradePattern = downgradePattern;
      exports2.isSafe = isSafe2;
      exports2.isSafePattern = isSafePattern;
      exports2.toFriendly = toFriendly;
      exports2.version = version;
    }));
  }
});

// src/errors.ts
var InputError = class extends Error {
  /** Exit code for the CLI: 2 for usage and I/O errors unless said otherwise. */
  exitCode;
  constructor(message2, exitCode = 2) {
    super(message2);
    this.name = "InputError";
    this.exitCode = exitCode;
  }
};
function openFailed(path, err) {
  const code = err?.code;
  const text = {
    ENOENT: "2: No such file or directory",
    EACCES: "13: Permission denied",
    EISDIR: "21: Is a directory",
    ENOTDIR: "20: Not a directory"
  };
  return `open() "${path}" failed (${(code && text[code]) ?? String(err?.message ?? err)})`;
}

// src/parser/directives.json
var directives_default = { source: "@nginx/reference-lib@1.1.41", directives: {
  absolute_redirect: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  accept_mutex: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  accept_mutex_delay: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  accept_terms_of_service: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_acme_module"
  }],
  access_log: [{
    contexts: ["http", "http>location", "http>location>if", "http>location>limit_except", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 6,
    module: "ngx_http_log_module,ngx_stream_log_module"
  }],
  account_key: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  acme_certificate: [{
    contexts: ["http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_acme_module"
  }],
  acme_issuer: [{
    contexts: ["http"],
    block: true,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  acme_shared_zone: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  add_after_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_addition_module"
  }],
  add_before_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_addition_module"
  }],
  add_header: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_headers_module"
  }],
  add_header_inherit: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_headers_module"
  }],
  add_trailer: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_headers_module"
  }],
  add_trailer_inherit: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_headers_module"
  }],
  addition_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_addition_module"
  }],
  aio: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  aio_write: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  alias: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  allow: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_access_module,ngx_stream_access_module"
  }],
  ancient_browser: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_browser_module"
  }],
  ancient_browser_value: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_browser_module"
  }],
  api: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 1,
    module: "ngx_http_api_module"
  }],
  auth_basic: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_basic_module"
  }],
  auth_basic_user_file: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_basic_module"
  }],
  auth_delay: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  auth_http: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_auth_http_module"
  }],
  auth_http_header: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_mail_auth_http_module"
  }],
  auth_http_pass_client_cert: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_auth_http_module"
  }],
  auth_http_timeout: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_auth_http_module"
  }],
  auth_jwt: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_claim_set: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_header_set: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_key_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_key_file: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_key_request: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_leeway: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_require: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_jwt_type: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_jwt_module"
  }],
  auth_oidc: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  auth_request: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_auth_request_module"
  }],
  auth_request_set: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_auth_request_module"
  }],
  auth_require: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_auth_require_module"
  }],
  autoindex: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_autoindex_module"
  }],
  autoindex_exact_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_autoindex_module"
  }],
  autoindex_format: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_autoindex_module"
  }],
  autoindex_localtime: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_autoindex_module"
  }],
  break: [{
    contexts: ["http>location", "http>location>if", "http>server", "http>server>if"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_rewrite_module"
  }],
  challenge: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  charset: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_charset_module"
  }],
  charset_map: [{
    contexts: ["http"],
    block: true,
    min: 2,
    max: 2,
    module: "ngx_http_charset_module"
  }],
  charset_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_charset_module"
  }],
  chunked_transfer_encoding: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_body_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_body_in_file_only: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_body_in_single_buffer: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_body_temp_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_core_module"
  }],
  client_body_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_header_buffer_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_header_timeout: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_id: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  client_max_body_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  client_secret: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  common_name_in_csr: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  config_url: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  connection_pool_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  contact: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  cookie_name: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  create_full_put_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_dav_module"
  }],
  daemon: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  dav_access: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_dav_module"
  }],
  dav_methods: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_dav_module"
  }],
  debug_connection: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  debug_points: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  default_type: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  deny: [{
    contexts: ["http", "http>location", "http>location>limit_except", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_access_module,ngx_stream_access_module"
  }],
  directio: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  directio_alignment: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  disable_symlinks: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_core_module"
  }],
  early_hints: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_core_module"
  }],
  empty_gif: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_empty_gif_module"
  }],
  enforce_initial_report: [{
    contexts: ["mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mgmt_module"
  }],
  env: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  error_log: [{
    contexts: ["http", "http>location", "http>server", "mail", "mail>server", "main", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 3,
    module: "Core functionality"
  }],
  error_log_tag: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_core_module"
  }],
  error_page: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_core_module"
  }],
  etag: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  events: [{
    contexts: ["main"],
    block: true,
    min: 0,
    max: 0,
    module: "Core functionality"
  }],
  expires: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_headers_module"
  }],
  external_account_key: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_acme_module"
  }],
  extra_auth_args: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  f4f: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_f4f_module"
  }],
  f4f_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_f4f_module"
  }],
  fastcgi_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_busy_buffers_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_background_update: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_bypass: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_lock: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_lock_age: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_lock_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_max_range_offset: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_methods: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_min_uses: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_path: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 17,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_purge: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_revalidate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_use_stale: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_cache_valid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_catch_stderr: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_force_ranges: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_hide_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_ignore_client_abort: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_ignore_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_index: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_intercept_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_keep_conn: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_limit_rate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_max_temp_file_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_no_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_param: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_pass: [{
    contexts: ["http>location", "http>location>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_pass_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_pass_request_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_pass_request_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_request_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_request_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_send_lowat: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_split_path_info: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_store: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_store_access: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_temp_file_write_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_fastcgi_module"
  }],
  fastcgi_temp_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_fastcgi_module"
  }],
  flv: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_flv_module"
  }],
  frontchannel_logout_uri: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  geo: [{
    contexts: ["http", "stream"],
    block: true,
    min: 1,
    max: 2,
    module: "ngx_http_geo_module,ngx_stream_geo_module"
  }],
  geoip_city: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_geoip_module,ngx_stream_geoip_module"
  }],
  geoip_country: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_geoip_module,ngx_stream_geoip_module"
  }],
  geoip_org: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_geoip_module,ngx_stream_geoip_module"
  }],
  geoip_proxy: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_geoip_module"
  }],
  geoip_proxy_recursive: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_geoip_module"
  }],
  google_perftools_profiles: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_google_perftools_module"
  }],
  grpc_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_grpc_module"
  }],
  grpc_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_hide_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ignore_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_grpc_module"
  }],
  grpc_intercept_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_grpc_module"
  }],
  grpc_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_pass: [{
    contexts: ["http>location", "http>location>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_pass_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_request_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_set_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_grpc_module"
  }],
  grpc_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_certificate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_certificate_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_certificate_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_ciphers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_conf_command: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_crl: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_key_log: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_name: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_password_file: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_protocols: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 0,
    max: 6,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_server_name: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_session_reuse: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_trusted_certificate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_verify: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  grpc_ssl_verify_depth: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_grpc_module"
  }],
  gunzip: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gunzip_module"
  }],
  gunzip_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_gunzip_module"
  }],
  gzip: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_module"
  }],
  gzip_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_gzip_module"
  }],
  gzip_comp_level: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_module"
  }],
  gzip_disable: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_gzip_module"
  }],
  gzip_http_version: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_module"
  }],
  gzip_min_length: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_module"
  }],
  gzip_proxied: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_gzip_module"
  }],
  gzip_static: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_static_module"
  }],
  gzip_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_gzip_module"
  }],
  gzip_vary: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_gzip_module"
  }],
  hash: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  health_check: [{
    contexts: ["http>location", "stream>server"],
    block: false,
    min: 0,
    max: 1,
    module: "ngx_http_upstream_hc_module,ngx_stream_upstream_hc_module"
  }],
  health_check_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_upstream_hc_module"
  }],
  hls: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_hls_module"
  }],
  hls_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_hls_module"
  }],
  hls_forward_args: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_hls_module"
  }],
  hls_fragment: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_hls_module"
  }],
  hls_mp4_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_hls_module"
  }],
  hls_mp4_max_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_hls_module"
  }],
  http: [{
    contexts: ["main"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_http_core_module"
  }],
  http2: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_body_preread_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_chunk_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_idle_timeout: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_max_concurrent_pushes: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_max_concurrent_streams: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_max_field_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_max_header_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_max_requests: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_push: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_push_preload: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_recv_buffer_size: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http2_recv_timeout: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v2_module"
  }],
  http3: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  http3_hq: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  http3_max_concurrent_streams: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  http3_stream_buffer_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  if: [{
    contexts: ["http>location", "http>server"],
    block: true,
    min: 1,
    max: 1,
    module: "ngx_http_rewrite_module"
  }],
  if_modified_since: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  ignore_invalid_headers: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  image_filter: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_buffer: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_interlace: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_jpeg_quality: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_sharpen: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_transparency: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  image_filter_webp_quality: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_image_filter_module"
  }],
  imap_auth: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_imap_module"
  }],
  imap_capabilities: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_imap_module"
  }],
  imap_client_buffer: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_imap_module"
  }],
  include: [{
    contexts: ["*"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  index: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_index_module"
  }],
  internal: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_core_module"
  }],
  internal_redirect: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_internal_redirect_module"
  }],
  ip_hash: [{
    contexts: ["http>upstream"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_upstream_module"
  }],
  issuer: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  js_access: [{
    contexts: ["http>location", "http>location>if", "http>location>limit_except", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_body_filter: [{
    contexts: ["http>location", "http>location>if", "http>location>limit_except"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_js_module"
  }],
  js_content: [{
    contexts: ["http>location", "http>location>if", "http>location>limit_except"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module"
  }],
  js_context_reuse: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_engine: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_buffer_size: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_ciphers: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_keepalive: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_keepalive_requests: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_keepalive_time: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_keepalive_timeout: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_max_response_buffer_size: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_protocols: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 0,
    max: 4,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_proxy: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_timeout: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_trusted_certificate: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_verify: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_fetch_verify_depth: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_filter: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_js_module"
  }],
  js_header_filter: [{
    contexts: ["http>location", "http>location>if", "http>location>limit_except"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module"
  }],
  js_import: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_include: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_load_http_native_module: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_js_module"
  }],
  js_load_stream_native_module: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_stream_js_module"
  }],
  js_path: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_periodic: [{
    contexts: ["http>location", "stream>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_preload_object: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_preread: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_js_module"
  }],
  js_set: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_shared_dict_zone: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 5,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  js_var: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_js_module,ngx_stream_js_module"
  }],
  keepalive: [{
    contexts: ["http>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module"
  }],
  keepalive_disable: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_core_module"
  }],
  keepalive_min_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  keepalive_requests: [{
    contexts: ["http", "http>location", "http>server", "http>upstream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_http_upstream_module"
  }],
  keepalive_time: [{
    contexts: ["http", "http>location", "http>server", "http>upstream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_http_upstream_module"
  }],
  keepalive_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_core_module"
  }, {
    contexts: ["http>upstream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_upstream_module"
  }],
  keyval: [{
    contexts: ["http", "stream"],
    block: false,
    min: 3,
    max: 3,
    module: "ngx_http_keyval_module,ngx_stream_keyval_module"
  }],
  keyval_zone: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 5,
    module: "ngx_http_keyval_module,ngx_stream_keyval_module"
  }],
  large_client_header_buffers: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_core_module"
  }],
  least_conn: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  least_time: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  license_token: [{
    contexts: ["mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mgmt_module"
  }],
  limit_conn: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_limit_conn_module,ngx_stream_limit_conn_module"
  }],
  limit_conn_dry_run: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_conn_module,ngx_stream_limit_conn_module"
  }],
  limit_conn_log_level: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_conn_module,ngx_stream_limit_conn_module"
  }],
  limit_conn_status: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_conn_module"
  }],
  limit_conn_zone: [{
    contexts: ["http", "stream"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_limit_conn_module,ngx_stream_limit_conn_module"
  }],
  limit_except: [{
    contexts: ["http>location"],
    block: true,
    min: 1,
    max: -1,
    module: "ngx_http_core_module"
  }],
  limit_rate: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  limit_rate_after: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  limit_req: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_limit_req_module"
  }],
  limit_req_dry_run: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_req_module"
  }],
  limit_req_log_level: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_req_module"
  }],
  limit_req_status: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_limit_req_module"
  }],
  limit_req_zone: [{
    contexts: ["http"],
    block: false,
    min: 3,
    max: 4,
    module: "ngx_http_limit_req_module"
  }],
  limit_zone: [{
    contexts: ["http"],
    block: false,
    min: 3,
    max: 3,
    module: "ngx_http_limit_conn_module"
  }],
  lingering_close: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  lingering_time: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  lingering_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  listen: [{
    contexts: ["http>server", "stream>server"],
    block: false,
    min: 1,
    max: 17,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }, {
    contexts: ["mail>server"],
    block: false,
    min: 1,
    max: 10,
    module: "ngx_mail_core_module"
  }],
  load_module: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  location: [{
    contexts: ["http>location", "http>server"],
    block: true,
    min: 1,
    max: 2,
    module: "ngx_http_core_module"
  }],
  lock_file: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  log_format: [{
    contexts: ["http", "stream"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_log_module,ngx_stream_log_module"
  }],
  log_not_found: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  log_subrequest: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  logout_token_hint: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  logout_uri: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  mail: [{
    contexts: ["main"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_mail_core_module"
  }],
  map: [{
    contexts: ["http", "stream"],
    block: true,
    min: 2,
    max: 2,
    module: "ngx_http_map_module,ngx_stream_map_module"
  }],
  map_hash_bucket_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_map_module,ngx_stream_map_module"
  }],
  map_hash_max_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_map_module,ngx_stream_map_module"
  }],
  master_process: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  match: [{
    contexts: ["http", "stream"],
    block: true,
    min: 1,
    max: 1,
    module: "ngx_http_upstream_hc_module,ngx_stream_upstream_hc_module"
  }],
  max_errors: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_core_module"
  }],
  max_headers: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  max_ranges: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  memcached_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_memcached_module"
  }],
  memcached_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_memcached_module"
  }],
  memcached_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_gzip_flag: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_memcached_module"
  }],
  memcached_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_pass: [{
    contexts: ["http>location", "http>location>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  memcached_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_memcached_module"
  }],
  merge_slashes: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  mgmt: [{
    contexts: ["main"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_mgmt_module"
  }],
  min_delete_depth: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_dav_module"
  }],
  mirror: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mirror_module"
  }],
  mirror_request_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mirror_module"
  }],
  modern_browser: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_browser_module"
  }],
  modern_browser_value: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_browser_module"
  }],
  mp4: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_mp4_module"
  }],
  mp4_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mp4_module"
  }],
  mp4_limit_rate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mp4_module"
  }],
  mp4_limit_rate_after: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mp4_module"
  }],
  mp4_max_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mp4_module"
  }],
  mp4_start_key_frame: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_mp4_module"
  }],
  mqtt: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_mqtt_filter_module"
  }],
  mqtt_buffers: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_stream_mqtt_filter_module"
  }],
  mqtt_preread: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_mqtt_preread_module"
  }],
  mqtt_rewrite_buffer_size: [{
    contexts: ["stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_mqtt_filter_module"
  }],
  mqtt_set_connect: [{
    contexts: ["stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_stream_mqtt_filter_module"
  }],
  msie_padding: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  msie_refresh: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  multi_accept: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  ntlm: [{
    contexts: ["http>upstream"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_upstream_module"
  }],
  num_map: [{
    contexts: ["http", "stream"],
    block: true,
    min: 1,
    max: 2,
    module: "ngx_http_num_map_module,ngx_stream_num_map_module"
  }],
  oidc_provider: [{
    contexts: ["http"],
    block: true,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  open_file_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_core_module"
  }],
  open_file_cache_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  open_file_cache_min_uses: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  open_file_cache_valid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  open_log_file_cache: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_log_module,ngx_stream_log_module"
  }],
  otel_exporter: [{
    contexts: ["http"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_otel_module"
  }],
  otel_resource_attr: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_otel_module"
  }],
  otel_service_name: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_otel_module"
  }],
  otel_span_attr: [{
    contexts: ["http", "http>location", "http>server", "mail>server", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_otel_module"
  }],
  otel_span_name: [{
    contexts: ["http", "http>location", "http>server", "mail>server", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_otel_module"
  }],
  otel_trace: [{
    contexts: ["http", "http>location", "http>server", "mail>server", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_otel_module"
  }],
  otel_trace_context: [{
    contexts: ["http", "http>location", "http>server", "mail>server", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_otel_module"
  }],
  output_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_core_module"
  }],
  override_charset: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_charset_module"
  }],
  pass: [{
    contexts: ["stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_pass_module"
  }],
  pcre_jit: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  perl: [{
    contexts: ["http>location", "http>location>limit_except"],
    block: false,
    min: 3,
    max: -1,
    module: "ngx_http_perl_module"
  }],
  perl_modules: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_perl_module"
  }],
  perl_require: [{
    contexts: ["http"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_perl_module"
  }],
  perl_set: [{
    contexts: ["http"],
    block: false,
    min: 4,
    max: -1,
    module: "ngx_http_perl_module"
  }],
  pid: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  pkce: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  pop3_auth: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_pop3_module"
  }],
  pop3_capabilities: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_pop3_module"
  }],
  port_in_redirect: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  post_logout_uri: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  postpone_output: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  preferred_chain: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  preread_buffer_size: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_core_module"
  }],
  preread_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_core_module"
  }],
  profile: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_acme_module"
  }],
  protocol: [{
    contexts: ["mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_core_module"
  }],
  proxy: [{
    contexts: ["mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mgmt_module"
  }],
  proxy_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_bind: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_buffer: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module"
  }],
  proxy_buffer_size: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_proxy_module"
  }],
  proxy_busy_buffers_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_background_update: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_bypass: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_convert_head: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_lock: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_lock_age: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_lock_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_max_range_offset: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_methods: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_min_uses: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_path: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 17,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_purge: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_revalidate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_use_stale: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cache_valid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_connect_timeout: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_cookie_domain: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_proxy_module"
  }],
  proxy_cookie_flags: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_cookie_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_proxy_module"
  }],
  proxy_download_rate: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_force_ranges: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_half_close: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_headers_hash_bucket_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_headers_hash_max_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_hide_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_http_version: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_ignore_client_abort: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_ignore_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_intercept_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_limit_rate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_max_temp_file_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_method: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }, {
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_no_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_pass: [{
    contexts: ["http>location", "http>location>if", "http>location>limit_except", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_pass_error_message: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module"
  }],
  proxy_pass_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_pass_request_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_pass_request_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_pass_trailers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_password: [{
    contexts: ["mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mgmt_module"
  }],
  proxy_protocol: [{
    contexts: ["mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_protocol_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_core_module"
  }],
  proxy_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_redirect: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_proxy_module"
  }],
  proxy_request_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_request_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_requests: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_responses: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_send_lowat: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_session_drop: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_set_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_set_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_proxy_module"
  }],
  proxy_smtp_auth: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module"
  }],
  proxy_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_ssl_alpn: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_ssl_certificate: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_certificate_cache: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_certificate_key: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_ciphers: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_conf_command: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_crl: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_key_log: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_name: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_password_file: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_protocols: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 0,
    max: 6,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_server_name: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_session_reuse: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_trusted_certificate: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_verify: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_ssl_verify_depth: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_store: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_store_access: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_proxy_module"
  }],
  proxy_temp_file_write_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_proxy_module"
  }],
  proxy_temp_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_proxy_module"
  }],
  proxy_timeout: [{
    contexts: ["mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module,ngx_stream_proxy_module"
  }],
  proxy_upload_rate: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_proxy_module"
  }],
  proxy_username: [{
    contexts: ["mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mgmt_module"
  }],
  queue: [{
    contexts: ["http>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module"
  }],
  quic_active_connection_id_limit: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  quic_bpf: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  quic_gso: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  quic_host_key: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  quic_retry: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_v3_module"
  }],
  random: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 0,
    max: 2,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  random_index: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_random_index_module"
  }],
  read_ahead: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  real_ip_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_realip_module"
  }],
  real_ip_recursive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_realip_module"
  }],
  recursive_error_pages: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  redirect_uri: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  referer_hash_bucket_size: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_referer_module"
  }],
  referer_hash_max_size: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_referer_module"
  }],
  request_pool_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  reset_timedout_connection: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  resolver: [{
    contexts: ["http", "http>location", "http>server", "http>upstream", "mail", "mail>server", "mgmt", "stream", "stream>server", "stream>upstream"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_core_module,ngx_http_upstream_module,ngx_mail_core_module,ngx_mgmt_module,ngx_stream_core_module,ngx_stream_upstream_module"
  }],
  resolver_timeout: [{
    contexts: ["http", "http>location", "http>server", "http>upstream", "mail", "mail>server", "stream", "stream>server", "stream>upstream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_http_upstream_module,ngx_mail_core_module,ngx_stream_core_module,ngx_stream_upstream_module"
  }],
  return: [{
    contexts: ["http>location", "http>location>if", "http>server", "http>server>if"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_rewrite_module"
  }, {
    contexts: ["stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_return_module"
  }],
  rewrite: [{
    contexts: ["http>location", "http>location>if", "http>server", "http>server>if"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_rewrite_module"
  }],
  rewrite_log: [{
    contexts: ["http", "http>location", "http>location>if", "http>server", "http>server>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_rewrite_module"
  }],
  root: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  satisfy: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  scgi_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_scgi_module"
  }],
  scgi_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_scgi_module"
  }],
  scgi_busy_buffers_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_background_update: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_bypass: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_lock: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_lock_age: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_lock_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_max_range_offset: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_methods: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_min_uses: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_path: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 17,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_purge: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_revalidate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_use_stale: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_cache_valid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_force_ranges: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_hide_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_ignore_client_abort: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_ignore_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_intercept_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_limit_rate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_max_temp_file_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_no_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_param: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_scgi_module"
  }],
  scgi_pass: [{
    contexts: ["http>location", "http>location>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_pass_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_pass_request_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_pass_request_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_request_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_request_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_store: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_store_access: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_scgi_module"
  }],
  scgi_temp_file_write_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_scgi_module"
  }],
  scgi_temp_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_scgi_module"
  }],
  scope: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_oidc_module"
  }],
  secure_link: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_secure_link_module"
  }],
  secure_link_md5: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_secure_link_module"
  }],
  secure_link_secret: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_secure_link_module"
  }],
  send_lowat: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  sendfile: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  sendfile_max_chunk: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  server: [{
    contexts: ["http", "mail", "stream"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_http_core_module,ngx_mail_core_module,ngx_stream_core_module"
  }, {
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  server_name: [{
    contexts: ["http>server", "stream>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }, {
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_core_module"
  }],
  server_name_in_redirect: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  server_names_hash_bucket_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }],
  server_names_hash_max_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }],
  server_tokens: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  session_log: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_session_log_module"
  }],
  session_log_format: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_session_log_module"
  }],
  session_log_zone: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 6,
    module: "ngx_http_session_log_module"
  }],
  session_store: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  session_timeout: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  set: [{
    contexts: ["http>location", "http>location>if", "http>server", "http>server>if", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_rewrite_module,ngx_stream_set_module"
  }],
  set_real_ip_from: [{
    contexts: ["http", "http>location", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_realip_module,ngx_mail_realip_module,ngx_stream_realip_module"
  }],
  slice: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_slice_module"
  }],
  smtp_auth: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_smtp_module"
  }],
  smtp_capabilities: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_mail_smtp_module"
  }],
  smtp_client_buffer: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_smtp_module"
  }],
  smtp_greeting_delay: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_smtp_module"
  }],
  source_charset: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_charset_module"
  }],
  split_clients: [{
    contexts: ["http", "stream"],
    block: true,
    min: 2,
    max: 2,
    module: "ngx_http_split_clients_module,ngx_stream_split_clients_module"
  }],
  ssi: [{
    contexts: ["http", "http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssi_module"
  }],
  ssi_last_modified: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssi_module"
  }],
  ssi_min_file_chunk: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssi_module"
  }],
  ssi_silent_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssi_module"
  }],
  ssi_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_ssi_module"
  }],
  ssi_value_length: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssi_module"
  }],
  ssl: [{
    contexts: ["http", "http>server", "mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module"
  }],
  ssl_alpn: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_stream_ssl_module"
  }],
  ssl_buffer_size: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module"
  }],
  ssl_certificate: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_certificate_cache: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_certificate_compression: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_certificate_key: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_ciphers: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_client_certificate: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_conf_command: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_crl: [{
    contexts: ["http", "http>oidc_provider", "http>server", "mail", "mail>server", "mgmt", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module,ngx_http_ssl_module,ngx_mail_ssl_module,ngx_mgmt_module,ngx_stream_ssl_module"
  }],
  ssl_dhparam: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_early_data: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module"
  }],
  ssl_ecdh_curve: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_ech_file: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_engine: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  ssl_handshake_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_ssl_module"
  }],
  ssl_key_log: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_object_cache_inheritable: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  ssl_ocsp: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_ocsp_cache: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 0,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_ocsp_responder: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_password_file: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_prefer_server_ciphers: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_preread: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_ssl_preread_module"
  }],
  ssl_protocols: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 0,
    max: 6,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_reject_handshake: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_session_cache: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 0,
    max: 2,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_session_ticket_key: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_session_tickets: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_session_timeout: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_stapling: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_stapling_file: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_stapling_responder: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_stapling_verify: [{
    contexts: ["http", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_trusted_certificate: [{
    contexts: ["http", "http>acme_issuer", "http>oidc_provider", "http>server", "mail", "mail>server", "mgmt", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module,ngx_http_oidc_module,ngx_http_ssl_module,ngx_mail_ssl_module,ngx_mgmt_module,ngx_stream_ssl_module"
  }],
  ssl_verify: [{
    contexts: ["http>acme_issuer", "mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module,ngx_mgmt_module"
  }],
  ssl_verify_client: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  ssl_verify_depth: [{
    contexts: ["http", "http>server", "mail", "mail>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_ssl_module,ngx_mail_ssl_module,ngx_stream_ssl_module"
  }],
  stall_threshold: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  starttls: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_ssl_module"
  }],
  state: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  state_path: [{
    contexts: ["http>acme_issuer", "mgmt"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module,ngx_mgmt_module"
  }],
  status: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_status_module"
  }],
  status_format: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_status_module"
  }],
  status_zone: [{
    contexts: ["http>location", "http>location>if", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_api_module,ngx_http_status_module"
  }],
  sticky: [{
    contexts: ["http>upstream"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_upstream_module"
  }],
  stream: [{
    contexts: ["main"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_stream_core_module"
  }],
  stub_status: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_stub_status_module"
  }],
  sub_filter: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_sub_module"
  }],
  sub_filter_last_modified: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_sub_module"
  }],
  sub_filter_once: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_sub_module"
  }],
  sub_filter_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_sub_module"
  }],
  subrequest_output_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  tcp_nodelay: [{
    contexts: ["http", "http>location", "http>server", "stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }],
  tcp_nopush: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  thread_pool: [{
    contexts: ["main"],
    block: false,
    min: 2,
    max: 3,
    module: "Core functionality"
  }],
  timeout: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_core_module"
  }],
  timer_resolution: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  try_files: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 2,
    max: -1,
    module: "ngx_http_core_module"
  }],
  tunnel_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_pass: [{
    contexts: ["http>location", "http>location>if", "http>server"],
    block: false,
    min: 0,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_send_lowat: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  tunnel_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_tunnel_module"
  }],
  types: [{
    contexts: ["http", "http>location", "http>server"],
    block: true,
    min: 0,
    max: 0,
    module: "ngx_http_core_module"
  }],
  types_hash_bucket_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  types_hash_max_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  underscores_in_headers: [{
    contexts: ["http", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module"
  }],
  uninitialized_variable_warn: [{
    contexts: ["http", "http>location", "http>location>if", "http>server", "http>server>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_rewrite_module"
  }],
  upstream: [{
    contexts: ["http", "stream"],
    block: true,
    min: 1,
    max: 1,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  upstream_conf: [{
    contexts: ["http>location"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_http_upstream_conf_module"
  }],
  uri: [{
    contexts: ["http>acme_issuer"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_acme_module"
  }],
  usage_report: [{
    contexts: ["mgmt"],
    block: false,
    min: 0,
    max: 2,
    module: "ngx_mgmt_module"
  }],
  use: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  user: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 2,
    module: "Core functionality"
  }],
  userid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_domain: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_expires: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_flags: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_userid_module"
  }],
  userid_mark: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_name: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_p3p: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userid_service: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_userid_module"
  }],
  userinfo: [{
    contexts: ["http>oidc_provider"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_oidc_module"
  }],
  uwsgi_allow_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_bind: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_bind_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_buffer_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_buffers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_busy_buffers_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_background_update: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_bypass: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_lock: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_lock_age: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_lock_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_max_range_offset: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_methods: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_min_uses: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_path: [{
    contexts: ["http"],
    block: false,
    min: 2,
    max: 17,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_purge: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_revalidate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_use_stale: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_cache_valid: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_connect_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_force_ranges: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_hide_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ignore_client_abort: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ignore_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_intercept_errors: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_limit_rate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_max_temp_file_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_modifier1: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_modifier2: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_next_upstream: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_next_upstream_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_next_upstream_tries: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_no_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_param: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 3,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_pass: [{
    contexts: ["http>location", "http>location>if"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_pass_header: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_pass_request_body: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_pass_request_headers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_read_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_request_buffering: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_request_dynamic: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_send_timeout: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_socket_keepalive: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_socket_rcvbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_socket_sndbuf: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_certificate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_certificate_cache: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 3,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_certificate_key: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_ciphers: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_conf_command: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_crl: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_key_log: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_name: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_password_file: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_protocols: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 0,
    max: 6,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_server_name: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_session_reuse: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_trusted_certificate: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_verify: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_ssl_verify_depth: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_store: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_store_access: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_temp_file_write_size: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_uwsgi_module"
  }],
  uwsgi_temp_path: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 4,
    module: "ngx_http_uwsgi_module"
  }],
  valid_referers: [{
    contexts: ["http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_referer_module"
  }],
  variables_hash_bucket_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }],
  variables_hash_max_size: [{
    contexts: ["http", "stream"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_core_module,ngx_stream_core_module"
  }],
  worker_aio_requests: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_connections: [{
    contexts: ["events"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_cpu_affinity: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: -1,
    module: "Core functionality"
  }],
  worker_priority: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_processes: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_rlimit_core: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_rlimit_nofile: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  worker_shutdown_timeout: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  working_directory: [{
    contexts: ["main"],
    block: false,
    min: 1,
    max: 1,
    module: "Core functionality"
  }],
  xclient: [{
    contexts: ["mail", "mail>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_mail_proxy_module"
  }],
  xml_entities: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_xslt_module"
  }],
  xml_external_entities: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_xslt_module"
  }],
  xslt_last_modified: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_http_xslt_module"
  }],
  xslt_param: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_xslt_module"
  }],
  xslt_string_param: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_http_xslt_module"
  }],
  xslt_stylesheet: [{
    contexts: ["http>location"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_xslt_module"
  }],
  xslt_types: [{
    contexts: ["http", "http>location", "http>server"],
    block: false,
    min: 1,
    max: -1,
    module: "ngx_http_xslt_module"
  }],
  zone: [{
    contexts: ["http>upstream", "stream>upstream"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_http_upstream_module,ngx_stream_upstream_module"
  }],
  zone_sync: [{
    contexts: ["stream>server"],
    block: false,
    min: 0,
    max: 0,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_buffers: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_connect_retry_interval: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_connect_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_interval: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_recv_buffer_size: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_server: [{
    contexts: ["stream>server"],
    block: false,
    min: 1,
    max: 2,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_certificate: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_certificate_key: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_ciphers: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_conf_command: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 2,
    max: 2,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_crl: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_name: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_password_file: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_protocols: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 0,
    max: 6,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_server_name: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_trusted_certificate: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_verify: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_ssl_verify_depth: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }],
  zone_sync_timeout: [{
    contexts: ["stream", "stream>server"],
    block: false,
    min: 1,
    max: 1,
    module: "ngx_stream_zone_sync_module"
  }]
} };

// src/parser/lexer.ts
var SP = 32;
var TAB = 9;
var CR = 13;
var LF = 10;
var SEMI = 59;
var LBRACE = 123;
var RBRACE = 125;
var HASH = 35;
var DQ = 34;
var SQ = 39;
var BSL = 92;
var DOLLAR = 36;
var RPAREN = 41;
var DASH = 45;
function isSpace(c) {
  return c === SP || c === TAB || c === CR || c === LF;
}
function nginxUnescape(s) {
  if (s.indexOf("\\") < 0) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && i + 1 < s.length) {
      const n = s[i + 1];
      if (n === '"' || n === "'" || n === "\\") {
        out += n;
        i++;
        continue;
      }
      if (n === "t") {
        out += "	";
        i++;
        continue;
      }
      if (n === "r") {
        out += "\r";
        i++;
        continue;
      }
      if (n === "n") {
        out += "\n";
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}
var Lexer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  tok = { kind: "eof", raw: "", value: "", quoted: false, line: 1, col: 1, endLine: 1, endCol: 1 };
  pos = 0;
  line = 1;
  lineStart = 0;
  /** True while no word has started on the current line (for trailing-comment detection). */
  lineHasCode = false;
  errors = [];
  pragmas = [];
  col(pos = this.pos) {
    return pos - this.lineStart + 1;
  }
  /** A newline at `at`: the next line starts after it. */
  newLine(at) {
    this.line++;
    this.lineStart = at + 1;
    this.lineHasCode = false;
  }
  /** Advances one character, keeping line bookkeeping. */
  adv() {
    if (this.text.charCodeAt(this.pos) === LF) this.newLine(this.pos);
    this.pos++;
  }
  /** Line and column of the end of input (where an `unexpected end of file` is reported). */
  eofPosition() {
    return { line: this.line, col: this.col() };
  }
  emit(kind, raw, value, quoted, line, col, endLine, endCol) {
    const t = this.tok;
    t.kind = kind;
    t.raw = raw;
    t.value = value;
    t.quoted = quoted;
    t.line = line;
    t.col = col;
    t.endLine = endLine;
    t.endCol = endCol;
    return t;
  }
  next() {
    const t = this.text;
    const n = t.length;
    let pos = this.pos;
    for (; pos < n; pos++) {
      const c2 = t.charCodeAt(pos);
      if (c2 === LF) this.newLine(pos);
      else if (c2 !== SP && c2 !== TAB && c2 !== CR) break;
    }
    this.pos = pos;
    if (this.pos >= n) {
      return this.emit("eof", "", "", false, this.line, this.col(), this.line, this.col());
    }
    const line = this.line;
    const col = this.col();
    const c = t.charCodeAt(this.pos);
    if (c === HASH) {
      const start = this.pos + 1;
      let end = t.indexOf("\n", start);
      if (end < 0) end = n;
      let textEnd = end;
      if (textEnd > start && t.charCodeAt(textEnd - 1) === CR) textEnd--;
      const raw = t.slice(start, textEnd);
      const trailing = this.lineHasCode;
      this.pos = end;
      const pr = /^\s*nginx-gitops:/.exec(raw);
      if (pr) this.pragmas.push({ text: raw.slice(pr[0].length).trim(), line, col, trailing });
      return this.emit("comment", raw, raw, false, line, col, line, this.col(textEnd - 1));
    }
    this.lineHasCode = true;
    if (c === SEMI || c === LBRACE || c === RBRACE) {
      this.adv();
      const ch = String.fromCharCode(c);
      return this.emit(ch, ch, ch, false, line, col, line, col);
    }
    if (c === DQ || c === SQ) return this.quoted(c, line, col);
    return this.word(line, col);
  }
  quoted(q, line, col) {
    const t = this.text;
    const n = t.length;
    this.adv();
    const start = this.pos;
    let raw = "";
    let chunk = start;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (c === BSL && this.pos + 1 < n) {
        if (t.charCodeAt(this.pos + 1) === q) {
          raw += t.slice(chunk, this.pos) + String.fromCharCode(q);
          this.adv();
          this.adv();
          chunk = this.pos;
          continue;
        }
        this.adv();
        this.adv();
        continue;
      }
      if (c === q) break;
      this.adv();
    }
    const contentEnd = this.pos;
    raw += t.slice(chunk, contentEnd);
    const value = nginxUnescape(t.slice(start, contentEnd));
    if (this.pos >= n) {
      const endLine2 = this.line, endCol2 = this.col(n - 1);
      return this.emit("word", raw, value, true, line, col, endLine2, endCol2);
    }
    const endLine = this.line, endCol = this.col();
    this.adv();
    if (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (!isSpace(c) && c !== SEMI && c !== LBRACE && c !== RPAREN) {
        this.errors.push({ message: `unexpected "${t[this.pos]}"`, line: this.line, col: this.col() });
      }
    }
    return this.emit("word", raw, value, true, line, col, endLine, endCol);
  }
  word(line, col) {
    const t = this.text;
    const n = t.length;
    const start = this.pos;
    let pos = start;
    let prevDollar = false;
    while (pos < n) {
      const c = t.charCodeAt(pos);
      if (c === BSL) {
        prevDollar = false;
        pos++;
        if (pos < n) {
          if (t.charCodeAt(pos) === LF) this.newLine(pos);
          pos++;
        }
        continue;
      }
      if (c === LBRACE && prevDollar) {
        prevDollar = false;
        pos++;
        continue;
      }
      if (isSpace(c) || c === SEMI || c === LBRACE) break;
      prevDollar = c === DOLLAR;
      pos++;
    }
    this.pos = pos;
    const raw = t.slice(start, pos);
    return this.emit("word", raw, nginxUnescape(raw), false, line, col, this.line, this.col() - 1);
  }
  /**
   * Reads a `*_by_lua_block` body as one raw argument, as crossplane's Lua extension does
   * (crossplane/ext/lua.py): braces inside Lua strings and `--` comments do not count. For
   * `set_by_lua_block` the variable name comes first. Returns the argument tokens, or an error
   * message when the body does not start with `{` or never closes.
   */
  luaBlock(withVariable) {
    const t = this.text;
    const n = t.length;
    const args2 = [];
    const skipSpace = () => {
      while (this.pos < n && isSpace(t.charCodeAt(this.pos))) this.adv();
    };
    skipSpace();
    if (withVariable) {
      args2.push({ ...this.word(this.line, this.col()) });
      skipSpace();
    }
    if (this.pos >= n || t.charCodeAt(this.pos) !== LBRACE) {
      return { error: { message: 'expected "{" to start Lua block', line: this.line, col: this.col() } };
    }
    this.adv();
    const line = this.line, col = this.col();
    const start = this.pos;
    let depth = 1;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (c === DASH && t.charCodeAt(this.pos + 1) === DASH) {
        while (this.pos < n && t.charCodeAt(this.pos) !== LF) this.adv();
        continue;
      }
      if (c === DQ || c === SQ) {
        this.adv();
        while (this.pos < n && t.charCodeAt(this.pos) !== c) {
          if (t.charCodeAt(this.pos) === BSL) this.adv();
          this.adv();
        }
        this.adv();
        continue;
      }
      if (c === LBRACE) depth++;
      else if (c === RBRACE && --depth === 0) break;
      this.adv();
    }
    if (this.pos >= n) {
      const e = this.eofPosition();
      return { error: { message: 'unexpected end of file, expecting "}"', line: e.line, col: e.col } };
    }
    const body = t.slice(start, this.pos);
    const endLine = this.line, endCol = this.col();
    args2.push({ kind: "word", raw: body, value: body, quoted: true, line, col, endLine, endCol });
    this.adv();
    return { args: args2, end: { line: endLine, col: endCol } };
  }
};
function decode(buf) {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(buf);
}

// src/parser/overlays/reference-corrections.json
var reference_corrections_default = {
  about: "Where argument counts derived from @nginx/reference-lib's syntax strings differ from what nginx's source accepts. Each entry replaces every shape of that directive and names the nginx source it follows.",
  directives: {
    if: {
      source: "nginx: ngx_http_rewrite_commands, NGX_CONF_BLOCK|NGX_CONF_1MORE (the condition is several words: $a = b)",
      shapes: [
        {
          contexts: [
            "http>location",
            "http>server"
          ],
          block: true,
          min: 1,
          max: -1
        }
      ]
    },
    ssl_protocols: {
      source: "nginx: ngx_http_ssl_commands, NGX_CONF_1MORE",
      shapes: [
        {
          contexts: [
            "http",
            "http>server",
            "mail",
            "mail>server",
            "stream",
            "stream>server"
          ],
          block: false,
          min: 1,
          max: -1
        }
      ]
    },
    server: {
      source: "nginx: ngx_http_upstream_commands and ngx_stream_upstream_commands, server is NGX_CONF_1MORE in an upstream (address and any number of parameters); NGX_CONF_NOARGS|NGX_CONF_BLOCK in http, stream and mail",
      shapes: [
        {
          contexts: [
            "http",
            "mail",
            "stream"
          ],
          block: true,
          min: 0,
          max: 0
        },
        {
          contexts: [
            "http>upstream",
            "stream>upstream"
          ],
          block: false,
          min: 1,
          max: -1
        }
      ]
    },
    perl: {
      source: "nginx: ngx_http_perl_commands, perl is NGX_CONF_TAKE1 (the reference's syntax string spells a quoted 'sub { ... }')",
      shapes: [
        {
          contexts: [
            "http>location",
            "http>location>limit_except"
          ],
          block: false,
          min: 1,
          max: 1
        }
      ]
    },
    perl_set: {
      source: "nginx: ngx_http_perl_commands, perl_set is NGX_CONF_TAKE2",
      shapes: [
        {
          contexts: [
            "http"
          ],
          block: false,
          min: 2,
          max: 2
        }
      ]
    },
    post_action: {
      source: "nginx: ngx_http_core_commands, post_action is undocumented: NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_HTTP_LIF_CONF|NGX_CONF_TAKE1",
      shapes: [
        {
          contexts: [
            "http",
            "http>server",
            "http>location",
            "http>location>if"
          ],
          block: false,
          min: 1,
          max: 1
        }
      ]
    },
    stub_status: {
      source: "nginx: ngx_http_status_commands in src/http/modules/ngx_http_stub_status_module.c, NGX_CONF_NOARGS|NGX_CONF_TAKE1 (the argument of 'stub_status on;', required before 1.7.5, is still accepted and ignored)",
      shapes: [
        {
          contexts: [
            "http>location",
            "http>server"
          ],
          block: false,
          min: 0,
          max: 1
        }
      ]
    }
  }
};

// src/parser/overlays/lua-nginx-module.json
var lua_nginx_module_default = {
  directives: {
    access_by_lua: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    access_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    access_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    access_by_lua_no_postpone: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    balancer_by_lua_block: [
      {
        block: false,
        contexts: [
          "http>upstream",
          "stream>upstream"
        ],
        max: 1,
        min: 1
      }
    ],
    balancer_by_lua_file: [
      {
        block: false,
        contexts: [
          "http>upstream"
        ],
        max: 1,
        min: 1
      }
    ],
    body_filter_by_lua: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    body_filter_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    body_filter_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    content_by_lua: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if"
        ],
        max: 1,
        min: 1
      }
    ],
    content_by_lua_block: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    content_by_lua_file: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if"
        ],
        max: 1,
        min: 1
      }
    ],
    exit_worker_by_lua_block: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    exit_worker_by_lua_file: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    header_filter_by_lua: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    header_filter_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    header_filter_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    init_by_lua: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    init_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    init_by_lua_file: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    init_worker_by_lua: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    init_worker_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    init_worker_by_lua_file: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    log_by_lua: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    log_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    log_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_add_variable: [
      {
        block: false,
        contexts: [
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_capture_error_log: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_check_client_abort: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_code_cache: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_http10_buffering: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_load_resty_core: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_malloc_trim: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_max_pending_timers: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_max_running_timers: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_need_request_body: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_package_cpath: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_package_path: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_postpone_output: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_regex_cache_max_entries: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_regex_match_limit: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_sa_restart: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_shared_dict: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 2,
        min: 2
      }
    ],
    lua_socket_buffer_size: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_connect_timeout: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_keepalive_timeout: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_log_errors: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_pool_size: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_read_timeout: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_socket_send_timeout: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_certificate: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_certificate_key: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_ciphers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_conf_command: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server"
        ],
        max: 2,
        min: 2
      }
    ],
    lua_ssl_crl: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_key_log: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_protocols: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: -1,
        min: 1
      }
    ],
    lua_ssl_trusted_certificate: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_ssl_verify_depth: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_thread_cache_max_entries: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_transform_underscores_in_response_headers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_use_default_type: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    lua_worker_thread_vm_pool_size: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    preread_by_lua_block: [
      {
        block: false,
        contexts: [
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    rewrite_by_lua: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    rewrite_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    rewrite_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    rewrite_by_lua_no_postpone: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    server_rewrite_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    server_rewrite_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    set_by_lua: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: -1,
        min: 2
      }
    ],
    set_by_lua_block: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_by_lua_file: [
      {
        block: false,
        contexts: [
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: -1,
        min: 2
      }
    ],
    ssl_certificate_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>server",
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_certificate_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_client_hello_by_lua_block: [
      {
        block: false,
        contexts: [
          "http",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_client_hello_by_lua_file: [
      {
        block: false,
        contexts: [
          "http",
          "http>server"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_session_fetch_by_lua_block: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_session_fetch_by_lua_file: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_session_store_by_lua_block: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ],
    ssl_session_store_by_lua_file: [
      {
        block: false,
        contexts: [
          "http"
        ],
        max: 1,
        min: 1
      }
    ]
  },
  source: "openresty/lua-nginx-module and stream-lua-nginx-module READMEs (Directives)"
};

// src/parser/overlays/headers-more.json
var headers_more_default = {
  directives: {
    more_clear_headers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: -1,
        min: 1
      }
    ],
    more_clear_input_headers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: -1,
        min: 1
      }
    ],
    more_set_headers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: -1,
        min: 1
      }
    ],
    more_set_input_headers: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server"
        ],
        max: -1,
        min: 1
      }
    ]
  },
  source: "openresty/headers-more-nginx-module README (Directives)"
};

// src/parser/overlays/njs.json
var njs_default = {
  directives: {
    js_access: [
      {
        block: false,
        contexts: [
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    js_filter: [
      {
        block: false,
        contexts: [
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ],
    js_include: [
      {
        block: false,
        contexts: [
          "http",
          "stream"
        ],
        max: 1,
        min: 1
      }
    ],
    js_preread: [
      {
        block: false,
        contexts: [
          "stream",
          "stream>server"
        ],
        max: 1,
        min: 1
      }
    ]
  },
  source: "nginx/njs CHANGES and docs (directives of earlier njs releases)"
};

// src/parser/overlays/set-misc.json
var set_misc_default = {
  directives: {
    set_base32_alphabet: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 1,
        min: 1
      }
    ],
    set_base32_padding: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 1,
        min: 1
      }
    ],
    set_decode_base32: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_decode_base64: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_decode_base64url: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_decode_hex: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_encode_base32: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_encode_base64: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_encode_base64url: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_encode_hex: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_escape_uri: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_formatted_gmt_time: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_formatted_local_time: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_hashed_upstream: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 3,
        min: 3
      }
    ],
    set_hmac_sha1: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 3,
        min: 3
      }
    ],
    set_hmac_sha256: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 3,
        min: 3
      }
    ],
    set_if_empty: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_local_today: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 1,
        min: 1
      }
    ],
    set_md5: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_quote_json_str: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_quote_pgsql_str: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_quote_sql_str: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_random: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 3,
        min: 3
      }
    ],
    set_rotate: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 3,
        min: 3
      }
    ],
    set_secure_random_alphanum: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_secure_random_lcalpha: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 2
      }
    ],
    set_sha1: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ],
    set_unescape_uri: [
      {
        block: false,
        contexts: [
          "http",
          "http>location",
          "http>location>if",
          "http>server",
          "http>server>if"
        ],
        max: 2,
        min: 1
      }
    ]
  },
  source: "openresty/set-misc-nginx-module (README, Directives; the command table registers each for http, server, server if, location and location if)"
};

// src/parser/directives-nginx.json
var directives_nginx_default = {
  source: "nginx/1.22.1, asked with nginx -t by scripts/ask-nginx.mjs",
  unique: {
    main: [
      "daemon",
      "events",
      "http",
      "lock_file",
      "master_process",
      "pcre_jit",
      "pid",
      "stream",
      "timer_resolution",
      "user",
      "worker_cpu_affinity",
      "worker_processes",
      "worker_rlimit_core",
      "worker_rlimit_nofile",
      "worker_shutdown_timeout",
      "working_directory"
    ],
    events: [
      "accept_mutex",
      "accept_mutex_delay",
      "multi_accept",
      "use",
      "worker_aio_requests",
      "worker_connections"
    ],
    http: [
      "absolute_redirect",
      "aio_write",
      "alias",
      "auth_basic",
      "auth_basic_user_file",
      "auth_delay",
      "auth_request",
      "autoindex",
      "autoindex_exact_size",
      "autoindex_format",
      "autoindex_localtime",
      "charset",
      "chunked_transfer_encoding",
      "client_body_in_file_only",
      "client_body_in_single_buffer",
      "client_body_temp_path",
      "client_body_timeout",
      "client_header_buffer_size",
      "client_header_timeout",
      "client_max_body_size",
      "create_full_put_path",
      "dav_access",
      "default_type",
      "directio",
      "directio_alignment",
      "disable_symlinks",
      "etag",
      "expires",
      "fastcgi_bind",
      "fastcgi_buffering",
      "fastcgi_cache_background_update",
      "fastcgi_cache_key",
      "fastcgi_cache_lock",
      "fastcgi_cache_lock_age",
      "fastcgi_cache_lock_timeout",
      "fastcgi_cache_min_uses",
      "fastcgi_cache_revalidate",
      "fastcgi_connect_timeout",
      "fastcgi_force_ranges",
      "fastcgi_ignore_client_abort",
      "fastcgi_index",
      "fastcgi_intercept_errors",
      "fastcgi_keep_conn",
      "fastcgi_limit_rate",
      "fastcgi_max_temp_file_size",
      "fastcgi_next_upstream_timeout",
      "fastcgi_next_upstream_tries",
      "fastcgi_pass",
      "fastcgi_pass_request_body",
      "fastcgi_pass_request_headers",
      "fastcgi_read_timeout",
      "fastcgi_request_buffering",
      "fastcgi_send_lowat",
      "fastcgi_send_timeout",
      "fastcgi_socket_keepalive",
      "fastcgi_store",
      "fastcgi_store_access",
      "fastcgi_temp_path",
      "grpc_bind",
      "grpc_connect_timeout",
      "grpc_intercept_errors",
      "grpc_next_upstream_timeout",
      "grpc_next_upstream_tries",
      "grpc_pass",
      "grpc_read_timeout",
      "grpc_send_timeout",
      "grpc_socket_keepalive",
      "grpc_ssl_ciphers",
      "grpc_ssl_server_name",
      "grpc_ssl_session_reuse",
      "grpc_ssl_verify",
      "grpc_ssl_verify_depth",
      "gunzip",
      "gzip",
      "gzip_comp_level",
      "gzip_http_version",
      "gzip_min_length",
      "gzip_static",
      "gzip_vary",
      "http2_body_preread_size",
      "http2_chunk_size",
      "http2_max_concurrent_pushes",
      "http2_max_concurrent_streams",
      "http2_push_preload",
      "http2_recv_buffer_size",
      "if_modified_since",
      "ignore_invalid_headers",
      "internal",
      "keepalive",
      "keepalive_requests",
      "keepalive_time",
      "keepalive_timeout",
      "large_client_header_buffers",
      "limit_conn_dry_run",
      "limit_conn_log_level",
      "limit_conn_status",
      "limit_except",
      "limit_rate",
      "limit_rate_after",
      "limit_req_dry_run",
      "limit_req_log_level",
      "limit_req_status",
      "lingering_close",
      "lingering_time",
      "lingering_timeout",
      "log_not_found",
      "log_subrequest",
      "map_hash_max_size",
      "max_headers",
      "max_ranges",
      "memcached_bind",
      "memcached_connect_timeout",
      "memcached_next_upstream_timeout",
      "memcached_next_upstream_tries",
      "memcached_read_timeout",
      "memcached_send_timeout",
      "memcached_socket_keepalive",
      "merge_slashes",
      "min_delete_depth",
      "mirror_request_body",
      "mp4_buffer_size",
      "mp4_max_buffer_size",
      "mp4_start_key_frame",
      "msie_padding",
      "msie_refresh",
      "open_file_cache",
      "open_file_cache_errors",
      "open_file_cache_min_uses",
      "open_file_cache_valid",
      "open_log_file_cache",
      "output_buffers",
      "override_charset",
      "port_in_redirect",
      "postpone_output",
      "proxy_bind",
      "proxy_buffering",
      "proxy_cache_background_update",
      "proxy_cache_convert_head",
      "proxy_cache_key",
      "proxy_cache_lock",
      "proxy_cache_lock_age",
      "proxy_cache_lock_timeout",
      "proxy_cache_min_uses",
      "proxy_cache_revalidate",
      "proxy_connect_timeout",
      "proxy_force_ranges",
      "proxy_headers_hash_bucket_size",
      "proxy_headers_hash_max_size",
      "proxy_http_version",
      "proxy_ignore_client_abort",
      "proxy_intercept_errors",
      "proxy_limit_rate",
      "proxy_max_temp_file_size",
      "proxy_method",
      "proxy_next_upstream_timeout",
      "proxy_next_upstream_tries",
      "proxy_pass",
      "proxy_pass_request_body",
      "proxy_pass_request_headers",
      "proxy_read_timeout",
      "proxy_request_buffering",
      "proxy_send_lowat",
      "proxy_send_timeout",
      "proxy_set_body",
      "proxy_socket_keepalive",
      "proxy_ssl_ciphers",
      "proxy_ssl_name",
      "proxy_ssl_server_name",
      "proxy_ssl_session_reuse",
      "proxy_ssl_verify",
      "proxy_ssl_verify_depth",
      "proxy_store",
      "proxy_store_access",
      "proxy_temp_path",
      "random_index",
      "read_ahead",
      "real_ip_header",
      "real_ip_recursive",
      "recursive_error_pages",
      "referer_hash_bucket_size",
      "referer_hash_max_size",
      "request_pool_size",
      "reset_timedout_connection",
      "resolver_timeout",
      "rewrite_log",
      "root",
      "satisfy",
      "scgi_bind",
      "scgi_buffering",
      "scgi_cache_background_update",
      "scgi_cache_key",
      "scgi_cache_lock",
      "scgi_cache_lock_age",
      "scgi_cache_lock_timeout",
      "scgi_cache_min_uses",
      "scgi_cache_revalidate",
      "scgi_connect_timeout",
      "scgi_force_ranges",
      "scgi_ignore_client_abort",
      "scgi_intercept_errors",
      "scgi_limit_rate",
      "scgi_max_temp_file_size",
      "scgi_next_upstream_timeout",
      "scgi_next_upstream_tries",
      "scgi_pass",
      "scgi_pass_request_body",
      "scgi_pass_request_headers",
      "scgi_read_timeout",
      "scgi_request_buffering",
      "scgi_send_timeout",
      "scgi_socket_keepalive",
      "scgi_store",
      "scgi_store_access",
      "scgi_temp_path",
      "secure_link",
      "secure_link_md5",
      "secure_link_secret",
      "send_lowat",
      "send_timeout",
      "sendfile",
      "sendfile_max_chunk",
      "server_name_in_redirect",
      "server_names_hash_max_size",
      "server_tokens",
      "slice",
      "source_charset",
      "ssi",
      "ssi_last_modified",
      "ssi_min_file_chunk",
      "ssi_silent_errors",
      "ssi_value_length",
      "ssl",
      "ssl_buffer_size",
      "ssl_ciphers",
      "ssl_early_data",
      "ssl_ecdh_curve",
      "ssl_ocsp",
      "ssl_ocsp_cache",
      "ssl_prefer_server_ciphers",
      "ssl_reject_handshake",
      "ssl_session_tickets",
      "ssl_session_timeout",
      "ssl_stapling",
      "ssl_stapling_verify",
      "ssl_verify_client",
      "ssl_verify_depth",
      "sub_filter_last_modified",
      "sub_filter_once",
      "tcp_nodelay",
      "tcp_nopush",
      "try_files",
      "types_hash_bucket_size",
      "types_hash_max_size",
      "underscores_in_headers",
      "uninitialized_variable_warn",
      "userid",
      "userid_domain",
      "userid_expires",
      "userid_mark",
      "userid_name",
      "userid_p3p",
      "userid_path",
      "uwsgi_bind",
      "uwsgi_buffering",
      "uwsgi_cache_background_update",
      "uwsgi_cache_key",
      "uwsgi_cache_lock",
      "uwsgi_cache_lock_age",
      "uwsgi_cache_lock_timeout",
      "uwsgi_cache_min_uses",
      "uwsgi_cache_revalidate",
      "uwsgi_connect_timeout",
      "uwsgi_force_ranges",
      "uwsgi_ignore_client_abort",
      "uwsgi_intercept_errors",
      "uwsgi_limit_rate",
      "uwsgi_max_temp_file_size",
      "uwsgi_modifier1",
      "uwsgi_modifier2",
      "uwsgi_next_upstream_timeout",
      "uwsgi_next_upstream_tries",
      "uwsgi_pass",
      "uwsgi_pass_request_body",
      "uwsgi_pass_request_headers",
      "uwsgi_read_timeout",
      "uwsgi_request_buffering",
      "uwsgi_send_timeout",
      "uwsgi_socket_keepalive",
      "uwsgi_ssl_ciphers",
      "uwsgi_ssl_server_name",
      "uwsgi_ssl_session_reuse",
      "uwsgi_ssl_verify",
      "uwsgi_ssl_verify_depth",
      "uwsgi_store",
      "uwsgi_store_access",
      "uwsgi_temp_path",
      "variables_hash_bucket_size",
      "variables_hash_max_size"
    ],
    stream: [
      "limit_conn_dry_run",
      "limit_conn_log_level",
      "map_hash_max_size",
      "open_log_file_cache",
      "preread_buffer_size",
      "preread_timeout",
      "proxy_bind",
      "proxy_buffer_size",
      "proxy_connect_timeout",
      "proxy_download_rate",
      "proxy_half_close",
      "proxy_next_upstream",
      "proxy_next_upstream_timeout",
      "proxy_next_upstream_tries",
      "proxy_pass",
      "proxy_protocol",
      "proxy_protocol_timeout",
      "proxy_requests",
      "proxy_socket_keepalive",
      "proxy_ssl",
      "proxy_ssl_ciphers",
      "proxy_ssl_server_name",
      "proxy_ssl_session_reuse",
      "proxy_ssl_verify",
      "proxy_ssl_verify_depth",
      "proxy_timeout",
      "proxy_upload_rate",
      "resolver_timeout",
      "ssl_ciphers",
      "ssl_ecdh_curve",
      "ssl_handshake_timeout",
      "ssl_prefer_server_ciphers",
      "ssl_preread",
      "ssl_session_tickets",
      "ssl_session_timeout",
      "ssl_verify_client",
      "ssl_verify_depth",
      "tcp_nodelay",
      "variables_hash_bucket_size",
      "variables_hash_max_size"
    ]
  },
  values: {
    http: {
      absolute_redirect: {
        kind: "flag",
        message: 'invalid value "{value}" in "absolute_redirect" directive, it must be "on" or "off"'
      },
      aio_write: {
        kind: "flag",
        message: 'invalid value "{value}" in "aio_write" directive, it must be "on" or "off"'
      },
      auth_delay: {
        kind: "msec",
        message: '"auth_delay" directive invalid value'
      },
      autoindex: {
        kind: "flag",
        message: 'invalid value "{value}" in "autoindex" directive, it must be "on" or "off"'
      },
      autoindex_exact_size: {
        kind: "flag",
        message: 'invalid value "{value}" in "autoindex_exact_size" directive, it must be "on" or "off"'
      },
      autoindex_localtime: {
        kind: "flag",
        message: 'invalid value "{value}" in "autoindex_localtime" directive, it must be "on" or "off"'
      },
      chunked_transfer_encoding: {
        kind: "flag",
        message: 'invalid value "{value}" in "chunked_transfer_encoding" directive, it must be "on" or "off"'
      },
      client_body_buffer_size: {
        kind: "size",
        message: '"client_body_buffer_size" directive invalid value'
      },
      client_body_in_single_buffer: {
        kind: "flag",
        message: 'invalid value "{value}" in "client_body_in_single_buffer" directive, it must be "on" or "off"'
      },
      client_body_timeout: {
        kind: "msec",
        message: '"client_body_timeout" directive invalid value'
      },
      client_header_buffer_size: {
        kind: "size",
        message: '"client_header_buffer_size" directive invalid value'
      },
      client_header_timeout: {
        kind: "msec",
        message: '"client_header_timeout" directive invalid value'
      },
      client_max_body_size: {
        kind: "offset",
        message: '"client_max_body_size" directive invalid value'
      },
      create_full_put_path: {
        kind: "flag",
        message: 'invalid value "{value}" in "create_full_put_path" directive, it must be "on" or "off"'
      },
      directio_alignment: {
        kind: "offset",
        message: '"directio_alignment" directive invalid value'
      },
      etag: {
        kind: "flag",
        message: 'invalid value "{value}" in "etag" directive, it must be "on" or "off"'
      },
      fastcgi_buffer_size: {
        kind: "size",
        message: '"fastcgi_buffer_size" directive invalid value'
      },
      fastcgi_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_buffering" directive, it must be "on" or "off"'
      },
      fastcgi_cache_background_update: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_cache_background_update" directive, it must be "on" or "off"'
      },
      fastcgi_cache_lock: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_cache_lock" directive, it must be "on" or "off"'
      },
      fastcgi_cache_lock_age: {
        kind: "msec",
        message: '"fastcgi_cache_lock_age" directive invalid value'
      },
      fastcgi_cache_lock_timeout: {
        kind: "msec",
        message: '"fastcgi_cache_lock_timeout" directive invalid value'
      },
      fastcgi_cache_max_range_offset: {
        kind: "offset",
        message: '"fastcgi_cache_max_range_offset" directive invalid value'
      },
      fastcgi_cache_min_uses: {
        kind: "number",
        message: '"fastcgi_cache_min_uses" directive invalid number'
      },
      fastcgi_cache_revalidate: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_cache_revalidate" directive, it must be "on" or "off"'
      },
      fastcgi_connect_timeout: {
        kind: "msec",
        message: '"fastcgi_connect_timeout" directive invalid value'
      },
      fastcgi_force_ranges: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_force_ranges" directive, it must be "on" or "off"'
      },
      fastcgi_ignore_client_abort: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_ignore_client_abort" directive, it must be "on" or "off"'
      },
      fastcgi_intercept_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_intercept_errors" directive, it must be "on" or "off"'
      },
      fastcgi_keep_conn: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_keep_conn" directive, it must be "on" or "off"'
      },
      fastcgi_limit_rate: {
        kind: "size",
        message: '"fastcgi_limit_rate" directive invalid value'
      },
      fastcgi_max_temp_file_size: {
        kind: "size",
        message: '"fastcgi_max_temp_file_size" directive invalid value'
      },
      fastcgi_next_upstream_timeout: {
        kind: "msec",
        message: '"fastcgi_next_upstream_timeout" directive invalid value'
      },
      fastcgi_next_upstream_tries: {
        kind: "number",
        message: '"fastcgi_next_upstream_tries" directive invalid number'
      },
      fastcgi_pass_request_body: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_pass_request_body" directive, it must be "on" or "off"'
      },
      fastcgi_pass_request_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_pass_request_headers" directive, it must be "on" or "off"'
      },
      fastcgi_read_timeout: {
        kind: "msec",
        message: '"fastcgi_read_timeout" directive invalid value'
      },
      fastcgi_request_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_request_buffering" directive, it must be "on" or "off"'
      },
      fastcgi_send_lowat: {
        kind: "size",
        message: '"fastcgi_send_lowat" directive invalid value'
      },
      fastcgi_send_timeout: {
        kind: "msec",
        message: '"fastcgi_send_timeout" directive invalid value'
      },
      fastcgi_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "fastcgi_socket_keepalive" directive, it must be "on" or "off"'
      },
      fastcgi_temp_file_write_size: {
        kind: "size",
        message: '"fastcgi_temp_file_write_size" directive invalid value'
      },
      grpc_buffer_size: {
        kind: "size",
        message: '"grpc_buffer_size" directive invalid value'
      },
      grpc_connect_timeout: {
        kind: "msec",
        message: '"grpc_connect_timeout" directive invalid value'
      },
      grpc_intercept_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "grpc_intercept_errors" directive, it must be "on" or "off"'
      },
      grpc_next_upstream_timeout: {
        kind: "msec",
        message: '"grpc_next_upstream_timeout" directive invalid value'
      },
      grpc_next_upstream_tries: {
        kind: "number",
        message: '"grpc_next_upstream_tries" directive invalid number'
      },
      grpc_read_timeout: {
        kind: "msec",
        message: '"grpc_read_timeout" directive invalid value'
      },
      grpc_send_timeout: {
        kind: "msec",
        message: '"grpc_send_timeout" directive invalid value'
      },
      grpc_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "grpc_socket_keepalive" directive, it must be "on" or "off"'
      },
      grpc_ssl_server_name: {
        kind: "flag",
        message: 'invalid value "{value}" in "grpc_ssl_server_name" directive, it must be "on" or "off"'
      },
      grpc_ssl_session_reuse: {
        kind: "flag",
        message: 'invalid value "{value}" in "grpc_ssl_session_reuse" directive, it must be "on" or "off"'
      },
      grpc_ssl_verify: {
        kind: "flag",
        message: 'invalid value "{value}" in "grpc_ssl_verify" directive, it must be "on" or "off"'
      },
      grpc_ssl_verify_depth: {
        kind: "number",
        message: '"grpc_ssl_verify_depth" directive invalid number'
      },
      gunzip: {
        kind: "flag",
        message: 'invalid value "{value}" in "gunzip" directive, it must be "on" or "off"'
      },
      gzip: {
        kind: "flag",
        message: 'invalid value "{value}" in "gzip" directive, it must be "on" or "off"'
      },
      gzip_comp_level: {
        kind: "number",
        message: '"gzip_comp_level" directive invalid number'
      },
      gzip_min_length: {
        kind: "size",
        message: '"gzip_min_length" directive invalid value'
      },
      gzip_vary: {
        kind: "flag",
        message: 'invalid value "{value}" in "gzip_vary" directive, it must be "on" or "off"'
      },
      http2_body_preread_size: {
        kind: "size",
        message: '"http2_body_preread_size" directive invalid value'
      },
      http2_chunk_size: {
        kind: "size",
        message: '"http2_chunk_size" directive invalid value'
      },
      http2_max_concurrent_pushes: {
        kind: "number",
        message: '"http2_max_concurrent_pushes" directive invalid number'
      },
      http2_max_concurrent_streams: {
        kind: "number",
        message: '"http2_max_concurrent_streams" directive invalid number'
      },
      http2_push_preload: {
        kind: "flag",
        message: 'invalid value "{value}" in "http2_push_preload" directive, it must be "on" or "off"'
      },
      http2_recv_buffer_size: {
        kind: "size",
        message: '"http2_recv_buffer_size" directive invalid value'
      },
      ignore_invalid_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "ignore_invalid_headers" directive, it must be "on" or "off"'
      },
      keepalive: {
        kind: "number",
        message: 'invalid value "{value}" in "keepalive" directive'
      },
      keepalive_requests: {
        kind: "number",
        message: '"keepalive_requests" directive invalid number'
      },
      keepalive_time: {
        kind: "msec",
        message: '"keepalive_time" directive invalid value'
      },
      keepalive_timeout: {
        kind: "msec",
        message: '"keepalive_timeout" directive invalid value'
      },
      limit_conn_dry_run: {
        kind: "flag",
        message: 'invalid value "{value}" in "limit_conn_dry_run" directive, it must be "on" or "off"'
      },
      limit_conn_status: {
        kind: "number",
        message: '"limit_conn_status" directive invalid number'
      },
      limit_rate: {
        kind: "size",
        message: '"limit_rate" directive invalid value'
      },
      limit_rate_after: {
        kind: "size",
        message: '"limit_rate_after" directive invalid value'
      },
      limit_req_dry_run: {
        kind: "flag",
        message: 'invalid value "{value}" in "limit_req_dry_run" directive, it must be "on" or "off"'
      },
      limit_req_status: {
        kind: "number",
        message: '"limit_req_status" directive invalid number'
      },
      lingering_time: {
        kind: "msec",
        message: '"lingering_time" directive invalid value'
      },
      lingering_timeout: {
        kind: "msec",
        message: '"lingering_timeout" directive invalid value'
      },
      log_not_found: {
        kind: "flag",
        message: 'invalid value "{value}" in "log_not_found" directive, it must be "on" or "off"'
      },
      log_subrequest: {
        kind: "flag",
        message: 'invalid value "{value}" in "log_subrequest" directive, it must be "on" or "off"'
      },
      map_hash_bucket_size: {
        kind: "number",
        message: '"map_hash_bucket_size" directive invalid number'
      },
      map_hash_max_size: {
        kind: "number",
        message: '"map_hash_max_size" directive invalid number'
      },
      max_headers: {
        kind: "number",
        message: '"max_headers" directive invalid number'
      },
      max_ranges: {
        kind: "number",
        message: '"max_ranges" directive invalid number'
      },
      memcached_buffer_size: {
        kind: "size",
        message: '"memcached_buffer_size" directive invalid value'
      },
      memcached_connect_timeout: {
        kind: "msec",
        message: '"memcached_connect_timeout" directive invalid value'
      },
      memcached_gzip_flag: {
        kind: "number",
        message: '"memcached_gzip_flag" directive invalid number'
      },
      memcached_next_upstream_timeout: {
        kind: "msec",
        message: '"memcached_next_upstream_timeout" directive invalid value'
      },
      memcached_next_upstream_tries: {
        kind: "number",
        message: '"memcached_next_upstream_tries" directive invalid number'
      },
      memcached_read_timeout: {
        kind: "msec",
        message: '"memcached_read_timeout" directive invalid value'
      },
      memcached_send_timeout: {
        kind: "msec",
        message: '"memcached_send_timeout" directive invalid value'
      },
      memcached_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "memcached_socket_keepalive" directive, it must be "on" or "off"'
      },
      merge_slashes: {
        kind: "flag",
        message: 'invalid value "{value}" in "merge_slashes" directive, it must be "on" or "off"'
      },
      min_delete_depth: {
        kind: "number",
        message: '"min_delete_depth" directive invalid number'
      },
      mirror_request_body: {
        kind: "flag",
        message: 'invalid value "{value}" in "mirror_request_body" directive, it must be "on" or "off"'
      },
      mp4_buffer_size: {
        kind: "size",
        message: '"mp4_buffer_size" directive invalid value'
      },
      mp4_max_buffer_size: {
        kind: "size",
        message: '"mp4_max_buffer_size" directive invalid value'
      },
      mp4_start_key_frame: {
        kind: "flag",
        message: 'invalid value "{value}" in "mp4_start_key_frame" directive, it must be "on" or "off"'
      },
      msie_padding: {
        kind: "flag",
        message: 'invalid value "{value}" in "msie_padding" directive, it must be "on" or "off"'
      },
      msie_refresh: {
        kind: "flag",
        message: 'invalid value "{value}" in "msie_refresh" directive, it must be "on" or "off"'
      },
      open_file_cache_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "open_file_cache_errors" directive, it must be "on" or "off"'
      },
      open_file_cache_min_uses: {
        kind: "number",
        message: '"open_file_cache_min_uses" directive invalid number'
      },
      open_file_cache_valid: {
        kind: "sec",
        message: '"open_file_cache_valid" directive invalid value'
      },
      override_charset: {
        kind: "flag",
        message: 'invalid value "{value}" in "override_charset" directive, it must be "on" or "off"'
      },
      port_in_redirect: {
        kind: "flag",
        message: 'invalid value "{value}" in "port_in_redirect" directive, it must be "on" or "off"'
      },
      postpone_output: {
        kind: "size",
        message: '"postpone_output" directive invalid value'
      },
      proxy_buffer_size: {
        kind: "size",
        message: '"proxy_buffer_size" directive invalid value'
      },
      proxy_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_buffering" directive, it must be "on" or "off"'
      },
      proxy_cache_background_update: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_cache_background_update" directive, it must be "on" or "off"'
      },
      proxy_cache_convert_head: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_cache_convert_head" directive, it must be "on" or "off"'
      },
      proxy_cache_lock: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_cache_lock" directive, it must be "on" or "off"'
      },
      proxy_cache_lock_age: {
        kind: "msec",
        message: '"proxy_cache_lock_age" directive invalid value'
      },
      proxy_cache_lock_timeout: {
        kind: "msec",
        message: '"proxy_cache_lock_timeout" directive invalid value'
      },
      proxy_cache_max_range_offset: {
        kind: "offset",
        message: '"proxy_cache_max_range_offset" directive invalid value'
      },
      proxy_cache_min_uses: {
        kind: "number",
        message: '"proxy_cache_min_uses" directive invalid number'
      },
      proxy_cache_revalidate: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_cache_revalidate" directive, it must be "on" or "off"'
      },
      proxy_connect_timeout: {
        kind: "msec",
        message: '"proxy_connect_timeout" directive invalid value'
      },
      proxy_force_ranges: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_force_ranges" directive, it must be "on" or "off"'
      },
      proxy_headers_hash_bucket_size: {
        kind: "number",
        message: '"proxy_headers_hash_bucket_size" directive invalid number'
      },
      proxy_headers_hash_max_size: {
        kind: "number",
        message: '"proxy_headers_hash_max_size" directive invalid number'
      },
      proxy_ignore_client_abort: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ignore_client_abort" directive, it must be "on" or "off"'
      },
      proxy_intercept_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_intercept_errors" directive, it must be "on" or "off"'
      },
      proxy_limit_rate: {
        kind: "size",
        message: '"proxy_limit_rate" directive invalid value'
      },
      proxy_max_temp_file_size: {
        kind: "size",
        message: '"proxy_max_temp_file_size" directive invalid value'
      },
      proxy_next_upstream_timeout: {
        kind: "msec",
        message: '"proxy_next_upstream_timeout" directive invalid value'
      },
      proxy_next_upstream_tries: {
        kind: "number",
        message: '"proxy_next_upstream_tries" directive invalid number'
      },
      proxy_pass_request_body: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_pass_request_body" directive, it must be "on" or "off"'
      },
      proxy_pass_request_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_pass_request_headers" directive, it must be "on" or "off"'
      },
      proxy_read_timeout: {
        kind: "msec",
        message: '"proxy_read_timeout" directive invalid value'
      },
      proxy_request_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_request_buffering" directive, it must be "on" or "off"'
      },
      proxy_send_lowat: {
        kind: "size",
        message: '"proxy_send_lowat" directive invalid value'
      },
      proxy_send_timeout: {
        kind: "msec",
        message: '"proxy_send_timeout" directive invalid value'
      },
      proxy_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_socket_keepalive" directive, it must be "on" or "off"'
      },
      proxy_ssl_server_name: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_server_name" directive, it must be "on" or "off"'
      },
      proxy_ssl_session_reuse: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_session_reuse" directive, it must be "on" or "off"'
      },
      proxy_ssl_verify: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_verify" directive, it must be "on" or "off"'
      },
      proxy_ssl_verify_depth: {
        kind: "number",
        message: '"proxy_ssl_verify_depth" directive invalid number'
      },
      proxy_temp_file_write_size: {
        kind: "size",
        message: '"proxy_temp_file_write_size" directive invalid value'
      },
      random_index: {
        kind: "flag",
        message: 'invalid value "{value}" in "random_index" directive, it must be "on" or "off"'
      },
      read_ahead: {
        kind: "size",
        message: '"read_ahead" directive invalid value'
      },
      real_ip_recursive: {
        kind: "flag",
        message: 'invalid value "{value}" in "real_ip_recursive" directive, it must be "on" or "off"'
      },
      recursive_error_pages: {
        kind: "flag",
        message: 'invalid value "{value}" in "recursive_error_pages" directive, it must be "on" or "off"'
      },
      referer_hash_bucket_size: {
        kind: "number",
        message: '"referer_hash_bucket_size" directive invalid number'
      },
      referer_hash_max_size: {
        kind: "number",
        message: '"referer_hash_max_size" directive invalid number'
      },
      request_pool_size: {
        kind: "size",
        message: '"request_pool_size" directive invalid value'
      },
      reset_timedout_connection: {
        kind: "flag",
        message: 'invalid value "{value}" in "reset_timedout_connection" directive, it must be "on" or "off"'
      },
      resolver_timeout: {
        kind: "msec",
        message: '"resolver_timeout" directive invalid value'
      },
      rewrite_log: {
        kind: "flag",
        message: 'invalid value "{value}" in "rewrite_log" directive, it must be "on" or "off"'
      },
      scgi_buffer_size: {
        kind: "size",
        message: '"scgi_buffer_size" directive invalid value'
      },
      scgi_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_buffering" directive, it must be "on" or "off"'
      },
      scgi_cache_background_update: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_cache_background_update" directive, it must be "on" or "off"'
      },
      scgi_cache_lock: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_cache_lock" directive, it must be "on" or "off"'
      },
      scgi_cache_lock_age: {
        kind: "msec",
        message: '"scgi_cache_lock_age" directive invalid value'
      },
      scgi_cache_lock_timeout: {
        kind: "msec",
        message: '"scgi_cache_lock_timeout" directive invalid value'
      },
      scgi_cache_max_range_offset: {
        kind: "offset",
        message: '"scgi_cache_max_range_offset" directive invalid value'
      },
      scgi_cache_min_uses: {
        kind: "number",
        message: '"scgi_cache_min_uses" directive invalid number'
      },
      scgi_cache_revalidate: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_cache_revalidate" directive, it must be "on" or "off"'
      },
      scgi_connect_timeout: {
        kind: "msec",
        message: '"scgi_connect_timeout" directive invalid value'
      },
      scgi_force_ranges: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_force_ranges" directive, it must be "on" or "off"'
      },
      scgi_ignore_client_abort: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_ignore_client_abort" directive, it must be "on" or "off"'
      },
      scgi_intercept_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_intercept_errors" directive, it must be "on" or "off"'
      },
      scgi_limit_rate: {
        kind: "size",
        message: '"scgi_limit_rate" directive invalid value'
      },
      scgi_max_temp_file_size: {
        kind: "size",
        message: '"scgi_max_temp_file_size" directive invalid value'
      },
      scgi_next_upstream_timeout: {
        kind: "msec",
        message: '"scgi_next_upstream_timeout" directive invalid value'
      },
      scgi_next_upstream_tries: {
        kind: "number",
        message: '"scgi_next_upstream_tries" directive invalid number'
      },
      scgi_pass_request_body: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_pass_request_body" directive, it must be "on" or "off"'
      },
      scgi_pass_request_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_pass_request_headers" directive, it must be "on" or "off"'
      },
      scgi_read_timeout: {
        kind: "msec",
        message: '"scgi_read_timeout" directive invalid value'
      },
      scgi_request_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_request_buffering" directive, it must be "on" or "off"'
      },
      scgi_send_timeout: {
        kind: "msec",
        message: '"scgi_send_timeout" directive invalid value'
      },
      scgi_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "scgi_socket_keepalive" directive, it must be "on" or "off"'
      },
      scgi_temp_file_write_size: {
        kind: "size",
        message: '"scgi_temp_file_write_size" directive invalid value'
      },
      send_lowat: {
        kind: "size",
        message: '"send_lowat" directive invalid value'
      },
      send_timeout: {
        kind: "msec",
        message: '"send_timeout" directive invalid value'
      },
      sendfile: {
        kind: "flag",
        message: 'invalid value "{value}" in "sendfile" directive, it must be "on" or "off"'
      },
      sendfile_max_chunk: {
        kind: "size",
        message: '"sendfile_max_chunk" directive invalid value'
      },
      server_name_in_redirect: {
        kind: "flag",
        message: 'invalid value "{value}" in "server_name_in_redirect" directive, it must be "on" or "off"'
      },
      server_names_hash_bucket_size: {
        kind: "number",
        message: '"server_names_hash_bucket_size" directive invalid number'
      },
      server_names_hash_max_size: {
        kind: "number",
        message: '"server_names_hash_max_size" directive invalid number'
      },
      slice: {
        kind: "size",
        message: '"slice" directive invalid value'
      },
      ssi: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssi" directive, it must be "on" or "off"'
      },
      ssi_last_modified: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssi_last_modified" directive, it must be "on" or "off"'
      },
      ssi_silent_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssi_silent_errors" directive, it must be "on" or "off"'
      },
      ssi_value_length: {
        kind: "size",
        message: '"ssi_value_length" directive invalid value'
      },
      ssl_buffer_size: {
        kind: "size",
        message: '"ssl_buffer_size" directive invalid value'
      },
      ssl_early_data: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_early_data" directive, it must be "on" or "off"'
      },
      ssl_prefer_server_ciphers: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_prefer_server_ciphers" directive, it must be "on" or "off"'
      },
      ssl_reject_handshake: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_reject_handshake" directive, it must be "on" or "off"'
      },
      ssl_session_tickets: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_session_tickets" directive, it must be "on" or "off"'
      },
      ssl_session_timeout: {
        kind: "sec",
        message: '"ssl_session_timeout" directive invalid value'
      },
      ssl_stapling: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_stapling" directive, it must be "on" or "off"'
      },
      ssl_stapling_verify: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_stapling_verify" directive, it must be "on" or "off"'
      },
      ssl_verify_depth: {
        kind: "number",
        message: '"ssl_verify_depth" directive invalid number'
      },
      sub_filter_last_modified: {
        kind: "flag",
        message: 'invalid value "{value}" in "sub_filter_last_modified" directive, it must be "on" or "off"'
      },
      sub_filter_once: {
        kind: "flag",
        message: 'invalid value "{value}" in "sub_filter_once" directive, it must be "on" or "off"'
      },
      subrequest_output_buffer_size: {
        kind: "size",
        message: '"subrequest_output_buffer_size" directive invalid value'
      },
      tcp_nodelay: {
        kind: "flag",
        message: 'invalid value "{value}" in "tcp_nodelay" directive, it must be "on" or "off"'
      },
      tcp_nopush: {
        kind: "flag",
        message: 'invalid value "{value}" in "tcp_nopush" directive, it must be "on" or "off"'
      },
      types_hash_bucket_size: {
        kind: "number",
        message: '"types_hash_bucket_size" directive invalid number'
      },
      types_hash_max_size: {
        kind: "number",
        message: '"types_hash_max_size" directive invalid number'
      },
      underscores_in_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "underscores_in_headers" directive, it must be "on" or "off"'
      },
      uninitialized_variable_warn: {
        kind: "flag",
        message: 'invalid value "{value}" in "uninitialized_variable_warn" directive, it must be "on" or "off"'
      },
      userid_service: {
        kind: "number",
        message: '"userid_service" directive invalid number'
      },
      uwsgi_buffer_size: {
        kind: "size",
        message: '"uwsgi_buffer_size" directive invalid value'
      },
      uwsgi_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_buffering" directive, it must be "on" or "off"'
      },
      uwsgi_cache_background_update: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_cache_background_update" directive, it must be "on" or "off"'
      },
      uwsgi_cache_lock: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_cache_lock" directive, it must be "on" or "off"'
      },
      uwsgi_cache_lock_age: {
        kind: "msec",
        message: '"uwsgi_cache_lock_age" directive invalid value'
      },
      uwsgi_cache_lock_timeout: {
        kind: "msec",
        message: '"uwsgi_cache_lock_timeout" directive invalid value'
      },
      uwsgi_cache_max_range_offset: {
        kind: "offset",
        message: '"uwsgi_cache_max_range_offset" directive invalid value'
      },
      uwsgi_cache_min_uses: {
        kind: "number",
        message: '"uwsgi_cache_min_uses" directive invalid number'
      },
      uwsgi_cache_revalidate: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_cache_revalidate" directive, it must be "on" or "off"'
      },
      uwsgi_connect_timeout: {
        kind: "msec",
        message: '"uwsgi_connect_timeout" directive invalid value'
      },
      uwsgi_force_ranges: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_force_ranges" directive, it must be "on" or "off"'
      },
      uwsgi_ignore_client_abort: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_ignore_client_abort" directive, it must be "on" or "off"'
      },
      uwsgi_intercept_errors: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_intercept_errors" directive, it must be "on" or "off"'
      },
      uwsgi_limit_rate: {
        kind: "size",
        message: '"uwsgi_limit_rate" directive invalid value'
      },
      uwsgi_max_temp_file_size: {
        kind: "size",
        message: '"uwsgi_max_temp_file_size" directive invalid value'
      },
      uwsgi_modifier1: {
        kind: "number",
        message: '"uwsgi_modifier1" directive invalid number'
      },
      uwsgi_modifier2: {
        kind: "number",
        message: '"uwsgi_modifier2" directive invalid number'
      },
      uwsgi_next_upstream_timeout: {
        kind: "msec",
        message: '"uwsgi_next_upstream_timeout" directive invalid value'
      },
      uwsgi_next_upstream_tries: {
        kind: "number",
        message: '"uwsgi_next_upstream_tries" directive invalid number'
      },
      uwsgi_pass_request_body: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_pass_request_body" directive, it must be "on" or "off"'
      },
      uwsgi_pass_request_headers: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_pass_request_headers" directive, it must be "on" or "off"'
      },
      uwsgi_read_timeout: {
        kind: "msec",
        message: '"uwsgi_read_timeout" directive invalid value'
      },
      uwsgi_request_buffering: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_request_buffering" directive, it must be "on" or "off"'
      },
      uwsgi_send_timeout: {
        kind: "msec",
        message: '"uwsgi_send_timeout" directive invalid value'
      },
      uwsgi_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_socket_keepalive" directive, it must be "on" or "off"'
      },
      uwsgi_ssl_server_name: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_ssl_server_name" directive, it must be "on" or "off"'
      },
      uwsgi_ssl_session_reuse: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_ssl_session_reuse" directive, it must be "on" or "off"'
      },
      uwsgi_ssl_verify: {
        kind: "flag",
        message: 'invalid value "{value}" in "uwsgi_ssl_verify" directive, it must be "on" or "off"'
      },
      uwsgi_ssl_verify_depth: {
        kind: "number",
        message: '"uwsgi_ssl_verify_depth" directive invalid number'
      },
      uwsgi_temp_file_write_size: {
        kind: "size",
        message: '"uwsgi_temp_file_write_size" directive invalid value'
      },
      variables_hash_bucket_size: {
        kind: "number",
        message: '"variables_hash_bucket_size" directive invalid number'
      },
      variables_hash_max_size: {
        kind: "number",
        message: '"variables_hash_max_size" directive invalid number'
      }
    },
    stream: {
      limit_conn_dry_run: {
        kind: "flag",
        message: 'invalid value "{value}" in "limit_conn_dry_run" directive, it must be "on" or "off"'
      },
      map_hash_bucket_size: {
        kind: "number",
        message: '"map_hash_bucket_size" directive invalid number'
      },
      map_hash_max_size: {
        kind: "number",
        message: '"map_hash_max_size" directive invalid number'
      },
      preread_buffer_size: {
        kind: "size",
        message: '"preread_buffer_size" directive invalid value'
      },
      preread_timeout: {
        kind: "msec",
        message: '"preread_timeout" directive invalid value'
      },
      proxy_buffer_size: {
        kind: "size",
        message: '"proxy_buffer_size" directive invalid value'
      },
      proxy_connect_timeout: {
        kind: "msec",
        message: '"proxy_connect_timeout" directive invalid value'
      },
      proxy_download_rate: {
        kind: "size",
        message: '"proxy_download_rate" directive invalid value'
      },
      proxy_half_close: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_half_close" directive, it must be "on" or "off"'
      },
      proxy_next_upstream: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_next_upstream" directive, it must be "on" or "off"'
      },
      proxy_next_upstream_timeout: {
        kind: "msec",
        message: '"proxy_next_upstream_timeout" directive invalid value'
      },
      proxy_next_upstream_tries: {
        kind: "number",
        message: '"proxy_next_upstream_tries" directive invalid number'
      },
      proxy_protocol_timeout: {
        kind: "msec",
        message: '"proxy_protocol_timeout" directive invalid value'
      },
      proxy_requests: {
        kind: "number",
        message: '"proxy_requests" directive invalid number'
      },
      proxy_responses: {
        kind: "number",
        message: '"proxy_responses" directive invalid number'
      },
      proxy_socket_keepalive: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_socket_keepalive" directive, it must be "on" or "off"'
      },
      proxy_ssl: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl" directive, it must be "on" or "off"'
      },
      proxy_ssl_server_name: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_server_name" directive, it must be "on" or "off"'
      },
      proxy_ssl_session_reuse: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_session_reuse" directive, it must be "on" or "off"'
      },
      proxy_ssl_verify: {
        kind: "flag",
        message: 'invalid value "{value}" in "proxy_ssl_verify" directive, it must be "on" or "off"'
      },
      proxy_ssl_verify_depth: {
        kind: "number",
        message: '"proxy_ssl_verify_depth" directive invalid number'
      },
      proxy_timeout: {
        kind: "msec",
        message: '"proxy_timeout" directive invalid value'
      },
      proxy_upload_rate: {
        kind: "size",
        message: '"proxy_upload_rate" directive invalid value'
      },
      resolver_timeout: {
        kind: "msec",
        message: '"resolver_timeout" directive invalid value'
      },
      ssl_handshake_timeout: {
        kind: "msec",
        message: '"ssl_handshake_timeout" directive invalid value'
      },
      ssl_prefer_server_ciphers: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_prefer_server_ciphers" directive, it must be "on" or "off"'
      },
      ssl_preread: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_preread" directive, it must be "on" or "off"'
      },
      ssl_session_tickets: {
        kind: "flag",
        message: 'invalid value "{value}" in "ssl_session_tickets" directive, it must be "on" or "off"'
      },
      ssl_session_timeout: {
        kind: "sec",
        message: '"ssl_session_timeout" directive invalid value'
      },
      ssl_verify_depth: {
        kind: "number",
        message: '"ssl_verify_depth" directive invalid number'
      },
      tcp_nodelay: {
        kind: "flag",
        message: 'invalid value "{value}" in "tcp_nodelay" directive, it must be "on" or "off"'
      },
      variables_hash_bucket_size: {
        kind: "number",
        message: '"variables_hash_bucket_size" directive invalid number'
      },
      variables_hash_max_size: {
        kind: "number",
        message: '"variables_hash_max_size" directive invalid number'
      }
    },
    main: {
      daemon: {
        kind: "flag",
        message: 'invalid value "{value}" in "daemon" directive, it must be "on" or "off"'
      },
      master_process: {
        kind: "flag",
        message: 'invalid value "{value}" in "master_process" directive, it must be "on" or "off"'
      },
      pcre_jit: {
        kind: "flag",
        message: 'invalid value "{value}" in "pcre_jit" directive, it must be "on" or "off"'
      },
      timer_resolution: {
        kind: "msec",
        message: '"timer_resolution" directive invalid value'
      },
      worker_rlimit_core: {
        kind: "offset",
        message: '"worker_rlimit_core" directive invalid value'
      },
      worker_rlimit_nofile: {
        kind: "number",
        message: '"worker_rlimit_nofile" directive invalid number'
      },
      worker_shutdown_timeout: {
        kind: "msec",
        message: '"worker_shutdown_timeout" directive invalid value'
      }
    },
    events: {
      accept_mutex: {
        kind: "flag",
        message: 'invalid value "{value}" in "accept_mutex" directive, it must be "on" or "off"'
      },
      accept_mutex_delay: {
        kind: "msec",
        message: '"accept_mutex_delay" directive invalid value'
      },
      multi_accept: {
        kind: "flag",
        message: 'invalid value "{value}" in "multi_accept" directive, it must be "on" or "off"'
      },
      worker_aio_requests: {
        kind: "number",
        message: '"worker_aio_requests" directive invalid number'
      },
      worker_connections: {
        kind: "number",
        message: 'invalid number "{value}"'
      }
    }
  }
};

// src/parser/values.ts
var FLAG = /^(?:on|off)$/i;
var NUMBER = /^\d+$/;
var SIZE = /^(\d+)([kKmM]?)$/;
var OFFSET = /^\d+[kKmMgG]?$/;
function parseSize(v) {
  const m = SIZE.exec(v);
  if (!m) return void 0;
  const unit = m[2].toLowerCase();
  return Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : 1);
}
function validValue(kind, v) {
  switch (kind) {
    case "flag":
      return FLAG.test(v);
    case "number":
      return NUMBER.test(v);
    case "size":
      return SIZE.test(v);
    case "offset":
      return OFFSET.test(v);
    case "msec":
      return validTime(v, false);
    case "sec":
      return validTime(v, true);
  }
}
var START = 0;
var YEAR = 1;
var MONTH = 2;
var WEEK = 3;
var DAY = 4;
var HOUR = 5;
var MIN = 6;
var SEC = 7;
var MSEC = 8;
var LAST = 9;
var UNIT_STEP = { y: YEAR, M: MONTH, w: WEEK, d: DAY, h: HOUR, m: MIN, s: SEC, ms: MSEC, " ": SEC };
function validTime(v, isSec) {
  let step = isSec ? START : MONTH;
  let digits = false;
  let i = 0;
  while (i < v.length) {
    const c = v[i++];
    if (c >= "0" && c <= "9") {
      digits = true;
      continue;
    }
    const unit = c === "m" && v[i] === "s" ? "ms" : c;
    const at = UNIT_STEP[unit];
    if (at === void 0 || step >= at || unit === "ms" && isSec) return false;
    if (unit === "ms") i++;
    step = unit === " " ? LAST : at;
    while (v[i] === " ") i++;
  }
  return digits;
}

// src/parser/directives.ts
function build() {
  const t = /* @__PURE__ */ new Map();
  for (const [name, shapes] of Object.entries(directives_default.directives)) t.set(name, shapes);
  for (const overlay of [lua_nginx_module_default, headers_more_default, njs_default, set_misc_default]) {
    for (const [name, shapes] of Object.entries(overlay.directives)) t.set(name, [...t.get(name) ?? [], ...shapes]);
  }
  for (const [name, c] of Object.entries(reference_corrections_default.directives)) {
    t.set(name, c.shapes);
  }
  return t;
}
var TABLE = build();
var NAMES = new Map([...TABLE.keys()].map((k) => [k, k]));
function internName(name) {
  return NAMES.get(name) ?? name;
}
var ENTRY_BLOCKS = /* @__PURE__ */ new Set(["map", "geo", "types", "split_clients", "charset_map", "match"]);
function directiveNames() {
  return TABLE.keys();
}
function lookup(name) {
  return TABLE.get(name);
}
function isLuaBlock(name) {
  return name.endsWith("_by_lua_block");
}
function enterBlock(ctx, name) {
  let byName = ENTERED.get(ctx);
  if (!byName) ENTERED.set(ctx, byName = /* @__PURE__ */ new Map());
  let r = byName.get(name);
  if (r === void 0) {
    r = blockContext(ctx, name);
    if (TABLE.has(name)) byName.set(name, r);
  }
  return r;
}
var ENTERED = /* @__PURE__ */ new Map();
function blockContext(ctx, name) {
  if (ctx.startsWith("entries:") || ctx === "unknown") return "unknown";
  if (ENTRY_BLOCKS.has(name)) return `entries:${name}`;
  const proto = ctx.startsWith("stream") ? "stream" : ctx.startsWith("mail") ? "mail" : "http";
  if (ctx === "main" && ["http", "events", "stream", "mail", "mgmt"].includes(name)) return name;
  switch (name) {
    case "server":
      return `${proto}>server`;
    case "upstream":
      return `${proto}>upstream`;
    case "location":
      return "http>location";
    case "if":
      return ctx === "http>server" ? "http>server>if" : "http>location>if";
    case "limit_except":
      return "http>location>limit_except";
  }
  if (TABLE.has(name)) return `${proto}>${name}`;
  return "unknown";
}
function contextOf(chain) {
  let ctx = "main";
  for (const name of chain) ctx = enterBlock(ctx, name);
  return ctx;
}
function analyze(name, nargs, term, ctx, opts) {
  if (ctx === "unknown" || ctx.startsWith("entries:")) return null;
  const fit = fitIn(name, ctx);
  if (!fit) {
    if (!opts.strict) return null;
    if (name.startsWith("\uFEFF")) {
      return { rule: "unknown-directive", message: `unknown directive "\\uFEFF${name.slice(1)}": the file starts with a UTF-8 byte order mark, which nginx reads as part of the first name; save the file without it` };
    }
    return { rule: "unknown-directive", message: `unknown directive "${nginxUnescape(name)}"` };
  }
  const here = fit.shapes;
  if (here.length === 0) {
    return opts.checkCtx ? { rule: "directive-not-allowed", message: `"${name}" directive is not allowed here` } : null;
  }
  if (!opts.checkArgs) return null;
  if (term === "{" && !fit.block) {
    return { rule: "invalid-args", message: `directive "${name}" is not terminated by ";"` };
  }
  if (term === ";" && !fit.simple) {
    return { rule: "invalid-args", message: `directive "${name}" has no opening "{"` };
  }
  for (const s of here) if (nargs >= s.min && (s.max < 0 || nargs <= s.max)) return null;
  return { rule: "invalid-args", message: `invalid number of arguments in "${name}" directive` };
}
function allowedIn(name, ctx) {
  return !!fitIn(name, ctx)?.shapes.length;
}
var IN_CONTEXT = /* @__PURE__ */ new Map();
function fitIn(name, ctx) {
  const shapes = TABLE.get(name);
  if (!shapes) return void 0;
  let byName = IN_CONTEXT.get(ctx);
  if (!byName) IN_CONTEXT.set(ctx, byName = /* @__PURE__ */ new Map());
  let fit = byName.get(name);
  if (!fit) {
    const here = shapes.filter((s) => s.contexts.includes(ctx) || s.contexts.includes("*"));
    byName.set(name, fit = { shapes: here, block: here.some((s) => s.block), simple: here.some((s) => !s.block) });
  }
  return fit;
}
var TABLE_SOURCE = directives_default.source;
var TAKEN_ONCE = Object.fromEntries(Object.entries(directives_nginx_default.unique).map(([proto, names]) => [proto, new Set(names)]));
var ASKED_SOURCE = directives_nginx_default.source;
function protocolOf(ctx) {
  let p = PROTOCOL.get(ctx);
  if (p === void 0) {
    const gt = ctx.indexOf(">");
    p = gt < 0 ? ctx : ctx.slice(0, gt);
    if (PROTOCOL.size < 1024) PROTOCOL.set(ctx, p);
  }
  return p;
}
var PROTOCOL = /* @__PURE__ */ new Map();
function takenOnce(ctx) {
  return TAKEN_ONCE[protocolOf(ctx)];
}
var VALUES = Object.fromEntries(
  Object.entries(directives_nginx_default.values).map(([proto, byName]) => [proto, new Map(Object.entries(byName))])
);
function valueRules(ctx) {
  return VALUES[protocolOf(ctx)];
}
function valueError(rule57, value) {
  if (value.includes("$") || validValue(rule57.kind, value)) return void 0;
  return rule57.message.replaceAll("{value}", value);
}

// src/parser/parser.ts
import { dirname, normalize } from "node:path";

// src/parser/includes.ts
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, posix, relative, resolve, sep } from "node:path";
function hasMagic(p) {
  return /[*?[]/.test(p);
}
function resolveInclude(arg, confDir, prefix) {
  if (!isAbsolute(arg)) return join(confDir, arg);
  if (prefix) {
    const p = prefix.endsWith("/") ? prefix.slice(0, -1) : prefix;
    if (arg === p) return confDir;
    if (arg.startsWith(p + "/")) return join(confDir, arg.slice(p.length + 1));
  }
  return arg;
}
function leavesConfine(confine) {
  if (!confine) return () => false;
  const realRoot = realpathSync(confine);
  return (path) => outsideOf(realRoot, path);
}
function outsideOf(realRoot, path) {
  let real;
  let rest = "";
  for (let p = resolve(path); ; p = resolve(p, "..")) {
    try {
      real = join(realpathSync(p), rest);
      break;
    } catch {
      if (p === resolve(p, "..")) break;
      rest = join(posix.basename(p), rest);
    }
  }
  const rel = relative(realRoot, real ?? resolve(path));
  return climbsOut(rel) || rel.split(sep).includes(".git");
}
function climbsOut(rel) {
  return rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel);
}
function globBase(pattern) {
  const parts = pattern.split("/");
  const i = parts.findIndex((s) => hasMagic(s));
  return i < 0 ? pattern : parts.slice(0, i).join("/") || "/";
}
var CHAR_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "\\x21-\\x7e",
  lower: "a-z",
  print: "\\x20-\\x7e",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\v\\f\\r",
  upper: "A-Z",
  xdigit: "0-9A-Fa-f"
};
var literal = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
function bracket(pattern, i) {
  let j = i + 1;
  const negate = pattern[j] === "!" || pattern[j] === "^";
  if (negate) j++;
  let body = "";
  for (let first = true; j < pattern.length; first = false) {
    let c = pattern[j];
    if (c === "]" && !first) return { re: `[${negate ? "^" : ""}${body}]`, end: j + 1 };
    if (c === "[" && pattern[j + 1] === ":") {
      const close = pattern.indexOf(":]", j + 2);
      const cls = close < 0 ? void 0 : CHAR_CLASSES[pattern.slice(j + 2, close)];
      if (cls !== void 0) {
        body += cls;
        j = close + 2;
        continue;
      }
    }
    if (c === "\\" && j + 1 < pattern.length) c = pattern[++j];
    j++;
    if (pattern[j] === "-" && j + 1 < pattern.length && pattern[j + 1] !== "]") {
      let d = pattern[j + 1];
      j += 2;
      if (d === "\\" && j < pattern.length) d = pattern[j++];
      body += `${literal(c)}-${literal(d)}`;
    } else body += literal(c);
  }
  return void 0;
}
function segmentHasMagic(seg) {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[" && bracket(seg, i)) return true;
  }
  return false;
}
function unescapeSegment(seg) {
  return seg.replace(/\\(.)/g, "$1");
}
function segmentMatcher(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const b = bracket(pattern, i);
      if (!b) re += "\\[";
      else {
        re += b.re;
        i = b.end - 1;
      }
    } else if (c === "\\" && i + 1 < pattern.length) re += literal(pattern[++i]);
    else re += literal(c);
  }
  return new RegExp("^" + re + "$");
}
function expandGlob(pattern, fs = localFs) {
  const abs = pattern.startsWith("/");
  const parts = pattern.split("/").filter((s, i) => s !== "" || i === 0);
  let bases = [abs ? "/" : ""];
  let lastListed = false;
  for (let i = abs ? 1 : 0; i < parts.length; i++) {
    const seg = parts[i];
    const next = [];
    lastListed = segmentHasMagic(seg);
    for (const base of bases) {
      if (!lastListed) {
        const name = unescapeSegment(seg);
        next.push(base === "" ? name : posix.join(base, name));
        continue;
      }
      let names;
      try {
        names = fs.readDir(base === "" ? "." : base);
      } catch {
        continue;
      }
      const m = segmentMatcher(seg);
      for (const name of names) {
        if (name.startsWith(".") && !seg.startsWith(".")) continue;
        if (m.test(name)) next.push(base === "" ? name : posix.join(base, name));
      }
    }
    bases = next;
  }
  const found = lastListed ? bases : bases.filter((p) => fs.isFile(p) || isDir(fs, p));
  return found.sort(byteCompare);
}
function isDir(fs, p) {
  try {
    fs.readDir(p);
    return true;
  } catch {
    return false;
  }
}
var localFs = {
  readFile: (p) => readFileSync(p),
  readDir: (p) => readdirSync(p),
  isFile: (p) => {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  }
};
function byteCompare(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/parser/params.ts
function params(words, keyed2, from = 1) {
  return { words: new Set(words), keyed: new Set(keyed2), from };
}
var LISTEN_WORDS = ["default_server", "default", "ssl", "http2", "quic", "spdy", "proxy_protocol", "deferred", "bind", "reuseport", "multipath"];
var LISTEN_KEYED = ["setfib", "fastopen", "backlog", "rcvbuf", "sndbuf", "accept_filter", "ipv6only", "so_keepalive"];
var UPSTREAM_WORDS = ["backup", "down", "resolve", "drain"];
var UPSTREAM_KEYED = ["weight", "max_conns", "max_fails", "fail_timeout", "route", "service", "slow_start"];
var LIMIT_REQ = params(["nodelay"], ["zone", "burst", "delay"], 0);
var LIMIT_REQ_ZONE = params(["sync"], ["zone", "rate"]);
var LIMIT_CONN_ZONE = params(["sync"], ["zone"]);
var PARAMS = {
  http: { limit_req: LIMIT_REQ, limit_req_zone: LIMIT_REQ_ZONE, limit_conn_zone: LIMIT_CONN_ZONE },
  stream: { limit_conn_zone: LIMIT_CONN_ZONE },
  "http>server": { listen: params(LISTEN_WORDS, LISTEN_KEYED), limit_req: LIMIT_REQ },
  "http>location": { limit_req: LIMIT_REQ },
  "stream>server": { listen: params([...LISTEN_WORDS, "udp"], LISTEN_KEYED) },
  "http>upstream": { server: params(UPSTREAM_WORDS, UPSTREAM_KEYED) },
  "stream>upstream": { server: params(UPSTREAM_WORDS, UPSTREAM_KEYED) }
};
var REWRITE_FLAGS = /* @__PURE__ */ new Set(["last", "break", "redirect", "permanent"]);
var PROXY_URL = /^https?:\/\//i;
var inHttp = (ctx) => protocolOf(ctx) === "http";
var PARAM_DIRECTIVES = /* @__PURE__ */ new Set(["listen", "server", "rewrite", "proxy_pass", "add_header", "add_trailer", "return", "try_files", "expires", "limit_req", "limit_req_zone", "limit_conn_zone", "server_name"]);
var REDIRECT_PREFIX = /^(https?:\/\/|\$scheme)/;
function paramError(ctx, name, args2) {
  if (name === "rewrite") {
    const flag = args2[2];
    if (flag === void 0 || !inHttp(ctx) || REWRITE_FLAGS.has(flag)) return void 0;
    return { message: `invalid parameter "${flag}"`, arg: 2 };
  }
  if (name === "add_header" || name === "add_trailer") {
    const p2 = args2[2];
    if (p2 === void 0 || !inHttp(ctx) || p2 === "always" || p2.includes("$")) return void 0;
    return { message: `invalid parameter "${p2}"`, arg: 2 };
  }
  if (name === "return") {
    const code = args2[0];
    if (code === void 0 || !inHttp(ctx) || code.includes("$") && !REDIRECT_PREFIX.test(code)) return void 0;
    const bad = /^\d+$/.test(code) ? Number(code) > 999 : args2.length > 1 || !REDIRECT_PREFIX.test(code);
    return bad ? { message: `invalid return code "${code}"`, arg: 0 } : void 0;
  }
  if (name === "proxy_pass") {
    const url = args2[0];
    if (url === void 0 || !inHttp(ctx) || url.includes("$") || PROXY_URL.test(url)) return void 0;
    return { message: "invalid URL prefix", arg: 0 };
  }
  if (name === "try_files") {
    const last = args2[args2.length - 1];
    if (!last?.startsWith("=") || last.includes("$") || !inHttp(ctx)) return void 0;
    return /^=\d+$/.test(last) && Number(last.slice(1)) <= 999 ? void 0 : { message: `invalid code "${last}"`, arg: args2.length - 1 };
  }
  if (name === "expires") return inHttp(ctx) ? expiresError(args2) : void 0;
  if (name === "server_name") {
    if (!inHttp(ctx)) return void 0;
    for (let i = 0; i < args2.length; i++) {
      const v = args2[i];
      if (v[0] === "*" && (v.length < 3 || v[1] !== ".") || v[0] === "." && v.length < 2) return { message: `server name "${v}" is invalid`, arg: i };
    }
    return void 0;
  }
  if (name === "limit_req_zone" || name === "limit_conn_zone") {
    const bad = zoneSizeError(args2);
    if (bad) return bad;
  }
  if (name === "limit_req_zone") {
    const i = args2.findIndex((a) => a.startsWith("rate="));
    const rate = args2[i];
    if (rate !== void 0 && !rate.includes("$") && !/^rate=0*[1-9]\d*(r\/s|r\/m)?$/.test(rate)) return { message: `invalid rate "${rate}"`, arg: i };
  }
  const p = PARAMS[ctx]?.[name];
  if (!p) return void 0;
  if (name === "server") {
    const bad = upstreamAddressError(args2[0] ?? "");
    if (bad) return { message: bad, arg: 0 };
  }
  for (let i = p.from; i < args2.length; i++) {
    const a = args2[i];
    const eq = a.indexOf("=");
    if (eq < 0 ? p.words.has(a) : p.keyed.has(a.slice(0, eq))) continue;
    if (a.includes("$")) continue;
    return { message: `invalid parameter "${a}"`, arg: i };
  }
  return void 0;
}
function zoneSizeError(args2) {
  const i = args2.findIndex((a) => a.startsWith("zone="));
  const zone = args2[i];
  if (zone === void 0 || zone.includes("$")) return void 0;
  const colon = zone.indexOf(":");
  if (colon === 5) return void 0;
  const size = colon < 0 ? void 0 : parseSize(zone.slice(colon + 1));
  if (size === void 0) return { message: `invalid zone size "${zone}"`, arg: i };
  return size < 8 * 4096 ? { message: `zone "${zone}" is too small`, arg: i } : void 0;
}
function expiresError(args2) {
  const bad = (arg) => ({ message: '"expires" directive invalid value', arg });
  let n = 0;
  if (args2.length === 2) {
    if (args2[0] !== "modified") return bad(0);
    n = 1;
  }
  const v = args2[n];
  if (v === void 0 || v.includes("$") || v === "epoch" || v === "max" || v === "off") return void 0;
  if (v.startsWith("@") && n === 1) return void 0;
  const t = v.startsWith("@") || v.startsWith("+") || v.startsWith("-") ? v.slice(1) : v;
  return validTime(t, true) ? void 0 : bad(n);
}
function upstreamAddressError(a) {
  if (!a || a.startsWith("unix:") || a.startsWith("[") || a.includes("$")) return void 0;
  if (a.includes("/")) return `invalid host in upstream "${a}"`;
  const colon = a.indexOf(":");
  if (colon <= 0) return void 0;
  const port = a.slice(colon + 1);
  if (!port) return void 0;
  const n = /^\d+$/.test(port) ? Number(port) : NaN;
  return n >= 1 && n <= 65535 ? void 0 : `invalid port in upstream "${a}"`;
}

// src/parser/scripts.ts
var READS = {
  http: {
    set: [1],
    return: "all",
    rewrite: [1],
    proxy_pass: [0],
    fastcgi_pass: [0],
    uwsgi_pass: [0],
    scgi_pass: [0],
    grpc_pass: [0],
    proxy_set_header: [1],
    grpc_set_header: [1],
    fastcgi_param: [1],
    uwsgi_param: [1],
    scgi_param: [1],
    add_header: [1],
    add_trailer: [1],
    try_files: "all",
    root: [0],
    alias: [0],
    index: "all",
    access_log: "all",
    log_format: "all",
    map: [0],
    split_clients: [0],
    limit_req_zone: [0],
    limit_conn_zone: [0],
    proxy_cache_key: [0],
    fastcgi_cache_key: [0],
    uwsgi_cache_key: [0],
    scgi_cache_key: [0],
    auth_request_set: [1],
    proxy_redirect: [1],
    sub_filter: "all",
    ssl_certificate: [0],
    ssl_certificate_key: [0],
    limit_rate: [0],
    secure_link: [0],
    secure_link_md5: [0],
    proxy_set_body: [0]
  },
  stream: {
    set: [1],
    return: [0],
    proxy_pass: [0],
    map: [0],
    split_clients: [0],
    limit_conn_zone: [0]
    // not stream's ssl_certificate: nginx reads its variables only for a server that listens with ssl
  }
};
var ALL = Array.from({ length: 64 }, (_, i) => i);
function scriptPositions(d, proto, a) {
  if (d.directive === "if") {
    if (/^!?-[fdex]$/.test(a[0] ?? "")) return IF_FILE_TEST;
    return a[1] === "=" || a[1] === "!=" ? IF_COMPARE : IF_VARIABLE;
  }
  if (d.directive === "error_page") return [a.length - 1];
  if (d.directive === "geo") return a.length === 2 ? IF_VARIABLE : NONE;
  const r = READS[proto][d.directive];
  return r === "all" ? a.length <= ALL.length ? ALL : a.map((_, i) => i) : r ?? NONE;
}
var IF_VARIABLE = [0];
var IF_FILE_TEST = [0, 1];
var IF_COMPARE = [0, 2];
var NONE = [];
var REFERENCE = /\$(?:\{(\w+)\}|(\w+))/g;
function scriptError(v) {
  for (let i = v.indexOf("$"); i >= 0; i = v.indexOf("$", i)) {
    i++;
    if (i === v.length) return "invalid variable name";
    const c = v.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      i++;
      continue;
    }
    const bracket2 = c === 123;
    if (bracket2 && ++i === v.length) return "invalid variable name";
    const start = i;
    while (i < v.length && NAME_CHAR.test(v[i])) i++;
    if (bracket2) {
      if (v[i] !== "}") return `the closing bracket in "${v.slice(start, i)}" variable is missing`;
      i++;
    }
    if (i === start || bracket2 && i === start + 1) return "invalid variable name";
  }
  return void 0;
}
var NAME_CHAR = /[A-Za-z0-9_]/;
var LOG_ESCAPES = /* @__PURE__ */ new Set(["default", "json", "none"]);
var SCRIPT_DIRECTIVES = /* @__PURE__ */ new Set([...Object.keys(READS.http), ...Object.keys(READS.stream), "if", "error_page", "geo"]);
var SYNTAX_CHECKED = new Set([...SCRIPT_DIRECTIVES].filter((n) => n !== "log_format" && n !== "if" && n !== "geo"));
function logFormatError(a) {
  const escape = a[1]?.startsWith("escape=");
  if (escape && !LOG_ESCAPES.has(a[1].slice(7))) return { message: `unknown log format escaping "${a[1].slice(7)}"`, arg: 1 };
  for (let s = escape ? 2 : 1; s < a.length; s++) {
    const v = a[s];
    for (let i = v.indexOf("$"); i >= 0; i = v.indexOf("$", i)) {
      const invalid = { message: `invalid parameter "${v.slice(i)}"`, arg: s };
      i++;
      const bracket2 = v[i] === "{";
      if (bracket2) i++;
      if (i >= v.length) return invalid;
      const start = i;
      while (i < v.length && NAME_CHAR.test(v[i])) i++;
      const name = v.slice(start, i);
      if (bracket2) {
        if (v[i] !== "}") return { message: `the closing bracket in "${name}" variable is missing`, arg: s };
        i++;
      }
      if (!name) return invalid;
    }
  }
  return void 0;
}
function scriptSyntaxError(ctx, d, a) {
  const log = d.directive === "log_format";
  if (!log && !SYNTAX_CHECKED.has(d.directive)) return void 0;
  const proto = protocolOf(ctx);
  if (proto !== "http" && proto !== "stream") return void 0;
  if (log) return logFormatError(a);
  const positions = scriptPositions(d, proto, a);
  for (let k = 0; k < positions.length && positions[k] < a.length; k++) {
    const v = a[positions[k]];
    if (!v.includes("$")) continue;
    const message2 = scriptError(v);
    if (message2) return { message: message2, arg: positions[k] };
  }
  return void 0;
}

// src/parser/regex.ts
function classEnd(re, i) {
  let j = i + 1;
  if (re[j] === "^") j++;
  if (re[j] === "]") j++;
  for (; j < re.length; j++) {
    const c = re[j];
    if (c === "\\") j++;
    else if (c === "]") return j;
    else if (c === "[" && re[j + 1] === ":") {
      const posix4 = POSIX_CLASS.exec(re.slice(j, j + 16));
      if (posix4) j += posix4[0].length - 1;
    }
  }
  return re.length;
}
var POSIX_CLASS = /^\[:\^?[a-z]+:\]/;
function regexError(re) {
  if (re.includes("\\Q") || re.includes("\\c") || re.includes("(?C") || EXTENDED.test(re)) return void 0;
  const failed = (what, at) => `pcre2_compile() failed: ${what} in "${re}"${at === void 0 ? "" : ` at "${re.slice(at)}"`}`;
  let depth = 0;
  let start = true;
  let found;
  for (let i = 0; i < re.length && !found; i++) {
    const c = re[i];
    if (c === "\\") {
      i++;
      start = false;
    } else if (c === "[") {
      i = classEnd(re, i);
      if (i >= re.length) found = failed("missing terminating ] for character class");
      start = false;
    } else if (c === "(") {
      if (re[i + 1] === "?" && re[i + 2] === "#") {
        const end = re.indexOf(")", i);
        if (end < 0) return void 0;
        i = end;
        continue;
      }
      if (re[i + 1] === "*" && VERB_START.test(re[i + 2] ?? "")) return void 0;
      depth++;
      start = true;
      if (re[i + 1] === "?") {
        i++;
        const bad = optionsError(re, i + 1);
        if (bad >= 0) found = failed("unrecognized character after (? or (?-", bad);
      }
    } else if (c === ")") {
      if (depth === 0) found = failed("unmatched closing parenthesis", i);
      depth--;
      start = false;
    } else if (c === "|") start = true;
    else if (start && (c === "*" || c === "+" || c === "?")) found = failed("quantifier does not follow a repeatable item", i);
    else start = false;
  }
  if (!found && depth > 0) found = failed("missing closing parenthesis");
  if (!found) return void 0;
  try {
    new RegExp(re);
    return void 0;
  } catch {
    return found;
  }
}
function optionsError(re, j) {
  const c = re[j];
  if (c === void 0 || !(OPTION_START.test(c) || c === "-" && !/[0-9]/.test(re[j + 1] ?? ""))) return -1;
  while (j < re.length && OPTION_LETTERS.includes(re[j])) j++;
  return j < re.length && re[j] !== ")" && re[j] !== ":" ? j : -1;
}
var OPTION_START = /^[A-BD-OQS-Za-z^]$/;
var OPTION_LETTERS = "imnsxJU^-arDSWPT";
var EXTENDED = /\(\?[a-zA-Z^-]*x/;
var VERB_START = /[A-Za-z_:]/;
var IF_REGEX = /^!?~\*?$/;
function regexArgError(d, a) {
  const one = (i, re) => {
    const message2 = re === void 0 ? void 0 : regexError(re);
    return message2 ? { message: message2, arg: i } : void 0;
  };
  switch (d.directive) {
    case "rewrite":
      return one(0, a[0]);
    case "if":
      return IF_REGEX.test(a[1] ?? "") ? one(2, a[2]) : void 0;
    case "proxy_redirect":
      return a[0]?.startsWith("~") ? one(0, tilde(a[0])) : void 0;
    case "server_name":
      for (let i = 0; i < a.length; i++) {
        const bad = a[i].startsWith("~") ? one(i, a[i].slice(1)) : void 0;
        if (bad) return bad;
      }
      return void 0;
  }
  return void 0;
}
function tilde(v) {
  return v.replace(/^~\*?/, "");
}
var REGEX_DIRECTIVES = /* @__PURE__ */ new Set(["rewrite", "if", "proxy_redirect", "server_name"]);

// src/parser/types.ts
var PackedPositions = class {
  constructor(data) {
    this.data = data;
  }
  data;
  toJSON() {
    return void 0;
  }
};

// src/parser/parser.ts
function parse(file, options = {}) {
  return parseFile(file, options, false).payload;
}
function parseDetailed(file, options = {}) {
  return parseFile(file, options, true);
}
function parseFile(file, options, packed) {
  const fs = options.fs ?? localFs;
  const run = new Run(file, options, fs, packed);
  if (run.outside(file)) return run.run(Buffer.alloc(0), true);
  let buf;
  try {
    buf = fs.readFile(file);
  } catch (e) {
    throw new InputError(openFailed(file, e));
  }
  return run.run(buf);
}
function parseString(text, file = "nginx.conf", options = {}) {
  const fs = { readFile: () => Buffer.from(text), readDir: () => [], isFile: () => false };
  return new Run(file, { ...options, single: true }, fs, false).run(Buffer.from(text)).payload;
}
function argPosition(d, i) {
  if (d.argPos) return d.argPos[i];
  const b = d.posBuf?.data;
  if (!b || i < 0 || i >= d.args.length) return void 0;
  const k = d.posAt + 4 * i;
  return { line: b[k], col: b[k + 1], endLine: b[k + 2], endCol: b[k + 3] };
}
var POS_CHUNK = 1 << 16;
var Run = class {
  constructor(main, opts, fs, packed) {
    this.main = main;
    this.opts = opts;
    this.fs = fs;
    this.packed = packed;
    this.confDir = dirname(main);
    this.ignore = new Set(opts.ignore ?? []);
    this.checks = { strict: !!opts.strict, checkCtx: opts.checkCtx !== false, checkArgs: opts.checkArgs !== false };
    this.shapeFree = { ...this.checks, checkArgs: false };
    this.outside = leavesConfine(fs === localFs ? opts.confine : void 0);
  }
  main;
  opts;
  fs;
  packed;
  files = [];
  byKey = /* @__PURE__ */ new Map();
  confDir;
  ignore;
  checks;
  /** `checks` without the argument and terminator checks (for the directives in lexBroken). */
  shapeFree;
  /** Include arguments resolved in this parse: a file included from many places is looked up once. */
  resolved = /* @__PURE__ */ new Map();
  /** Directives of reused files copied to resolve their includes in this parse (ParseOptions.reuse). */
  copied = /* @__PURE__ */ new WeakSet();
  /** Directives cut short by `}` or end of file (their shape is not checked: the syntax error says it all). */
  cutShort = /* @__PURE__ */ new Set();
  /**
   * Directives whose tokens hold a lexer error (`unexpected "x"` after a closing quote): nginx stops
   * there, before the directive reaches its handler, and where the directive ends is only our
   * recovery's reading. Their name and context are checked, their arguments and terminator not.
   */
  lexBroken = /* @__PURE__ */ new Set();
  /** `if` directives whose condition is not in parentheses (prepareIfArgs() left them as written). */
  bareIf = /* @__PURE__ */ new Set();
  /**
   * Where the `{` of a block directive stands, for the directives that may land in a map-like block
   * (the top level of a file, which an include may put there, and the entries of map, types, ...):
   * nginx refuses a block there at its `{`.
   */
  braces = /* @__PURE__ */ new Map();
  /** Files that could not be read (their include sites carry the error). */
  unread = /* @__PURE__ */ new Set();
  /** True when ParseOptions.confine is set and a path (a file, or a glob's base) leads outside it. */
  outside;
  /** Scratch arrays statement() gathers a directive's arguments in. */
  scratch = { raws: [], values: [], pos: [] };
  /** The chunk argument positions are packed into, and how much of it is used. */
  posBuf = new PackedPositions(new Int32Array(0));
  posLen = 0;
  /** The include-outside message for a path that was not read. */
  outsideMessage(path) {
    return `"${path}" leads outside the repository (${this.opts.confine}), by its path or a symbolic link, or into its .git: not read, so neither the lint nor nginx -t checks it; if it is part of this config, keep it in the repository and map its absolute path with prefix (now ${this.opts.prefix ?? "not set"})`;
  }
  /** @param mainOutside the main config leads outside ParseOptions.confine: not read, reported */
  run(mainBytes, mainOutside = false) {
    this.addFile(this.main);
    if (mainOutside) {
      this.error(0, "include-outside", this.outsideMessage(this.main), 1, 1);
      this.unread.add(0);
    }
    const earlier = this.earlierFiles();
    for (let i = 0; i < this.files.length; i++) {
      const f = this.files[i];
      if (i === 0 && mainOutside) continue;
      let bytes = i === 0 ? mainBytes : void 0;
      if (!bytes && this.outside(f.file)) {
        for (const s of f.sites) this.error(s.from, "include-outside", this.outsideMessage(f.file), s.directive.line, s.directive.col ?? 1);
        this.unread.add(i);
        continue;
      }
      if (!bytes) {
        try {
          bytes = this.fs.readFile(f.file);
        } catch (e) {
          for (const s of f.sites) this.error(s.from, "syntax", openFailed(f.file, e), s.directive.line, s.directive.col ?? 1);
          this.unread.add(i);
          continue;
        }
      }
      if (this.opts.keepSource) f.source = bytes;
      const same = earlier?.(f.file, bytes);
      if (same) this.reuseFile(i, same);
      else this.parseFile(i, decode(bytes));
    }
    if (!this.opts.single) this.findCycles();
    this.analyse();
    this.requireEvents();
    const payload = this.payload();
    return {
      payload,
      files: this.files.map((f) => ({ file: f.file, pragmas: f.pragmas, context: f.ctx ?? "main", ...f.source ? { source: f.source } : {} }))
    };
  }
  /**
   * With ParseOptions.reuse: a lookup of the earlier parse's file at the same place under its root,
   * when its bytes equal `bytes` and it had no errors (a file with errors is parsed again: its
   * messages are made while parsing).
   */
  earlierFiles() {
    const r = this.opts.reuse;
    if (!r) return void 0;
    const byPath = new Map(r.result.files.map((f, i) => [normalize(f.file), i]));
    const to = normalize(r.to) + "/";
    const from = normalize(r.from) + "/";
    return (file, bytes) => {
      const n = normalize(file);
      if (!n.startsWith(to)) return void 0;
      const i = byPath.get(from + n.slice(to.length));
      if (i === void 0) return void 0;
      const f = r.result.files[i];
      const c = r.result.payload.config[i];
      if (!f.source || c.errors.length || !f.source.equals(bytes)) return void 0;
      return { parsed: c.parsed, pragmas: f.pragmas, context: f.context };
    };
  }
  /**
   * Takes an earlier parse of the same bytes: its directives are shared, except the include
   * directives and the blocks around them, which are copied and resolved in this parse (in document
   * order, as parsing would: file indexes come out the same).
   */
  reuseFile(idx, same) {
    const f = this.files[idx];
    f.pragmas = same.pragmas;
    f.reusedCtx = same.context;
    const copy = (list) => {
      let out;
      for (let i = 0; i < list.length; i++) {
        const d = list[i];
        let c = d;
        if (d.includes) {
          c = { ...d };
          this.include(idx, c);
        } else if (d.block) {
          const b = copy(d.block);
          if (b !== d.block) c = { ...d, block: b };
        }
        if (c !== d) {
          this.copied.add(c);
          out ??= list.slice(0, i);
        }
        out?.push(c);
      }
      return out ?? list;
    };
    f.parsed = copy(same.parsed);
  }
  addFile(path) {
    const key = normalize(path);
    let idx = this.byKey.get(key);
    if (idx === void 0) {
      idx = this.files.length;
      this.files.push({ file: path, key, parsed: [], errors: [], pragmas: [], sites: [], includes: [] });
      this.byKey.set(key, idx);
    }
    return idx;
  }
  error(fileIdx, rule57, message2, line, col) {
    const f = this.files[fileIdx];
    f.errors.push({ error: `${message2} in ${f.file}:${line}`, line, col, message: message2, rule: rule57 });
  }
  /** error(), unless the file has that error at that position already (a file analysed at a second include site). */
  errorOnce(fileIdx, rule57, message2, line, col) {
    if (this.files[fileIdx].errors.some((e) => e.line === line && e.col === col && e.message === message2)) return;
    this.error(fileIdx, rule57, message2, line, col);
  }
  // ---------------------------------------------------------------- syntax
  parseFile(idx, text) {
    const lx = new Lexer(text);
    const f = this.files[idx];
    f.parsed = this.block(idx, lx, 0, false).list;
    f.pragmas = lx.pragmas;
    for (const e of lx.errors) this.error(idx, "syntax", e.message, e.line, e.col);
    f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }
  /**
   * Parses statements up to the `}` that closes this block (depth > 0) or end of file.
   * @param entries the block is a map-like one (map, types, ...): its entries' `{` positions are kept
   */
  block(idx, lx, depth, entries) {
    const list = [];
    for (; ; ) {
      const lexErrors = lx.errors.length;
      const tok = lx.next();
      if (tok.kind === "eof") {
        if (depth > 0) this.error(idx, "syntax", 'unexpected end of file, expecting "}"', tok.line, tok.col);
        return { list };
      }
      if (tok.kind === "}") {
        if (depth > 0) return { list, end: tok };
        this.error(idx, "syntax", 'unexpected "}"', tok.line, tok.col);
        continue;
      }
      if (tok.kind === "comment") {
        if (this.opts.comments) list.push({ directive: "#", line: tok.line, args: [], comment: tok.raw, col: tok.col });
        continue;
      }
      if (tok.kind === ";" || tok.kind === "{") {
        this.error(idx, "syntax", `unexpected "${tok.kind}"`, tok.line, tok.col);
        if (tok.kind === "{") this.block(idx, lx, depth + 1, false);
        continue;
      }
      const r = this.statement(idx, lx, depth, tok, list, lexErrors, entries);
      if (r === "eof") return { list };
      if (r !== "ok") return { list, end: r };
    }
  }
  /**
   * One directive starting at word `tok`. Returns the `}` token when a `}` that ended it also closed
   * the enclosing block, 'eof' when the file ended inside it.
   * @param lexErrors the lexer's error count before `tok` was read (a later one is in this directive)
   * @param entries the directive stands in a map-like block (see block())
   */
  statement(idx, lx, depth, tok, list, lexErrors, entries) {
    const { raws, values, pos } = this.scratch;
    let n = 0;
    const name = internName(tok.raw);
    const line = tok.line, col = tok.col;
    let argComments;
    let term;
    if (isLuaBlock(name)) {
      const r = lx.luaBlock(name === "set_by_lua_block");
      if ("error" in r) {
        this.error(idx, "syntax", r.error.message, r.error.line, r.error.col);
        list.push({ directive: name, line, args: [], col, argPos: [], values: [] });
        return "eof";
      }
      for (const a of r.args) this.putArg(n++, a);
      term = { kind: ";", raw: ";", value: ";", quoted: false, line: r.end.line, col: r.end.col, endLine: r.end.line, endCol: r.end.col };
    } else {
      for (; ; ) {
        const a = lx.next();
        if (a.kind === "word") this.putArg(n++, a);
        else if (a.kind === "comment") (argComments ??= []).push({ ...a });
        else {
          term = a;
          break;
        }
      }
    }
    const args2 = raws.slice(0, n);
    let vals = args2;
    for (let i = 0; i < n; i++) {
      if (values[i] !== args2[i]) {
        vals = values.slice(0, n);
        break;
      }
    }
    let d;
    if (this.packed) {
      const at = this.packPositions(pos, n);
      d = { directive: name, line, args: args2, col, posBuf: this.posBuf, posAt: at, values: vals, endLine: line, endCol: col };
    } else {
      const argPos = new Array(n);
      for (let i = 0; i < n; i++) argPos[i] = { line: pos[4 * i], col: pos[4 * i + 1], endLine: pos[4 * i + 2], endCol: pos[4 * i + 3] };
      d = { directive: name, line, args: args2, col, argPos, values: vals, endLine: line, endCol: col };
    }
    if (name === "if" && !prepareIfArgs(d)) this.bareIf.add(d);
    let result = "ok";
    const termKind = term.kind;
    if (lx.errors.length > lexErrors) this.lexBroken.add(d);
    switch (termKind) {
      case ";":
        d.endLine = term.line;
        d.endCol = term.col;
        break;
      case "{": {
        if (depth === 0 || entries) this.braces.set(d, { line: term.line, col: term.col });
        const b = this.block(idx, lx, depth + 1, ENTRY_BLOCKS.has(name));
        d.block = b.list;
        const end = b.end ?? lx.eofPosition();
        d.endLine = end.line;
        d.endCol = end.col;
        if (!b.end) result = "eof";
        break;
      }
      case "}":
        this.error(idx, "syntax", 'unexpected "}"', term.line, term.col);
        d.endLine = term.line;
        d.endCol = term.col;
        if (depth > 0) result = { ...term };
        break;
      default: {
        const e = lx.eofPosition();
        this.error(idx, "syntax", 'unexpected end of file, expecting ";" or "}"', e.line, e.col);
        d.endLine = e.line;
        d.endCol = e.col;
        result = "eof";
      }
    }
    if (termKind !== ";" && termKind !== "{") this.cutShort.add(d);
    if (this.ignore.has(d.directive)) return result;
    if (d.directive === "include" && !this.opts.single && termKind === ";" && d.args.length === 1) this.include(idx, d);
    list.push(d);
    if (this.opts.comments && argComments) {
      for (const c of argComments) list.push({ directive: "#", line: d.line, args: [], comment: c.raw, col: c.col });
    }
    return result;
  }
  /** Writes argument number `i` (a word token) into the scratch arrays. */
  putArg(i, a) {
    this.scratch.raws[i] = a.raw;
    this.scratch.values[i] = a.value;
    const p = this.scratch.pos;
    p[4 * i] = a.line;
    p[4 * i + 1] = a.col;
    p[4 * i + 2] = a.endLine;
    p[4 * i + 3] = a.endCol;
  }
  /** Copies `n` arguments' positions into the current chunk (a new one when it is full); returns where they start. */
  packPositions(pos, n) {
    const k = 4 * n;
    let b = this.posBuf.data;
    if (this.posLen + k > b.length) {
      const size = Math.max(k, Math.min(POS_CHUNK, Math.max(1024, 2 * b.length)));
      this.posBuf = new PackedPositions(b = new Int32Array(size));
      this.posLen = 0;
    }
    const at = this.posLen;
    for (let i = 0; i < k; i++) b[at + i] = pos[i];
    this.posLen += k;
    return at;
  }
  include(idx, d) {
    let r = this.resolved.get(d.values[0]);
    if (!r) this.resolved.set(d.values[0], r = this.resolve(d.values[0]));
    if (r.error || r.outside) {
      const p = argPosition(d, 0);
      this.error(idx, r.outside ? "include-outside" : "syntax", r.outside ?? r.error, p.line, p.col);
    }
    d.includes = [];
    this.files[idx].includes.push(d);
    for (const target of r.targets) {
      d.includes.push(target);
      this.files[target].sites.push({ from: idx, directive: d });
    }
  }
  /** The files an include argument names (registered), or the error of a plain path that cannot be read. */
  resolve(arg) {
    const pattern = resolveInclude(arg, this.confDir, this.opts.prefix);
    if (this.outside(globBase(pattern))) return { targets: [], outside: this.outsideMessage(pattern) };
    if (hasMagic(pattern)) return { targets: expandGlob(pattern, this.fs).map((n) => this.addFile(n)) };
    if (this.fs.isFile(pattern)) return { targets: [this.addFile(pattern)] };
    let why = Object.assign(new Error("missing"), { code: "ENOENT" });
    try {
      this.fs.readFile(pattern);
    } catch (e) {
      why = e;
    }
    return { targets: [], error: openFailed(pattern, why) };
  }
  /** Reports include cycles (nginx would recurse until it runs out of file descriptors). */
  findCycles() {
    const state = /* @__PURE__ */ new Map();
    const stack = [];
    const visit = (i) => {
      state.set(i, "active");
      stack.push(i);
      for (const d of this.files[i].includes) {
        for (const t of d.includes) {
          if (state.get(t) === "active") {
            const loop = stack.slice(stack.indexOf(t)).concat(t).map((k) => this.files[k].file);
            const p = argPosition(d, 0) ?? { line: d.line, col: d.col ?? 1 };
            this.error(i, "syntax", `include cycle: ${loop.join(" -> ")}`, p.line, p.col);
            d.includes = d.includes.filter((x) => x !== t);
          } else if (!state.has(t)) visit(t);
        }
      }
      stack.pop();
      state.set(i, "done");
    };
    visit(0);
  }
  // ---------------------------------------------------------------- contexts and arguments
  analyse() {
    const main = this.files[0];
    let ctx;
    if (this.opts.context) ctx = contextOf(this.opts.context);
    else {
      const pragma = contextPragma(main.pragmas);
      ctx = pragma ? contextOf(pragma) : inferContext(main.parsed);
    }
    const sites = /* @__PURE__ */ new Map();
    const firstSite = (f, rule57, message2, line, col) => this.error(f, rule57, message2, line, col);
    const walk2 = (fi, list, c, loc, again, via = "") => {
      const skipShared = !again && this.files[fi].reusedCtx !== void 0;
      const entries = c.startsWith("entries:");
      const map = { hadDefault: false, keys: /* @__PURE__ */ new Set() };
      const values = valueRules(c);
      const error = again ? (f, rule57, message2, line, col) => this.errorOnce(f, rule57, `${message2} (${via})`, line, col) : firstSite;
      for (let i = 0; i < list.length; i++) {
        const d = list[i];
        if (d.directive === "#" || skipShared && !this.copied.has(d)) continue;
        if (entries && d.directive !== "include") {
          if (!again) d.entry = true;
          const bad = this.checks.checkArgs && !d.block ? entryError(c, d, map) : void 0;
          if (bad) error(fi, "invalid-args", bad, d.line, d.col ?? 1);
          if (d.block) {
            const at = this.braces.get(d) ?? { line: d.line, col: d.col ?? 1 };
            if (!this.lexBroken.has(d)) error(fi, "syntax", 'unexpected "{"', at.line, at.col);
            walk2(fi, d.block, "unknown", void 0, again, via);
          }
          continue;
        }
        let inner;
        if (this.cutShort.size === 0 || !this.cutShort.has(d)) {
          const n = d.args.length || (d.directive === "if" && !this.bareIf.has(d) ? 1 : 0);
          const p = analyze(d.directive, n, d.block ? "{" : ";", c, this.lexBroken.size && this.lexBroken.has(d) ? this.shapeFree : this.checks);
          if (p) error(fi, p.rule, p.message, d.line, d.col ?? 1);
          else if (d.directive === "location" && d.block && c.startsWith("http>") && this.checks.checkArgs) {
            const l = checkLocation(d.values ?? d.args, c === "http>location" ? loc : void 0);
            if ("error" in l) error(fi, l.rule, l.error, d.line, d.col ?? 1);
            else {
              inner = l;
              const bad = l.mod === "~" || l.mod === "~*" ? regexError(l.uri) : void 0;
              const p2 = bad ? argPosition(d, d.args.length - 1) : void 0;
              if (bad) error(fi, "invalid-args", bad, d.line, p2 && p2.line === d.line ? p2.col : d.col ?? 1);
            }
          } else if (n && this.checks.checkArgs && (this.lexBroken.size === 0 || !this.lexBroken.has(d))) {
            const a = d.values ?? d.args;
            const bad = (PARAM_DIRECTIVES.has(d.directive) ? paramError(c, d.directive, a) : firstValueError(values, d.directive, a[0])) ?? scriptSyntaxError(c, d, a) ?? (d.directive === "if" ? ifConditionError(a, this.bareIf.has(d)) : void 0) ?? (REGEX_DIRECTIVES.has(d.directive) ? regexArgError(d, a) : void 0);
            if (bad) {
              const p2 = argPosition(d, bad.arg);
              error(fi, "invalid-args", bad.message, d.line, p2 && p2.line === d.line ? p2.col : d.col ?? 1);
            }
          }
        }
        if (d.block) walk2(fi, d.block, enterBlock(c, d.directive), inner, again, via);
        if (d.includes) {
          for (const t of d.includes) {
            const f = this.files[t];
            const own2 = contextPragma(f.pragmas);
            const tctx = own2 ? contextOf(own2) : c;
            const tloc = tctx === c ? loc : void 0;
            const site = tloc && leadsOnLocation(f.parsed) ? `${tctx} ${tloc.mod} ${tloc.uri}` : tctx;
            let done = sites.get(t);
            if (done?.has(site)) continue;
            if (!done) sites.set(t, done = /* @__PURE__ */ new Set());
            done.add(site);
            if (done.size === 1) {
              this.setContext(f, tctx);
              walk2(t, f.parsed, tctx, tloc, false);
            } else walk2(t, f.parsed, tctx, tloc, true, again ? via : `as included at ${this.files[fi].file}:${d.line}`);
          }
        }
      }
    };
    sites.set(0, /* @__PURE__ */ new Set([ctx]));
    this.setContext(main, ctx);
    walk2(0, main.parsed, ctx, void 0, false);
    for (const f of this.files) f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }
  /**
   * A whole configuration needs an events block: nginx -t fails without one, even on an empty file.
   * Checked on a main config in the main context whose includes were followed (not `single`), at its
   * top level and the top level of the files included there; not when one of those could not be
   * read (the events block may be in it, and the include is reported already).
   * nginx: ngx_event_init_conf in src/event/ngx_event.c (`no "events" section in configuration`).
   */
  requireEvents() {
    if (this.opts.single || this.files[0].ctx !== "main") return;
    let unknown = false;
    const seen = /* @__PURE__ */ new Set();
    const has = (fi) => {
      if (seen.has(fi)) return false;
      seen.add(fi);
      if (this.unread.has(fi)) unknown = true;
      for (const d of this.files[fi].parsed) {
        if (d.directive === "events") return true;
        if (d.directive !== "include") continue;
        const r = d.values?.[0] !== void 0 ? this.resolved.get(d.values[0]) : void 0;
        if (!d.includes || r?.error || r?.outside) unknown = true;
        for (const t of d.includes ?? []) if (has(t)) return true;
      }
      return false;
    };
    if (!has(0) && !unknown) this.error(0, "syntax", 'no "events" section in configuration', 1, 1);
  }
  /**
   * Sets the context a file is analysed in. A file reused from an earlier parse (ParseOptions.reuse)
   * that lands in another context than it had there gets a copy of its own, entry marks cleared:
   * analysis marks the entries of map-like blocks, and the shared directives must keep the earlier
   * parse's marks. It is then analysed in full, like a file parsed anew.
   */
  setContext(f, ctx) {
    f.ctx = ctx;
    if (f.reusedCtx === void 0 || f.reusedCtx === ctx) return;
    const unmark = (list) => {
      for (const d of list) {
        delete d.entry;
        if (d.block) unmark(d.block);
      }
    };
    unmark(f.parsed = structuredClone(f.parsed));
    f.reusedCtx = void 0;
  }
  payload() {
    const config = this.files.map((f) => ({
      file: f.file,
      status: f.errors.length ? "failed" : "ok",
      errors: f.errors,
      parsed: f.parsed
    }));
    const errors = this.files.flatMap((f) => f.errors.map((e) => ({ file: f.file, ...e })));
    let payload = { status: errors.length ? "failed" : "ok", errors, config };
    if (this.opts.combine) payload = combine(payload);
    return payload;
  }
};
function prepareIfArgs(d) {
  const a = d.args;
  if (!a.length || !a[0].startsWith("(") || !a[a.length - 1].endsWith(")")) return false;
  const v = d.values === d.args ? d.args.slice() : d.values;
  const li = a.length - 1;
  const first = a[0].slice(1).trimStart();
  const cut0 = a[0].length - first.length;
  a[0] = first;
  v[0] = v[0].slice(1).trimStart();
  const last = a[li].slice(0, -1).trimEnd();
  const cutN = a[li].length - last.length;
  a[li] = last;
  v[li] = v[li].slice(0, -1).trimEnd();
  const start = a[0] ? 0 : 1;
  const end = Math.max(start, a.length - (a[li] ? 0 : 1));
  d.args = a.slice(start, end);
  d.values = v.slice(start, end);
  if (d.argPos) {
    const p = d.argPos;
    p[0] = { ...p[0], col: p[0].col + cut0 };
    p[li] = { ...p[li], endCol: p[li].endCol - cutN };
    d.argPos = p.slice(start, end);
  } else {
    const p = d.posBuf.data;
    const at = d.posAt;
    p[at + 1] += cut0;
    p[at + 4 * li + 3] -= cutN;
    d.posAt = at + 4 * start;
  }
  return true;
}
function contextPragma(pragmas) {
  for (const p of pragmas) {
    const m = /^context\s*=\s*([\w>,\s]+)$/.exec(p.text);
    if (m) return m[1].split(/[,>\s]+/).filter(Boolean);
  }
  return void 0;
}
function splitLocation(v) {
  for (const mod of MODIFIERS) if (v.startsWith(mod)) return { mod, uri: v.slice(mod.length) };
  return { mod: v.startsWith("@") ? "@" : "", uri: v };
}
var MODIFIERS = ["=", "^~", "~*", "~"];
var LOCATION_MODIFIERS = new Set(MODIFIERS);
function checkLocation(a, parent) {
  if (a.length === 2 && !LOCATION_MODIFIERS.has(a[0])) return { rule: "invalid-args", error: `invalid location modifier "${a[0]}"` };
  const l = a.length === 2 ? { mod: a[0], uri: a[1] } : splitLocation(a[0] ?? "");
  if (!parent) return l;
  const rule57 = "directive-not-allowed";
  if (parent.mod === "=") return { rule: rule57, error: `location "${l.uri}" cannot be inside the exact location "${parent.uri}"` };
  if (parent.mod === "@") return { rule: rule57, error: `location "${l.uri}" cannot be inside the named location "${parent.uri}"` };
  if (l.mod === "@") return { rule: rule57, error: `named location "${l.uri}" can be on the server level only` };
  if (!l.mod.startsWith("~") && !l.uri.startsWith(parent.uri)) return { rule: rule57, error: `location "${l.uri}" is outside location "${parent.uri}"` };
  return l;
}
function entryError(ctx, d, map) {
  const n = (d.values ?? d.args).length;
  if (ctx === "entries:map") {
    const isDefault = d.directive === "default";
    const again = isDefault && map.hadDefault;
    if (isDefault) map.hadDefault = true;
    if (n === 0 && (d.directive === "hostnames" || d.directive === "volatile")) {
      if (d.directive === "hostnames") map.keys = void 0;
      return void 0;
    }
    if (n !== 1) return "invalid number of the map parameters";
    if (again) return "duplicate default map parameter";
    const re = d.directive.startsWith("~") ? regexError(tilde(d.directive)) : void 0;
    if (re) return re;
    const v = (d.values ?? d.args)[0];
    const bad = v.includes("$") ? scriptError(v) : void 0;
    if (bad || isDefault || !map.keys) return bad;
    const key = mapKey(d.directive);
    if (key === void 0) return void 0;
    if (map.keys.has(key)) return `conflicting parameter "${key}"`;
    map.keys.add(key);
    return void 0;
  }
  if (ctx === "entries:geo") {
    if (n === 0 && (d.directive === "ranges" || d.directive === "proxy_recursive" || d.directive === "volatile")) return void 0;
    if (n !== 1) return "invalid number of the geo parameters";
    return geoKeyValid(d.directive) ? void 0 : `invalid network "${d.directive}"`;
  }
  return void 0;
}
var IF_OPERATORS = /* @__PURE__ */ new Set(["=", "!=", "~", "~*", "!~", "!~*"]);
function ifConditionError(a, bare) {
  const invalid = (i, v = a[i]) => ({ message: `invalid condition "${v}"`, arg: i });
  if (bare) {
    if (!a.length) return void 0;
    if (!a[0].startsWith("(")) return invalid(0);
    return a.length === 1 ? invalid(0, a[0].slice(1)) : invalid(a.length - 1);
  }
  const t = a[0];
  if (t === void 0) return { message: 'invalid condition ")"', arg: 0 };
  if (t.length > 1 && t[0] === "$") {
    if (a.length !== 1 && a.length !== 3) return invalid(0);
    return a.length === 1 || IF_OPERATORS.has(a[1]) ? void 0 : { message: `unexpected "${a[1]}" in condition`, arg: 1 };
  }
  const test = t.length === 2 && t[0] === "-" ? t[1] : t.length === 3 && t.startsWith("!-") ? t[2] : void 0;
  return test !== void 0 && a.length === 2 && "fdex".includes(test) ? void 0 : invalid(0);
}
function mapKey(key) {
  if (key.startsWith("~")) return void 0;
  const k = key.startsWith("\\") ? key.slice(1) : key;
  return k.includes("\\") ? void 0 : k.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
function geoKeyValid(key) {
  if (key === "default" || key === "delete" || key === "proxy" || key.includes(":") || key.includes("-")) return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/\d+)?$/.exec(key);
  return m !== null && [m[1], m[2], m[3], m[4]].every((o) => Number(o) <= 255);
}
function firstValueError(rules, name, value) {
  const rule57 = rules?.get(name);
  const message2 = rule57 && valueError(rule57, value);
  return message2 ? { message: message2, arg: 0 } : void 0;
}
function leadsOnLocation(parsed) {
  for (let i = 0; i < parsed.length; i++) if (parsed[i].directive === "location" || parsed[i].directive === "include") return true;
  return false;
}
var CANDIDATES = ["main", "http", "http>server", "http>location", "http>upstream", "stream", "stream>server", "stream>upstream", "mail", "mail>server", "events"];
function inferContext(parsed) {
  const names = parsed.filter((d) => d.directive !== "#" && lookup(d.directive)).map((d) => d.directive);
  if (names.some((n) => allowedIn(n, "main") && !CANDIDATES.some((c) => c !== "main" && allowedIn(n, c)))) return "main";
  let best = "main";
  let bestScore = -1;
  for (const c of CANDIDATES) {
    const score = names.filter((n) => allowedIn(n, c)).length;
    if (score === names.length) return c;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
function combine(p) {
  const configs = p.config;
  const expand = (fi, list, stack) => {
    const out = [];
    for (const d of list) {
      const c = { ...d, file: configs[fi].file };
      if (d.block) c.block = expand(fi, d.block, stack);
      if (d.includes) {
        for (const t of d.includes) if (!stack.includes(t)) out.push(...expand(t, configs[t].parsed, [...stack, t]));
      } else out.push(c);
    }
    return out;
  };
  const errors = configs.flatMap((c) => c.errors);
  return {
    status: p.status,
    errors: p.errors,
    config: [{ file: configs[0].file, status: errors.length ? "failed" : "ok", errors, parsed: expand(0, configs[0].parsed, [0]) }]
  };
}

// src/plan/index.ts
import { posix as posix3 } from "node:path";

// src/lint/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var CONFIG_FILE = ".nginx-gitops.yml";
function loadLintConfig(root, knownRules) {
  const path = join2(root, CONFIG_FILE);
  if (!existsSync(path)) return { rules: {}, ignorePaths: [] };
  let doc;
  try {
    doc = (0, import_yaml.parse)(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new InputError(`${path}: ${e.message.split("\n")[0]}`);
  }
  if (doc == null) return { rules: {}, ignorePaths: [], source: path };
  if (typeof doc !== "object" || Array.isArray(doc)) throw new InputError(`${path}: expected a mapping with "rules" and "ignore-paths"`);
  const cfg = { rules: {}, ignorePaths: [], source: path };
  for (const [k, v] of Object.entries(doc)) {
    if (k === "rules") {
      if (v == null) continue;
      if (typeof v !== "object" || Array.isArray(v)) throw new InputError(`${path}: "rules" must map rule ids to error, warning, info or off`);
      for (const [id, sev] of Object.entries(v)) {
        if (!knownRules.has(id)) throw new InputError(`${path}: unknown rule "${id}" in "rules"`);
        const s = sev === false ? "off" : sev;
        if (s !== "error" && s !== "warning" && s !== "info" && s !== "off") throw new InputError(`${path}: rule "${id}" must be error, warning, info or off, got "${String(sev)}"`);
        cfg.rules[id] = s;
      }
    } else if (k === "ignore-paths") {
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new InputError(`${path}: "ignore-paths" must be a list of path globs`);
      cfg.ignorePaths = v;
    } else throw new InputError(`${path}: unknown key "${k}" (expected "rules" or "ignore-paths")`);
  }
  return cfg;
}
function pathIgnored(path, globs) {
  return globs.some((g) => globToRegExp(g).test(path));
}
function globToRegExp(g) {
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*" && g[i + 1] === "*") {
      re += ".*";
      i++;
      if (g[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

// src/lint/findings.ts
var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
var PARSER_SEVERITY = {
  syntax: "error",
  "unknown-directive": "error",
  "directive-not-allowed": "error",
  "invalid-args": "error",
  "include-outside": "warning"
};
function sortFindings(fs) {
  return fs.sort(
    (a, b) => byCodePoint(a.file, b.file) || a.line - b.line || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byCodePoint(a.rule, b.rule)
  );
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parserFindings(p, rel) {
  const out = [];
  for (const c of p.config) {
    for (const e of c.errors) {
      const rule57 = e.rule ?? "syntax";
      out.push({
        rule: rule57,
        severity: PARSER_SEVERITY[rule57],
        file: rel(c.file),
        line: e.line ?? 1,
        col: e.col ?? 1,
        endLine: e.line ?? 1,
        endCol: e.col ?? 1,
        message: e.message ?? e.error,
        docs: `docs/rules/${rule57}.md`
      });
    }
  }
  return out;
}
function countBySeverity(fs) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity]++;
  return c;
}

// src/lint/model.ts
var Block = class {
  constructor(d, stack, parent, ctx, tree) {
    this.d = d;
    this.stack = stack;
    this.parent = parent;
    this.ctx = ctx;
    this.tree = tree;
    const list = d.block ?? NO_KIDS;
    let plain = true;
    for (let i = 0; i < list.length && plain; i++) plain = !list[i].includes && list[i].directive !== "#";
    if (plain) {
      this.kids = list;
      this.kidStacks = void 0;
    } else {
      this.kids = [];
      this.kidStacks = [];
      this.add(list, stack);
    }
  }
  d;
  stack;
  parent;
  ctx;
  tree;
  /** The block's directives, includes expanded in place, in document order (comments left out). */
  kids;
  /**
   * For each of `kids`, the include chain it was reached through (file indexes, main file first,
   * its own file last); undefined when the block includes nothing: then every kid has the block's.
   */
  kidStacks;
  add(list, stack) {
    const configs = this.tree.configs;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d.directive === "#") continue;
      const inc = d.includes;
      if (inc) {
        for (let j = 0; j < inc.length; j++) {
          const t = inc[j];
          if (!stack.includes(t)) this.add(configs[t].parsed, [...stack, t]);
        }
        continue;
      }
      this.kids.push(d);
      this.kidStacks.push(stack);
    }
  }
  /** Index into `tree.files` of the file the block directive is written in. */
  get file() {
    return this.stack[this.stack.length - 1];
  }
  /** The include chain kids[i] was reached through: file indexes, main file first, its own file last. */
  kidStack(i) {
    return this.kidStacks ? this.kidStacks[i] : this.stack;
  }
  /** Index into `tree.files` of the file kids[i] is written in. */
  fileOf(i) {
    const s = this.kidStack(i);
    return s[s.length - 1];
  }
  /**
   * Positions in `kids` by directive name, for a block with many directives (http holds every
   * server and upstream): built on the first lookup; a small block is scanned instead.
   */
  index = void 0;
  /** ownList()'s answers for a big block (see indexOf). */
  lists = void 0;
  /** Positions in `kids` of the directives named `name` (ascending), or undefined for a small block. */
  indexOf(name) {
    if (this.kids.length <= BIG_BLOCK) return void 0;
    let index = this.index;
    if (!index) {
      index = this.index = /* @__PURE__ */ new Map();
      for (let i = 0, kids = this.kids; i < kids.length; i++) {
        const list = index.get(kids[i].directive);
        if (list) list.push(i);
        else index.set(kids[i].directive, [i]);
      }
    }
    return index.get(name) ?? NO_POSITIONS;
  }
  /** Directive name (`''` for the top level). */
  get name() {
    return this.d.directive;
  }
};
var BIG_BLOCK = 32;
var NO_KIDS = Object.freeze([]);
var NO_POSITIONS = Object.freeze([]);
function buildTree(result, isMain) {
  const configs = result.payload.config;
  const rootCtx = result.files[0]?.context ?? "main";
  const tree = { configs, files: configs.map((c) => c.file), isMain: isMain && rootCtx === "main", pragmas: result.files, memo: stringMemos(), last: noAnswers() };
  tree.root = new Block({ directive: "", line: 1, args: [], block: configs[0].parsed }, [0], null, rootCtx, tree);
  return tree;
}
function noAnswers() {
  return { header: { d: null, name: "" }, url: { d: null, url: void 0 }, match: { d: null, match: { mod: "", uri: "" } }, inherited: { block: null, name: "", result: NONE2 }, sockets: { server: null, list: [] } };
}
function openBlock(at, i) {
  const d = at.kids[i];
  return new Block(d, at.kidStack(i), at, enterBlock(at.ctx, d.directive), at.tree);
}
function args(d) {
  return d.values ?? d.args;
}
function own(block, name) {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.map((i) => kids[i]);
  const out = [];
  for (let i = 0; i < kids.length; i++) if (kids[i].directive === name) out.push(kids[i]);
  return out;
}
function ownFirst(block, name) {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.length ? kids[at[0]] : void 0;
  for (let i = 0; i < kids.length; i++) if (kids[i].directive === name) return kids[i];
  return void 0;
}
function lastAt(block, name) {
  const kids = block.kids;
  const at = block.indexOf(name);
  if (at) return at.length ? at[at.length - 1] : -1;
  for (let i = kids.length - 1; i >= 0; i--) if (kids[i].directive === name) return i;
  return -1;
}
function hasOwn(block, a, b) {
  const kids = block.kids;
  const at = block.indexOf(a);
  if (at) return at.length > 0 || b !== void 0 && block.indexOf(b).length > 0;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i].directive;
    if (n === a || n === b) return true;
  }
  return false;
}
var NONE2 = Object.freeze({ nodes: Object.freeze([]) });
function inherited(block, name, also) {
  const last = block.tree.last;
  const l = last.inherited;
  if (l.block === block && l.name === name && l.also === also) return l.result;
  const result = inheritedOf(block, name, also);
  l.block = block;
  l.name = name;
  l.also = also;
  l.result = result;
  return result;
}
function inheritedOf(block, name, also) {
  const mode = INHERIT_MODE[name];
  if (mode) return inheritedByMode(block, name, mode);
  for (let b = block; b; b = b.parent) {
    if (hasOwn(b, name, also)) return ownList(b, name, also);
    const n = b.d.directive;
    if (n === "http" || n === "stream" || n === "upstream") break;
  }
  return NONE2;
}
var INHERIT_MODE = { add_header: "add_header_inherit", add_trailer: "add_trailer_inherit" };
function inheritedByMode(block, name, modeName) {
  const setting = effective(block, modeName);
  const mode = setting ? args(setting)[0] : "on";
  const own2 = hasOwn(block, name) ? ownList(block, name) : NONE2;
  const top = block.d.directive === "http" || block.d.directive === "stream" || !block.parent;
  if (mode === "off" || top) return own2;
  if (mode !== "merge") return own2.nodes.length ? own2 : inheritedByMode(block.parent, name, modeName);
  const outer = inheritedByMode(block.parent, name, modeName);
  if (!outer.nodes.length) return own2;
  if (!own2.nodes.length) return outer;
  const outerBlocks = outer.blocks ?? outer.nodes.map(() => outer.from);
  return { nodes: [...outer.nodes, ...own2.nodes], from: block, blocks: [...outerBlocks, ...own2.nodes.map(() => block)] };
}
function inheritedFile(inh, i) {
  return fileIn(inh.blocks ? inh.blocks[i] : inh.from, inh.nodes[i]);
}
function ownList(b, name, also) {
  const kids = b.kids;
  const at = b.indexOf(name);
  if (!at) {
    const nodes = [];
    for (let i = 0; i < kids.length; i++) if (kids[i].directive === name || kids[i].directive === also) nodes.push(kids[i]);
    return { nodes, from: b };
  }
  const key = also === void 0 ? name : `${name} ${also}`;
  let r = b.lists?.get(key);
  if (!r) {
    const positions = also === void 0 ? at : [...at, ...b.indexOf(also)].sort((x, y) => x - y);
    r = { nodes: positions.map((i) => kids[i]), from: b };
    (b.lists ??= /* @__PURE__ */ new Map()).set(key, r);
  }
  return r;
}
function headerNames(at, inh) {
  if (inh.names) return inh.names;
  const names = inh.nodes.map((d) => headerName(at, d));
  if (inh !== NONE2) inh.names = names;
  return names;
}
function inheritedHeader(block, name, header) {
  const inh = inherited(block, name);
  const i = headerNames(block, inh).indexOf(header);
  return i < 0 ? void 0 : inh.nodes[i];
}
function effective(block, name) {
  for (let b = block; b; b = b.parent) {
    const i = lastAt(b, name);
    if (i >= 0) return b.kids[i];
  }
  return void 0;
}
function effectiveIn(block, name) {
  for (let b = block; b; b = b.parent) {
    const i = lastAt(b, name);
    if (i >= 0) return { d: b.kids[i], file: b.fileOf(i) };
  }
  return void 0;
}
function fileIn(block, d) {
  const at = block.indexOf(d.directive);
  let i = -1;
  if (at) {
    for (let k = 0; k < at.length && i < 0; k++) if (block.kids[at[k]] === d) i = at[k];
  } else i = block.kids.indexOf(d);
  return i < 0 ? block.file : block.fileOf(i);
}
function stringMemo(fn, max = 16384) {
  const m = /* @__PURE__ */ new Map();
  return (s) => {
    let r = m.get(s);
    if (r === void 0 && !m.has(s)) {
      if (m.size >= max) m.clear();
      m.set(s, r = fn(s));
    }
    return r;
  };
}
function stringMemos() {
  return {
    lowerCase: stringMemo((s) => s.toLowerCase()),
    url: stringMemo((s) => splitUrl(s) ?? null),
    prefixMatch: stringMemo(splitLocation),
    modifierMatch: stringMemo((mod) => stringMemo((uri) => ({ mod, uri }))),
    socket: stringMemo(socketOf)
  };
}
function headerName(at, d) {
  const last = at.tree.last;
  if (d === last.header.d) return last.header.name;
  const name = at.tree.memo.lowerCase(args(d)[0] ?? "");
  last.header.d = d;
  last.header.name = name;
  return name;
}
function urlOf(at, d) {
  const last = at.tree.last;
  if (d === last.url.d) return last.url.url;
  const url = at.tree.memo.url(args(d)[0] ?? "") ?? void 0;
  last.url.d = d;
  last.url.url = url;
  return url;
}
function locationMatch(at, d) {
  const last = at.tree.last;
  if (d === last.match.d) return last.match.match;
  const a = args(d);
  const memo = at.tree.memo;
  const match = a.length >= 2 ? memo.modifierMatch(a[0])(a[1]) : memo.prefixMatch(a[0] ?? "");
  last.match.d = d;
  last.match.match = match;
  return match;
}
function isRegexLocation(at, d) {
  const { mod } = locationMatch(at, d);
  return mod === "~" || mod === "~*";
}
var DIGITS = /^\d+$/;
var IPV6_SOCKET = /^\[([0-9A-Fa-f:.]+)\](?::(\d+))?$/;
function socketOf(a) {
  if (DIGITS.test(a)) return `*:${a}`;
  if (a.startsWith("unix:")) return a;
  const v6 = IPV6_SOCKET.exec(a);
  if (v6) {
    let host2 = `[${v6[1]}]`;
    try {
      host2 = new URL(`http://[${v6[1]}]/`).hostname;
    } catch {
    }
    return `${host2}:${v6[2] ?? "80"}`;
  }
  const port = PORT.exec(a);
  const host = port ? a.slice(0, port.index) : a;
  const p = port ? port[0].slice(1) : "80";
  return `${host === "0.0.0.0" ? "*" : host}:${p}`;
}
function listenSockets(server) {
  const last = server.tree.last.sockets;
  if (last.server === server) return last.list;
  const out = [];
  for (let i = 0, kids = server.kids; i < kids.length; i++) {
    const l = kids[i];
    if (l.directive !== "listen") continue;
    const a0 = args(l);
    const a = a0[0] ?? "";
    const datagram = a0.includes("quic") ? "quic" : a0.includes("udp") ? "udp" : "";
    out.push({
      socket: datagram ? `${server.tree.memo.socket(a)} (${datagram})` : server.tree.memo.socket(a),
      address: a,
      node: l,
      file: server.fileOf(i),
      isDefault: a0.includes("default_server") || a0.includes("default")
    });
  }
  if (!out.length && server.parent?.ctx === "http") out.push({ socket: "*:80", address: "80", node: server.d, file: server.file, isDefault: false });
  last.server = server;
  last.list = out;
  return out;
}
var TIME = /^(\d+)(ms|s|m|h|d|w|M|y)?$/;
var TIME_UNITS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2592e3, y: 31536e3 };
function parseTime(v) {
  if (!v) return void 0;
  const m = TIME.exec(v);
  if (!m) return void 0;
  return Number(m[1]) * TIME_UNITS[m[2] ?? "s"];
}
var URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)?$/i;
var PORT = /:\d+$/;
function splitUrl(url) {
  const m = URL_PARTS.exec(url);
  if (!m) return void 0;
  const scheme = m[1].toLowerCase();
  if (m[2] === "unix:") {
    const rest = url.slice(m[1].length + 3 + 5);
    const colon = rest.indexOf(":");
    const host = `unix:${colon < 0 ? rest : rest.slice(0, colon)}`;
    return { scheme, host, hostname: host, path: colon < 0 || colon === rest.length - 1 ? void 0 : rest.slice(colon + 1) };
  }
  return { scheme, host: m[2], hostname: m[2].replace(PORT, ""), path: m[3] };
}
var NAMED_GROUP = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/;
function groupsOf(re) {
  let count = 0;
  const names = [];
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(re, i);
    else if (c === "(") {
      const named = re[i + 1] === "?" ? NAMED_GROUP.exec(re.slice(i, i + 40)) : null;
      if (named) names.push(named[1] ?? named[2]);
      if (named || re[i + 1] !== "?") count++;
    }
  }
  return { count, names };
}
function captureGroups(re) {
  return groupsOf(re).count;
}
function namedGroups(re) {
  return groupsOf(re).names;
}
var CAPTURE_REF = /\$\{?\d/;
function hasCaptureRef(s) {
  return s.includes("$") && CAPTURE_REF.test(s);
}
function captureRefs(s) {
  return [...s.matchAll(/\$(\d)|\$\{(\d)\}/g)].map((m) => Number(m[1] ?? m[2])).filter((n) => n > 0);
}

// src/lint/rules/add-header-content-type.ts
var rule = {
  id: "add-header-content-type",
  severity: "warning",
  description: "Content-Type set with add_header: nginx sends it next to its own Content-Type, so clients see two.",
  source: "gixy add_header_content_type; nginx docs: ngx_http_headers_module (add_header adds, it never replaces); use default_type or types",
  create({ report }) {
    return {
      on: {
        add_header(d, at, file) {
          if (headerName(at, d) === "content-type") report(d, file, "add_header Content-Type adds a second Content-Type header: use default_type or a types block instead", 0);
        }
      }
    };
  }
};

// src/lint/rules/add-header-multiline.ts
var NEWLINE = /[\r\n]/;
var rule2 = {
  id: "add-header-multiline",
  severity: "warning",
  description: "A response header value that spans lines: obsolete line folding that clients reject or split.",
  source: "gixy add_header_multiline; RFC 9112 section 5.2 (obs-fold is deprecated)",
  create({ report }) {
    const check = (d, _at, file) => {
      const a = args(d);
      for (let i = 0; i < a.length; i++) if (NEWLINE.test(a[i])) report(d, file, `the value of ${d.directive} ${a[0]} spans several lines: write it on one line`, i);
    };
    return { on: { add_header: check, more_set_headers: check } };
  }
};

// src/lint/rules/util.ts
var PROXIED = "proxy_pass@http>*";
var REQUEST_VARS = /\$(\{)?(http_\w+|arg_\w+|cookie_\w+|args|query_string|request_uri|uri|document_uri|request|request_body|host|\d)\b/i;
var CRLF_VARS = /\$(\{)?(uri|document_uri|request_body)\b/;
function isTlsServer(server) {
  return own(server, "listen").some((l) => args(l).slice(1).some((a) => a === "ssl" || a === "quic"));
}
function isPublicIp(addr) {
  const a = addr.replace(/^\[|\](:\d+)?$/g, "").replace(/:\d+$/, "");
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (v4) {
    const [x, y] = [Number(v4[1]), Number(v4[2])];
    if (x === 10 || x === 127 || x === 0) return false;
    if (x === 172 && y >= 16 && y <= 31) return false;
    if (x === 192 && y === 168) return false;
    if (x === 169 && y === 254) return false;
    if (x === 100 && y >= 64 && y <= 127) return false;
    return true;
  }
  if (a.includes(":")) {
    const l = a.toLowerCase();
    return !(l === "::1" || l.startsWith("fe80:") || l.startsWith("fc") || l.startsWith("fd"));
  }
  return false;
}
var IPV4 = /^\d+\.\d+\.\d+\.\d+(:\d+)?$/;
var IPV6 = /^\[[0-9a-f:.]+\](:\d+)?$/i;
function isIpLiteral(host) {
  return IPV4.test(host) || IPV6.test(host);
}
var SECURITY_HEADERS = /* @__PURE__ */ new Set([
  "strict-transport-security",
  "x-frame-options",
  "x-content-type-options",
  "content-security-policy",
  "content-security-policy-report-only",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cross-origin-embedder-policy",
  "cross-origin-resource-policy",
  "x-xss-protection"
]);
var HTTP_BLOCKS = ["server", "location", "if"];
function onRedefinition(name, fn, keep = () => true) {
  const listener = (_d, at, _file, block) => {
    if (!block) return;
    let first = -1;
    for (let i = 0, kids = block.kids; i < kids.length && first < 0; i++) if (kids[i].directive === name) first = i;
    if (first < 0) return;
    const outer = inherited(at, name);
    if (!outer.nodes.length) return;
    const mine = /* @__PURE__ */ new Set();
    for (let i = first, kids = block.kids; i < kids.length; i++) if (kids[i].directive === name) mine.add(headerName(block, kids[i]));
    const dropped = [...new Set(outer.nodes.filter((n) => keep(headerName(at, n), n) && !mine.has(headerName(at, n))).map((n) => args(n)[0]))];
    const from = outer.from;
    if (dropped.length) fn({ at: block.kids[first], file: block.fileOf(first), block, dropped, fromLine: outer.nodes[0].line, fromName: from.name || from.ctx.split(">").pop() });
  };
  return Object.fromEntries(HTTP_BLOCKS.map((n) => [n === "server" ? "server@http" : `${n}@http*`, listener]));
}
var VARIABLE_REFS = /\$(?:\{(\w+)\}|(\w+))/g;
function variableRefs(v) {
  const out = [];
  VARIABLE_REFS.lastIndex = 0;
  for (let m = VARIABLE_REFS.exec(v); m; m = VARIABLE_REFS.exec(v)) out.push(m);
  return out;
}
var MAX_VARIABLE_CHAIN = 4;
function inInternalLocation(at) {
  for (let b = at; b && b.name; b = b.parent) if (b.name === "location" && hasOwn(b, "internal")) return true;
  return false;
}
function enclosing(at, name) {
  let b = at;
  while (b && b.name !== name) b = b.parent;
  return b;
}
function satisfyAny(at) {
  const d = effective(at, "satisfy");
  return d !== void 0 && args(d)[0] === "any";
}
function variableDefinitions(name, at) {
  const out = [];
  const v = `$${name}`;
  const sets = (list, ifs) => {
    for (const d of list) {
      if (d.directive === "set" && args(d)[0] === v && args(d)[1] !== void 0) out.push({ value: args(d)[1], d, how: "is set from" });
      else if (ifs && d.directive === "if" && d.block) sets(d.block, false);
    }
  };
  for (let b = at; b; b = b.parent) {
    if (b.ctx === "http" || b.ctx === "stream") {
      for (const m of own(b, "map")) {
        if (!m.block || args(m)[1] !== v) continue;
        for (const e of m.block) if (e.args.length) out.push({ value: args(e)[0], d: m, how: "is set by a map to" });
      }
      break;
    }
    sets(b.kids, true);
  }
  return out;
}
var AUTH = ["auth_basic", "auth_request", "auth_jwt", "auth_oidc"];
function authInEffect(at) {
  return AUTH.some((name) => {
    const d = effective(at, name);
    return d !== void 0 && args(d)[0] !== "off";
  });
}
function isRedirectingRewrite(d) {
  const a = args(d);
  return REDIRECT_PREFIX.test(a[1] ?? "") || a[2] === "redirect" || a[2] === "permanent";
}
var ServersBySocket = class {
  byBlock = /* @__PURE__ */ new Map();
  /** The server added last: every rule's listener hands it in, one after another. */
  last = null;
  /** Adds `server`, standing in `at` (its http or stream block), under each of its sockets, once. */
  add(at, server) {
    if (server === this.last) return;
    this.last = server;
    let bySocket = this.byBlock.get(at);
    if (!bySocket) this.byBlock.set(at, bySocket = /* @__PURE__ */ new Map());
    for (const l of listenSockets(server)) {
      const list = bySocket.get(l.socket);
      if (list) list.push({ server, l });
      else bySocket.set(l.socket, [{ server, l }]);
    }
  }
  /** Every socket of every block, or of the blocks of context `ctx` (`http`): [socket, its servers in order]. */
  *sockets(ctx) {
    for (const [at, bySocket] of this.byBlock) if (ctx === void 0 || at.ctx === ctx) yield* bySocket;
  }
};
var TABLES = /* @__PURE__ */ new WeakMap();
function serversBySocket(tree) {
  let table = TABLES.get(tree);
  if (!table) TABLES.set(tree, table = new ServersBySocket());
  const t = table;
  return {
    table: t,
    add: (_d, at, _file, s) => {
      if (s) t.add(at, s);
    }
  };
}
function defaultOn(list) {
  return list.find((x) => x.l.isDefault) ?? list[0];
}
function* hashedSockets(table) {
  for (const [socket, list] of table.sockets("http")) {
    if (list.length < 2 && !regexCaptures(defaultOn(list).server)) continue;
    yield { socket: socket.startsWith("*:") ? `0.0.0.0${socket.slice(1)}` : socket, servers: list.map((x) => x.server) };
  }
}
function firstPerBlock() {
  const seen = /* @__PURE__ */ new Map();
  return (at, name, d) => {
    let byName = seen.get(at);
    if (!byName) seen.set(at, byName = /* @__PURE__ */ new Map());
    const first = byName.get(name);
    if (!first) byName.set(name, d);
    return first;
  };
}
function firstAt(first, d) {
  return ` (the first is at line ${first.line}${first === d ? ", the same file included twice" : ""})`;
}
function hashedNameListeners({ report, tree }, perSocket) {
  const { table, add } = serversBySocket(tree);
  return {
    on: { "server@http": add },
    end() {
      const once = firstTime();
      for (const { socket, servers } of hashedSockets(table)) {
        const check = perSocket(socket);
        for (const s of servers) {
          for (const n of hashedNames(s)) {
            const message2 = check(n.name);
            if (message2 !== void 0 && once(n.d, n.arg)) report(n.d, n.file, message2, n.arg);
          }
        }
      }
    }
  };
}
function hashedNames(server) {
  const out = [];
  for (let i = 0, kids = server.kids; i < kids.length; i++) {
    if (kids[i].directive !== "server_name") continue;
    const a = args(kids[i]);
    for (let k = 0; k < a.length; k++) if (!a[k].startsWith("~") && a[k] !== "$hostname") out.push({ name: a[k], d: kids[i], file: server.fileOf(i), arg: k });
  }
  return out;
}
function regexCaptures(server) {
  let last;
  for (const d of server.kids) if (d.directive === "server_name") {
    for (const a of args(d)) if (a.startsWith("~")) last = a;
  }
  return last !== void 0 && captureGroups(last.slice(1)) > 0;
}
function firstTime() {
  const seen = /* @__PURE__ */ new Map();
  return (d, arg) => {
    let args2 = seen.get(d);
    if (!args2) seen.set(d, args2 = /* @__PURE__ */ new Set());
    if (args2.has(arg)) return false;
    args2.add(arg);
    return true;
  };
}

// src/lint/rules/add-header-redefinition.ts
var rule3 = {
  id: "add-header-redefinition",
  severity: "warning",
  description: "A nested add_header drops every add_header of the enclosing levels (nginx inherits them only when a level has none).",
  source: 'gixy add_header_redefinition; nginx docs: add_header "inherited from the previous configuration level if and only if there are no add_header directives defined on the current level"',
  create({ report }) {
    return {
      on: onRedefinition("add_header", (x) => {
        const inherit = effective(x.block, "add_header_inherit");
        if (inherit && (args(inherit)[0] === "merge" || args(inherit)[0] === "off")) return;
        report(x.at, x.file, `add_header here drops ${x.dropped.join(", ")} set at ${x.fromName} level (line ${x.fromLine}): repeat them in this ${x.block.name}`);
      })
    };
  }
};

// src/lint/rules/alias-traversal.ts
var rule4 = {
  id: "alias-traversal",
  severity: "error",
  description: "A prefix location without a trailing slash whose alias has one: /files../ reaches the parent directory.",
  source: 'gixy alias_traversal ("Path traversal via misconfigured alias"); nginx docs: ngx_http_core_module alias',
  create({ report }) {
    return {
      on: {
        alias(d, at, file) {
          if (at.name !== "location") return;
          const { mod, uri } = locationMatch(at, at.d);
          if (mod !== "" && mod !== "^~") return;
          const a = args(d)[0] ?? "";
          if (!uri.endsWith("/") && a.endsWith("/")) {
            report(d, file, `location ${uri} has no trailing slash but its alias ${a} has one: "${uri}../" escapes the alias directory; write "location ${uri}/"`, 0);
          }
        }
      }
    };
  }
};

// src/lint/rules/allow-without-deny.ts
var rule5 = {
  id: "allow-without-deny",
  severity: "warning",
  description: "allow without a deny at the same level: everything is allowed anyway.",
  source: `gixy allow_without_deny (which leaves "allow all" alone), with gixy-next's satisfy any case; nginx docs: ngx_http_access_module (rules are checked in order until the first match; no match allows), ngx_http_core_module satisfy`,
  create({ report }) {
    const seen = /* @__PURE__ */ new Set();
    return {
      on: {
        allow(d, at, file) {
          if (args(d)[0] === "all" || seen.has(at)) return;
          seen.add(at);
          if (hasOwn(at, "deny") || eitherSuffices(at)) return;
          report(d, file, `allow without deny in this ${at.name || "file"}: add "deny all;" after the allow rules`);
        }
      }
    };
  }
};
function eitherSuffices(at) {
  return satisfyAny(at) && authInEffect(at);
}

// src/lint/rules/autoindex-on.ts
var rule6 = {
  id: "autoindex-on",
  severity: "warning",
  description: "autoindex on lists directory contents to anyone.",
  source: "nginx docs: ngx_http_autoindex_module",
  create({ report }) {
    return {
      on: {
        autoindex(d, _at, file) {
          if (args(d)[0] === "on") report(d, file, "autoindex on lists every file in the directory: turn it off unless the listing is meant to be public", 0);
        }
      }
    };
  }
};

// src/lint/rules/default-server-flag.ts
var rule7 = {
  id: "default-server-flag",
  severity: "warning",
  description: "Several servers share a listen socket and none is default_server: the first one loaded answers unknown hosts.",
  source: `gixy default_server_flag, with gixy-next's cases (implicit listen, one socket spelled two ways, quic and stream sockets); nginx docs: "How nginx processes a request" (the default server is the first one unless default_server is set)`,
  scope: "main",
  create({ report, tree }) {
    const { table, add } = serversBySocket(tree);
    return {
      // mail servers have no default_server to set
      on: { "server@http": add, "server@stream": add },
      end() {
        for (const [socket, list] of table.sockets()) {
          if (new Set(list.map((x) => x.server)).size < 2 || list.some((x) => x.l.isDefault)) continue;
          const { l } = list[0];
          const kind = l.socket.endsWith(" (quic)") ? " quic" : l.socket.endsWith(" (udp)") ? " udp" : "";
          report(l.node, l.file, `${list.length} servers listen on ${socket} and none is default_server: requests for unknown hosts go to the first one loaded; mark one "listen ${l.address}${kind} default_server"`, l.node.directive === "listen" ? 0 : void 0);
        }
      }
    };
  }
};

// src/lint/rules/duplicate-default-server.ts
var rule8 = {
  id: "duplicate-default-server",
  severity: "error",
  refusal: true,
  description: "Two servers mark the same listen socket default_server: nginx refuses the configuration.",
  source: 'nginx: ngx_http_add_addresses in src/http/ngx_http.c ("a duplicate default server for ...")',
  create({ report }) {
    const defaults = /* @__PURE__ */ new Map();
    return {
      on: {
        "server@http"(_d, at, _file, s) {
          if (!s) return;
          for (const l of listenSockets(s)) {
            if (!l.isDefault) continue;
            let bySocket = defaults.get(at);
            if (!bySocket) defaults.set(at, bySocket = /* @__PURE__ */ new Map());
            const first = bySocket.get(l.socket);
            if (!first) bySocket.set(l.socket, { server: s, node: l.node });
            else if (first.server !== s) report(l.node, l.file, `a duplicate default server for ${l.socket} (the first is at line ${first.node.line}): nginx refuses the configuration; keep default_server on one of them`, 0);
          }
        }
      }
    };
  }
};

// src/lint/rules/duplicate-directive.ts
import { basename } from "node:path";
var ZONED = /* @__PURE__ */ new Set(["limit_req", "limit_conn"]);
var SMALL_BLOCK = 16;
function zoneKey(d) {
  const a = args(d);
  const zone = d.directive === "limit_req" ? a.find((x) => x.startsWith("zone="))?.slice(5) : a[0];
  return zone ? `${d.directive} ${zone}` : void 0;
}
var rule9 = {
  id: "duplicate-directive",
  severity: "error",
  refusal: true,
  description: 'A directive nginx takes once per block written twice there (gzip, proxy_pass, root, client_max_body_size, ...; often one of them from an included file), or limit_req / limit_conn twice with one zone: nginx refuses the configuration ("is duplicate").',
  source: `nginx: the "is duplicate" returns of the ngx_conf_set_*_slot handlers in src/core/ngx_conf_file.c and of module handlers (proxy_pass, alias, try_files, ...); the list of directives is nginx's own answer (${ASKED_SOURCE})`,
  create({ report, tree }) {
    const scan = (block2) => {
      const unique = takenOnce(block2.ctx);
      if (!unique) return;
      const kids = block2.kids;
      const big = kids.length > SMALL_BLOCK ? /* @__PURE__ */ new Map() : void 0;
      for (let i = 0; i < kids.length; i++) {
        const d = kids[i];
        const key = unique.has(d.directive) ? d.directive : ZONED.has(d.directive) ? zoneKey(d) : void 0;
        if (key === void 0) continue;
        let j = -1;
        if (big) {
          j = big.get(key) ?? -1;
          if (j < 0) big.set(key, i);
        } else {
          for (let k = 0; k < i && j < 0; k++) if (kids[k].directive === d.directive && (key === d.directive || zoneKey(kids[k]) === key)) j = k;
        }
        if (j < 0) continue;
        const file = block2.fileOf(i);
        const firstFile = block2.fileOf(j);
        const line = kids[j].line;
        const where = firstFile === file ? `line ${line}` : `line ${line} of ${basename(tree.files[firstFile])}`;
        const same = key === d.directive ? "" : `, with the same zone "${key.slice(d.directive.length + 1)}"`;
        report(d, file, `"${d.directive}" directive is duplicate (the first is at ${where}${same}): nginx refuses the configuration; keep one`);
      }
    };
    const block = (_d, _at, _file, self2) => {
      if (self2) scan(self2);
    };
    const on = {};
    for (const name of ["events", "http", "stream", "server", "location", "if", "upstream", "limit_except"]) on[name] = block;
    return { on, end: () => scan(tree.root) };
  }
};

// src/lint/rules/duplicate-listen.ts
var rule10 = {
  id: "duplicate-listen",
  severity: "error",
  refusal: true,
  description: 'A server that listens on the same address and port twice (often once more in an included file): nginx refuses the configuration ("a duplicate listen").',
  source: 'nginx: ngx_http_add_server in src/http/ngx_http.c ("a duplicate listen %V"); sockets compared as nginx compares them, not by spelling (80, *:80 and 0.0.0.0:80 are one)',
  create({ report }) {
    return {
      on: {
        "server@http"(_d, _at, _file, s) {
          if (!s) return;
          const list = listenSockets(s);
          for (let i = 1; i < list.length; i++) {
            const l = list[i];
            for (let j = 0; j < i; j++) {
              if (list[j].socket !== l.socket) continue;
              report(l.node, l.file, `a duplicate listen ${l.address} in this server (the first is at line ${list[j].node.line}${list[j].file === l.file ? "" : " of another file"}): nginx refuses the configuration; keep one`, 0);
              break;
            }
          }
        }
      }
    };
  }
};

// src/lint/rules/duplicate-location.ts
function kindOf(mod) {
  return mod === "~" ? 0 : mod === "~*" ? 1 : mod === "=" ? 2 : mod === "@" ? 3 : 4;
}
var rule11 = {
  id: "duplicate-location",
  severity: "error",
  refusal: true,
  description: "Two locations with the same modifier and URI in one block: nginx refuses the configuration.",
  source: 'nginx: ngx_http_add_location ("duplicate location")',
  create({ report }) {
    const check = (_d, _at, _file, block) => {
      if (!block) return;
      let seen;
      for (let j = 0, kids = block.kids; j < kids.length; j++) {
        const c = kids[j];
        if (c.directive !== "location") continue;
        const { mod, uri } = locationMatch(block, c);
        const byUri = (seen ??= [])[kindOf(mod)] ??= /* @__PURE__ */ new Map();
        const first = byUri.get(uri);
        if (first !== void 0) report(c, block.fileOf(j), `duplicate location "${uri}" (first at line ${first}): nginx refuses the configuration`);
        else byUri.set(uri, c.line);
      }
    };
    return { on: { "server@http": check, "location@http*": check } };
  }
};

// src/lint/rules/duplicate-log-format.ts
var rule12 = {
  id: "duplicate-log-format",
  severity: "error",
  refusal: true,
  description: 'Two log_format directives with the same name, or one named "combined" in http (nginx predefines it): nginx refuses the configuration.',
  source: 'nginx: ngx_http_log_set_format in src/http/modules/ngx_http_log_module.c and ngx_stream_log_set_format in src/stream/ngx_stream_log_module.c (duplicate "log_format" name; http starts with "combined")',
  create({ report }) {
    const first = firstPerBlock();
    const logFormat = (d, at, file) => {
      const name = args(d)[0];
      if (name === void 0) return;
      if (name === "combined" && at.ctx === "http") {
        report(d, file, 'duplicate "log_format" name "combined": nginx predefines the combined format and refuses the configuration; name this one otherwise', 0);
        return;
      }
      const earlier = first(at, name, d);
      if (earlier) report(d, file, `duplicate "log_format" name "${name}"${firstAt(earlier, d)}: nginx refuses the configuration`, 0);
    };
    return { on: { "log_format@http": logFormat, "log_format@stream": logFormat } };
  }
};

// src/lint/rules/invalid-server-name.ts
function wildcardValid(name) {
  let stars = 0;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === "*" && ++stars > 1) return false;
    if (name[i] === "." && name[i + 1] === ".") return false;
  }
  if (name.length > 1 && name[0] === ".") return true;
  if (name.length > 2 && (name[0] === "*" && name[1] === "." || name.endsWith(".*"))) return true;
  return stars === 0;
}
var rule13 = {
  id: "invalid-server-name",
  severity: "error",
  refusal: true,
  description: 'A server_name wildcard nginx cannot hash ("www.*.com", "*.example.*", "a*", a name with ".."), on a listen socket several servers share (or whose default server has a regex name with captures): nginx refuses the configuration.',
  source: 'nginx: ngx_http_server_names in src/http/ngx_http.c ("invalid server name or wildcard ... on ...", checked for an address with more than one server or a default server with regex captures), ngx_http_core_server_name in src/http/ngx_http_core_module.c (captures) and ngx_hash_add_key in src/core/ngx_hash.c',
  create(ctx) {
    return hashedNameListeners(
      ctx,
      (socket) => (name) => wildcardValid(name) ? void 0 : `invalid server name or wildcard "${name.toLowerCase()}" on ${socket}: nginx refuses the configuration; a wildcard is "*.example.com", ".example.com" or "www.example.*"`
    );
  }
};

// src/lint/rules/duplicate-server-name.ts
var NameHash = class {
  exact = /* @__PURE__ */ new Set();
  head = /* @__PURE__ */ new Set();
  tail = /* @__PURE__ */ new Set();
  /** Adds a name (valid for the hash: wildcardValid()); false when it conflicts with one added before (nginx ignores it). */
  add(name) {
    const n = name.toLowerCase();
    if (n.length > 1 && n[0] === ".") {
      const x = n.slice(1);
      if (!take(this.exact, x)) return false;
      return take(this.head, x);
    }
    if (n.length > 2 && n[0] === "*" && n[1] === ".") return take(this.head, n.slice(2));
    if (n.length > 2 && n.endsWith(".*")) return take(this.tail, n.slice(0, -2));
    return take(this.exact, n);
  }
};
function take(set, key) {
  if (set.has(key)) return false;
  set.add(key);
  return true;
}
var rule14 = {
  id: "duplicate-server-name",
  severity: "warning",
  nginxWarns: true,
  description: 'A server name given twice on one listen socket (in two servers, or once more in one): nginx warns "conflicting server name" and ignores the later one, so requests for it never reach that server.',
  source: 'nginx: ngx_http_server_names in src/http/ngx_http.c ("conflicting server name ... on ..., ignored") and ngx_hash_add_key in src/core/ngx_hash.c (".example.com" takes "example.com" and "*.example.com")',
  create(ctx) {
    return hashedNameListeners(ctx, (socket) => {
      const hash = new NameHash();
      return (name) => !wildcardValid(name) || hash.add(name) ? void 0 : `conflicting server name "${name.toLowerCase()}" on ${socket}, ignored: an earlier server_name on this socket already takes it, so its requests never reach this server; remove one of them`;
    });
  }
};

// src/lint/rules/duplicate-upstream.ts
var rule15 = {
  id: "duplicate-upstream",
  severity: "error",
  refusal: true,
  description: "Two upstream blocks with the same name (often in two included files): nginx refuses the configuration.",
  source: 'nginx: ngx_http_upstream_add in src/http/ngx_http_upstream.c ("duplicate upstream"; names compare without case)',
  create({ report }) {
    const first = firstPerBlock();
    const upstream = (d, at, file, up) => {
      if (!up) return;
      const earlier = first(at, (args(d)[0] ?? "").toLowerCase(), d);
      if (earlier) report(d, file, `duplicate upstream "${args(d)[0]}"${firstAt(earlier, d)}: nginx refuses the configuration`, 0);
    };
    return { on: { "upstream@http": upstream, "upstream@stream": upstream } };
  }
};

// src/lint/rules/duplicate-zone.ts
var keyed = (prefix) => (a) => {
  const i = a.findIndex((x) => x.startsWith(prefix));
  if (i < 0) return [];
  const v = a[i].slice(prefix.length);
  const colon = v.indexOf(":");
  return colon > 0 ? [{ name: v.slice(0, colon), size: parseSize(v.slice(colon + 1)), arg: i }] : [];
};
var boundToKey = (directive) => (name, first) => `${directive} "${name}" is already bound to key "${args(first)[0] ?? ""}"`;
var USES = {
  limit_req_zone: { zones: keyed("zone="), once: boundToKey("limit_req_zone") },
  limit_conn_zone: { zones: keyed("zone="), once: boundToKey("limit_conn_zone") },
  proxy_cache_path: { zones: keyed("keys_zone="), once: (name) => `duplicate zone "${name}"` },
  fastcgi_cache_path: { zones: keyed("keys_zone="), once: (name) => `duplicate zone "${name}"` },
  uwsgi_cache_path: { zones: keyed("keys_zone="), once: (name) => `duplicate zone "${name}"` },
  scgi_cache_path: { zones: keyed("keys_zone="), once: (name) => `duplicate zone "${name}"` },
  // an upstream's zone: `zone name [size]`; several upstreams may share one
  zone: { zones: (a) => a[0] ? [{ name: a[0], size: a[1] === void 0 ? 0 : parseSize(a[1]), arg: 0 }] : [] },
  // ssl_session_cache shared:name:size (besides builtin, none, off); servers may share one
  ssl_session_cache: {
    zones: (a) => a.flatMap((v, arg) => {
      if (!v.startsWith("shared:")) return [];
      const colon = v.indexOf(":", 7);
      return colon > 7 ? [{ name: v.slice(7, colon), size: parseSize(v.slice(colon + 1)), arg }] : [];
    })
  }
};
var rule16 = {
  id: "duplicate-zone",
  severity: "error",
  refusal: true,
  description: "A shared memory zone declared twice where nginx takes it once (limit_req_zone, limit_conn_zone, a cache path's keys_zone), for two uses, or with two sizes: nginx refuses the configuration.",
  source: 'nginx: ngx_shared_memory_add in src/core/ngx_cycle.c ("already declared for a different use", "conflicts with already declared size"), ngx_http_limit_req_zone / ngx_http_limit_conn_zone ("is already bound to key"), ngx_http_file_cache_set_slot ("duplicate zone")',
  create({ report }) {
    const zones = /* @__PURE__ */ new Map();
    const declare = (d, at, file) => {
      const use = USES[d.directive];
      const tag = `${protocolOf(at.ctx)} ${d.directive}`;
      for (const z of use.zones(args(d))) {
        const first = zones.get(z.name);
        if (!first) {
          zones.set(z.name, { use: tag, size: z.size, d });
          continue;
        }
        const where = firstAt(first.d, d).trimStart();
        if (first.use !== tag) report(d, file, `the shared memory zone "${z.name}" is already declared for a different use, by ${first.d.directive} ${where}: nginx refuses the configuration; give each its own zone`, z.arg);
        else if (first.size && z.size && first.size !== z.size) report(d, file, `the size ${z.size} of shared memory zone "${z.name}" conflicts with already declared size ${first.size} ${where}: nginx refuses the configuration`, z.arg);
        else if (use.once) report(d, file, `${use.once(z.name, first.d)} ${where}: nginx refuses the configuration; name this zone otherwise`, z.arg);
        else if (!first.size) first.size = z.size;
      }
    };
    return {
      on: {
        "limit_req_zone@http": declare,
        "limit_conn_zone@http": declare,
        "limit_conn_zone@stream": declare,
        "proxy_cache_path@http": declare,
        "fastcgi_cache_path@http": declare,
        "uwsgi_cache_path@http": declare,
        "scgi_cache_path@http": declare,
        "zone@http>upstream": declare,
        "zone@stream>upstream": declare,
        ssl_session_cache: declare
      }
    };
  }
};

// src/lint/rules/error-log-off.ts
var rule17 = {
  id: "error-log-off",
  severity: "warning",
  description: 'error_log off writes to a file named "off" instead of turning logging off.',
  source: 'gixy error_log_off; nginx docs: ngx_core_module error_log (there is no "off"; use /dev/null or level emerg)',
  create({ report }) {
    return {
      on: {
        error_log(d, _at, file) {
          if (args(d)[0] === "off") report(d, file, 'error_log off logs to a file named "off" under the prefix: use "error_log /dev/null crit;" to silence it', 0);
        }
      }
    };
  }
};

// src/lint/rules/hash-without-default.ts
var rule18 = {
  id: "hash-without-default",
  severity: "warning",
  description: "map or geo without a default entry: unmatched values give an empty string.",
  source: "gixy hash_without_default; nginx docs: ngx_http_map_module, ngx_http_geo_module (default: empty string)",
  create({ report }) {
    const check = (d, _at, file, block) => {
      if (!block || hasOwn(block, "default", "include")) return;
      const a = args(d);
      report(d, file, `${d.directive} ${a[a.length - 1]} has no default entry: unmatched values become ""; add "default <value>;"`);
    };
    return { on: { map: check, geo: check } };
  }
};

// src/lint/rules/host-spoofing.ts
var CLIENT_VAR = /\$\{?((?:http|arg|cookie)_\w+)/i;
var rule19 = {
  id: "host-spoofing",
  severity: "warning",
  description: "proxy_set_header Host built from a value the client sends ($http_host, $http_x_forwarded_host, a query argument or cookie): the backend gets any Host the client chooses.",
  source: "gixy host_spoofing, with gixy-next's X-Forwarded-Host, argument and cookie cases; nginx docs: $host is the server_name-validated host, $http_host the raw header",
  create({ report }) {
    return {
      withVariables: {
        proxy_set_header(d, at, file) {
          const v = args(d)[1] ?? "";
          const m = v.includes("$") ? CLIENT_VAR.exec(v) : null;
          if (!m || headerName(at, d) !== "host") return;
          report(d, file, `Host is built from $${m[1]}, which the client sets: the backend gets any Host it chooses; use $host`, 1);
        }
      }
    };
  }
};

// src/lint/rules/hsts-header.ts
var MIN_AGE = 15552e3;
var rule20 = {
  id: "hsts-header",
  severity: "warning",
  description: "A TLS server without Strict-Transport-Security, or with a max-age under 180 days.",
  source: "gixy-next hsts_header; RFC 6797; Mozilla Server Side TLS (max-age of two years)",
  create({ report }) {
    const check = (block, where) => {
      const inh = inherited(block, "add_header");
      const headers = inh.nodes;
      const i = headers.findIndex((h) => headerName(block, h) === "strict-transport-security");
      const hsts = headers[i];
      if (!hsts) {
        const message2 = `${where} serves TLS without Strict-Transport-Security: add 'add_header Strict-Transport-Security "max-age=63072000" always;'`;
        if (headers.length) report(headers[0], inheritedFile(inh, 0), message2);
        else report(block.d, block.file, message2);
        return;
      }
      const age = /max-age=(\d+)/i.exec(args(hsts)[1] ?? "");
      if (age && Number(age[1]) < MIN_AGE) report(hsts, inheritedFile(inh, i), `Strict-Transport-Security max-age=${age[1]} is under 180 days (${MIN_AGE}): use at least 15552000, ideally 63072000`, 1);
    };
    const tls = /* @__PURE__ */ new Map();
    const isTls = (s) => {
      let v = tls.get(s);
      if (v === void 0) tls.set(s, v = isTlsServer(s));
      return v;
    };
    const nested = (d, at, _file, block) => {
      if (!block || !hasOwn(block, "add_header")) return;
      let s = at;
      while (s && (s.name === "location" || s.name === "if")) s = s.parent;
      if (s && s.name === "server" && s.parent?.ctx === "http" && isTls(s)) check(block, `location ${args(d).join(" ")}`);
    };
    return {
      on: {
        "server@http"(_d, _at, _file, s) {
          if (!s || !isTls(s)) return;
          const name = ownFirst(s, "server_name");
          check(s, `server ${name ? args(name).join(" ") : ""}`.trim());
        },
        location: nested,
        if: nested
      }
    };
  }
};

// src/lint/rules/http-splitting.ts
var LF_ESCAPE = /[svRWDH]/;
var CLASS_LF = /\\[nsvWDH]|\\x(?:0[aA]|[aA](?![0-9a-fA-F]))|\\x\{0*[aA]\}|\n|\[:(?:space|cntrl):\]/;
var CLASS_CR = /\\[rsvWDH]|\\x(?:0[dD]|[dD](?![0-9a-fA-F]))|\\x\{0*[dD]\}|\r|\[:(?:space|cntrl):\]/;
var DOTALL = /\(\?[a-zA-Z]*s[a-zA-Z]*[:)]/;
function breaksOf(re) {
  const out = { lf: /* @__PURE__ */ new Set(), cr: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Map() };
  const dotAll = DOTALL.test(re);
  let n = 0;
  const stack = [];
  const mark = (lf, cr) => {
    for (const g of stack) {
      if (g <= 0) continue;
      if (lf) out.lf.add(g);
      if (cr) out.cr.add(g);
    }
  };
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") {
      if (LF_ESCAPE.test(re[i + 1] ?? "")) mark(true, true);
      i++;
      continue;
    }
    if (c === "[") {
      const end = classEnd(re, i);
      const cls = re.slice(i + 1, end);
      if (cls.startsWith("^")) mark(!CLASS_LF.test(cls), !CLASS_CR.test(cls));
      else mark(CLASS_LF.test(cls), CLASS_CR.test(cls));
      i = end;
      continue;
    }
    if (c === "(") {
      const named = re[i + 1] === "?" ? NAMED_GROUP.exec(re.slice(i, i + 40)) : null;
      const capturing = re[i + 1] !== "?" || named !== null;
      stack.push(capturing ? ++n : 0);
      if (named) out.names.set(named[1] ?? named[2], n);
    } else if (c === ")") stack.pop();
    else if (c === ".") mark(dotAll, true);
  }
  return out;
}
var breaksMemo = stringMemo(breaksOf, 4096);
var TARGETS = [["add_header", 1], ["proxy_set_header", 1], ["return", 1], ["rewrite", 1], ["proxy_pass", 0], ["more_set_headers", 0]];
var REDIRECT_CODES = /* @__PURE__ */ new Set(["301", "302", "303", "307", "308"]);
var SUSPECT = new RegExp(`${CRLF_VARS.source}|\\$\\{?\\d`);
var VARIABLE = /^\$(?:\{(\w+)\}|(\w+))$/;
function sentValue(n, i) {
  const a = args(n);
  if (n.directive === "return") {
    if (a.length === 1) return REDIRECT_PREFIX.test(a[0]) ? a[0] : void 0;
    return REDIRECT_CODES.has(a[0]) ? a[1] : void 0;
  }
  if (n.directive === "rewrite") return a[1] !== void 0 && isRedirectingRewrite(n) ? a[1] : void 0;
  return a[i];
}
var rule21 = {
  id: "http-splitting",
  severity: "error",
  description: "A header, redirect or proxied request built from a value that can carry a line break ($uri, or a regex capture that matches newlines).",
  source: `gixy http_splitting ("HTTP Splitting"), with gixy-next's refinements (a lone CR counts only towards the client; a return body is not a header); nginx decodes %0d%0a in $uri and in regex captures`,
  create({ report }) {
    const chain = new ChainFacts();
    const mapped = /* @__PURE__ */ new Map();
    const listener = (name, i) => (n, at, file) => {
      const v = name === "return" || name === "rewrite" ? sentValue(n, i) : args(n)[i];
      if (!v || !v.includes("$")) return;
      const refs2 = at === chain.lastChain && chain.lastQuiet ? 0 : chain.referenced(v, at);
      const direct = SUSPECT.test(v) || name === "rewrite" || (refs2 & NAMED) !== 0;
      if (!direct && !(refs2 & ASSIGNED)) return;
      if (name === "proxy_set_header" && headerName(at, n) === "host") return;
      const reading = { cr: !name.startsWith("proxy_"), numbered: name !== "rewrite", named: true, sets: chain, mapped };
      const why = lineBreakSource(v, n, at, reading, refs2 & ASSIGNED ? MAX_VARIABLE_CHAIN : 1);
      if (why) report(n, file, `${name} uses ${why.ref}, ${why.how}: a client can inject headers; use $request_uri, or a capture whose class excludes \\r and \\n`, name === "return" && args(n).length === 1 ? 0 : i);
    };
    return { withVariables: Object.fromEntries(TARGETS.map(([name, i]) => [name, listener(name, i)])) };
  }
};
var NAMED = 1;
var ASSIGNED = 2;
var ChainFacts = class {
  http = null;
  maps = NO_NAMES;
  /** The block last asked about, whether a set in its chain assigns from a variable, and its regex location's named groups. */
  lastChain = null;
  /** For lastChain: nothing there can be referenced (no named group, no assignment from a variable). */
  lastQuiet = false;
  lastParent = null;
  lastChainSets = false;
  lastNames = NO_NAMES;
  /**
   * What `v` (a value of a directive in `at`) references: NAMED and ASSIGNED bits. Most blocks have
   * neither a named group nor an assignment from a variable: then the value is not even scanned.
   */
  referenced(v, at) {
    const maps = this.mapsFor(at);
    if (at !== this.lastChain) this.learn(at);
    const names = this.lastNames;
    this.lastQuiet = !maps.size && !this.lastChainSets && !names.size;
    if (this.lastQuiet) return 0;
    let out = 0;
    for (const ref of variableRefs(v)) {
      const name = ref[1] ?? ref[2];
      if (/^\d/.test(name)) continue;
      if (names.has(name)) out |= NAMED;
      else if (maps.has(name) || this.setInChain(name, at)) out |= ASSIGNED;
    }
    return out;
  }
  /** Reads `at`'s chain: whether a set in it assigns from a variable, and the named groups of the nearest regex location. */
  learn(at) {
    let any = false;
    for (let b = at; b && b.name !== "http" && b.name !== "stream" && b.name !== "" && !any; b = b.parent) any = this.setsOf(b).size > 0;
    const regex = locationRegex(at);
    this.lastChain = at;
    this.lastChainSets = any;
    this.lastNames = regex?.includes("(?") ? new Set(breaksMemo(regex).names.keys()) : NO_NAMES;
  }
  /** True when a set in `at` or an enclosing block (or an `if` directly in one) assigns `name`. */
  setInChain(name, at) {
    for (let b = at; b && b.name !== "http" && b.name !== "stream" && b.name !== ""; b = b.parent) if (this.setsOf(b).has(name)) return true;
    return false;
  }
  /** The last blocks setsOf() answered, most recent first (a directive's chain is asked about again and again). */
  lastBlocks = [null, null, null];
  lastSets = [NO_NAMES, NO_NAMES, NO_NAMES];
  setsOf(b) {
    const lb = this.lastBlocks;
    const ls = this.lastSets;
    let k = 0;
    while (k < lb.length && lb[k] !== b) k++;
    const names = k < lb.length ? ls[k] : this.scanSets(b);
    for (let j = Math.min(k, lb.length - 1); j > 0; j--) {
      lb[j] = lb[j - 1];
      ls[j] = ls[j - 1];
    }
    lb[0] = b;
    ls[0] = names;
    return names;
  }
  scanSets(b) {
    let found;
    const kids = b.kids;
    for (let i = 0; i < kids.length; i++) {
      const d = kids[i];
      if (d.directive === "set") found = addSet(d, found);
      else if (d.directive === "if" && d.block) {
        for (let j = 0; j < d.block.length; j++) if (d.block[j].directive === "set") found = addSet(d.block[j], found);
      }
    }
    return found ?? NO_NAMES;
  }
  mapsFor(at) {
    if (at === this.lastChain || at === this.http || at.parent === this.lastParent) return this.maps;
    this.lastParent = at.parent;
    let b = at;
    while (b && b.ctx !== "http" && b.ctx !== "stream") b = b.parent;
    if (!b) return NO_NAMES;
    if (b !== this.http) {
      this.http = b;
      const names = /* @__PURE__ */ new Set();
      for (const m of own(b, "map")) {
        const x = m.block?.some((e) => args(e)[0]?.includes("$")) ? VARIABLE.exec(args(m)[1] ?? "") : null;
        if (x) names.add(x[1] ?? x[2]);
      }
      this.maps = names;
    }
    return this.maps;
  }
};
var NO_NAMES = /* @__PURE__ */ new Set();
function addSet(d, found) {
  const m = args(d)[1]?.includes("$") ? VARIABLE.exec(args(d)[0] ?? "") : null;
  if (m) (found ??= /* @__PURE__ */ new Set()).add(m[1] ?? m[2]);
  return found;
}
function lineBreakSource(v, n, at, r, depth) {
  const m = CRLF_VARS.exec(v);
  if (m) return { ref: `$${m[2]}`, how: "which nginx decodes and can carry CR/LF" };
  let regex = null;
  for (const ref of variableRefs(v)) {
    const name = ref[1] ?? ref[2];
    const numbered = /^\d$/.test(name);
    if (numbered ? r.numbered : r.named) {
      if (regex === null) regex = regexFor(n, at);
      const breaks = regex !== void 0 ? breaksMemo(regex) : void 0;
      const group = numbered ? Number(name) : breaks?.names.get(name);
      if (group !== void 0) {
        if (breaks && (breaks.lf.has(group) || r.cr && breaks.cr.has(group))) return { ref: ref[0], how: `captured by "${regex}" whose group can match ${breaks.lf.has(group) ? "a line feed" : "a carriage return"}` };
        continue;
      }
    }
    if (numbered || depth <= 1) continue;
    const why = definedWithLineBreak(name, n, at, r, depth);
    if (why) return { ref: ref[0], how: why };
  }
  return void 0;
}
function definedWithLineBreak(name, n, at, r, depth) {
  const key = `${name} ${r.cr}`;
  const setHere = r.sets.setInChain(name, at);
  const known = setHere ? void 0 : r.mapped.get(key);
  if (known !== void 0) return known ?? void 0;
  let why;
  let pure = !setHere;
  for (const def of variableDefinitions(name, at)) {
    if (def.value === `$${name}`) continue;
    const set = def.d.directive === "set";
    if (def.value.includes("$") && !CRLF_VARS.test(def.value)) pure = false;
    const via = lineBreakSource(def.value, n, at, { ...r, numbered: set, named: set }, depth - 1);
    if (via) {
      why = `which ${def.how} ${via.ref} (line ${def.d.line}), ${via.how}`;
      break;
    }
  }
  if (pure) r.mapped.set(key, why ?? null);
  return why;
}
function regexFor(n, at) {
  return n.directive === "rewrite" ? args(n)[0] : locationRegex(at);
}
function locationRegex(at) {
  for (let b = at; b && b.name; b = b.parent) if (b.name === "location" && isRegexLocation(b, b.d)) return locationMatch(b, b.d).uri;
  return void 0;
}

// src/lint/rules/if-is-evil.ts
var rule22 = {
  id: "if-is-evil",
  severity: "warning",
  description: "Inside an if in a location, anything but return and rewrite ... last behaves unexpectedly.",
  source: 'gixy if_is_evil; nginx wiki "If is Evil... when used in location context"',
  create({ report }) {
    return {
      on: {
        "if@http>location"(_d, _at, _file, block) {
          if (!block) return;
          for (let j = 0, kids = block.kids; j < kids.length; j++) {
            const c = kids[j];
            if (c.directive === "return") continue;
            if (c.directive === "rewrite" && args(c)[2] === "last") continue;
            report(c, block.fileOf(j), `${c.directive} inside "if" in a location is unsafe (only return and rewrite ... last are): move the logic to a map or a separate location`);
          }
        }
      }
    };
  }
};

// src/lint/rules/invalid-regex.ts
var USES2 = /* @__PURE__ */ new Set(["proxy_pass", "return", "alias", "root", "add_header", "proxy_set_header", "set", "try_files", "fastcgi_param", "proxy_redirect"]);
var IF_MATCH = /^~\*?$/;
var rule23 = {
  id: "invalid-regex",
  severity: "error",
  description: "A reference to a regex capture group ($N) that no regex there has.",
  source: "gixy invalid_regex, with gixy-next's scope (a reference no regex of its server could fill); nginx docs: ngx_http_rewrite_module and location (captures $1..$9 of the last matched regex)",
  create({ report }) {
    const serverGroups = /* @__PURE__ */ new Map();
    const mostGroups = (server) => {
      let n = serverGroups.get(server);
      if (n === void 0) serverGroups.set(server, n = Math.max(groupsIn(server), httpMapGroups(server.parent)));
      return n;
    };
    const checkOwn = (d, file, regex, value, arg, part) => {
      if (!value || !hasCaptureRef(value)) return;
      const groups = captureGroups(regex);
      const bad = captureRefs(value).find((r) => r > groups);
      if (bad) report(d, file, `$${bad} in the ${part}, but ${part === "value" ? "the key " : ""}"${regex}" has ${groups} capture group${groups === 1 ? "" : "s"}`, arg);
    };
    const use = (n, at, file) => {
      const a = args(n);
      if (!a.some(hasCaptureRef)) return;
      if (n.directive === "proxy_redirect" && a[0]?.startsWith("~")) {
        checkOwn(n, file, tilde(a[0]), a[1], 1, "replacement");
        return;
      }
      let b = at;
      while (b && b.name && b.name !== "location" && !(b.name === "if" && IF_MATCH.test(args(b.d)[1] ?? ""))) b = b.parent;
      const regex = !b || !b.name ? void 0 : b.name === "if" ? args(b.d)[2] : isRegexLocation(b, b.d) ? locationMatch(b, b.d).uri : void 0;
      if (regex !== void 0 && !hasOwn(b, "rewrite")) {
        const groups = captureGroups(regex);
        for (let i = 0; i < a.length; i++) {
          const bad = captureRefs(a[i]).find((r) => r > groups);
          if (bad) report(n, file, `$${bad} refers to a capture group that ${b.name} "${regex}" does not have (${groups})`, i);
        }
        return;
      }
      const server = enclosing(at, "server");
      if (!server || !server.ctx.startsWith("http")) return;
      const most = mostGroups(server);
      for (let i = 0; i < a.length; i++) {
        const bad = captureRefs(a[i]).find((r) => r > most);
        if (bad) report(n, file, most ? `$${bad} refers to a capture group that no regex of this server has (at most ${most})` : `$${bad} refers to a regex capture, but this server matches no regex with groups: it is always empty`, i);
      }
    };
    const withVariables = Object.fromEntries([...USES2].map((name) => [name, use]));
    withVariables.rewrite = (n, _at, file) => checkOwn(n, file, args(n)[0] ?? "", args(n)[1], 1, "replacement");
    const on = {};
    on.map = (_d, _at, _file, block) => {
      if (!block) return;
      for (let j = 0, kids = block.kids; j < kids.length; j++) {
        const e = kids[j];
        if (e.directive.startsWith("~")) checkOwn(e, block.fileOf(j), tilde(e.directive), args(e)[0], 0, "value");
      }
    };
    return { on, withVariables };
  }
};
function groupsIn(b) {
  let most = 0;
  for (let i = 0, kids = b.kids; i < kids.length; i++) {
    const d = kids[i];
    const a = args(d);
    let re;
    if (d.directive === "location") re = isRegexLocation(b, d) ? locationMatch(b, d).uri : void 0;
    else if (d.directive === "if") re = IF_REGEX.test(a[1] ?? "") ? a[2] : void 0;
    else if (d.directive === "rewrite") re = a[0];
    else if (d.directive === "server_name") {
      for (const n of a) if (n.startsWith("~")) most = Math.max(most, captureGroups(n.slice(1)));
    }
    if (re !== void 0) most = Math.max(most, captureGroups(re));
    if (d.block) most = Math.max(most, groupsIn(openBlock(b, i)));
  }
  return most;
}
function httpMapGroups(http) {
  let most = 0;
  if (!http) return most;
  for (const m of own(http, "map")) for (const e of m.block ?? []) if (e.directive.startsWith("~")) most = Math.max(most, captureGroups(tilde(e.directive)));
  return most;
}

// src/lint/rules/ip-hash-backup.ts
var BALANCERS = ["ip_hash", "hash", "random"];
var rule24 = {
  id: "ip-hash-backup",
  severity: "error",
  refusal: true,
  description: "ip_hash or hash in an upstream with a backup server: nginx refuses the configuration.",
  source: 'nginx: ngx_http_upstream_ip_hash_module / hash ("balancing method does not support backup")',
  create({ report }) {
    return {
      on: {
        upstream(d, _at, _file, up) {
          if (!up) return;
          const method = up.kids.find((c) => BALANCERS.includes(c.directive));
          if (!method || method.directive === "random") return;
          for (let j = 0, kids = up.kids; j < kids.length; j++) {
            const s = kids[j];
            if (s.directive !== "server") continue;
            const i = args(s).indexOf("backup");
            if (i >= 0) report(s, up.fileOf(j), `upstream ${args(d)[0]} uses ${method.directive}, which does not support backup servers: nginx refuses to start; remove "backup" or use another balancing method`, i);
          }
        }
      }
    };
  }
};

// src/lint/rules/limit-req-status.ts
var rule25 = {
  id: "limit-req-status",
  severity: "warning",
  description: "limit_req without limit_req_status 429: rejected clients get 503, which reads as an outage.",
  source: "nginx docs: limit_req_status (default 503); RFC 6585 section 4 (429 Too Many Requests)",
  create({ report }) {
    return {
      on: {
        limit_req(d, at, file) {
          const s = effectiveIn(at, "limit_req_status");
          if (!s) report(d, file, 'rate-limited requests get 503 (the default), which monitoring reads as an outage: add "limit_req_status 429;"');
          else if (args(s.d)[0] !== "429") report(s.d, s.file, `limit_req_status ${args(s.d)[0]}: use 429 (Too Many Requests) so clients back off and alerts stay quiet`, 0);
        }
      }
    };
  }
};

// src/lint/rules/limit-req-zone-undefined.ts
var rule26 = {
  id: "limit-req-zone-undefined",
  severity: "error",
  refusal: true,
  description: "limit_req or limit_conn naming a zone that no limit_req_zone or limit_conn_zone defines: nginx refuses to start.",
  source: 'nginx: ngx_http_limit_req_module / ngx_http_limit_conn_module (`zero size shared memory zone "x"`)',
  scope: "main",
  create({ report }) {
    const reqZones = /* @__PURE__ */ new Set();
    const connZones = /* @__PURE__ */ new Set();
    const uses = [];
    const zoneOf = (a) => a.find((x) => x.startsWith("zone="))?.slice(5).split(":")[0];
    return {
      on: {
        limit_req_zone(d) {
          const a = args(d);
          reqZones.add(zoneOf(a) ?? a[1]?.split(":")[0]);
        },
        limit_conn_zone(d) {
          connZones.add(zoneOf(args(d)));
        },
        limit_req(d, _at, file) {
          uses.push({ d, file });
        },
        limit_conn(d, _at, file) {
          uses.push({ d, file });
        }
      },
      end() {
        for (const { d, file } of uses) {
          const a = args(d);
          if (d.directive === "limit_req") {
            const at = a.findIndex((x) => x.startsWith("zone="));
            const zone = at >= 0 ? a[at].slice(5) : void 0;
            if (zone && !reqZones.has(zone)) report(d, file, `limit_req zone "${zone}" is not defined by any limit_req_zone: nginx fails with "zero size shared memory zone"`, at);
          } else {
            const zone = a[0];
            if (zone && !connZones.has(zone)) report(d, file, `limit_conn zone "${zone}" is not defined by any limit_conn_zone: nginx fails with "zero size shared memory zone"`, 0);
          }
        }
      }
    };
  }
};

// src/lint/rules/low-keepalive-requests.ts
var rule27 = {
  id: "low-keepalive-requests",
  severity: "warning",
  description: "keepalive_requests below nginx's default of 1000: clients (and HTTP/2 connections) reconnect far more often.",
  source: "gixy low_keepalive_requests; nginx docs: keepalive_requests (default 1000 since 1.19.10, was 100)",
  create({ report }) {
    return {
      on: {
        keepalive_requests(d, at, file) {
          if (at.ctx.endsWith("upstream")) return;
          const v = Number(args(d)[0]);
          if (Number.isFinite(v) && v < 1e3) report(d, file, `keepalive_requests ${v} closes client connections after ${v} requests (default 1000): raise it`, 0);
        }
      }
    };
  }
};

// src/lint/rules/missing-resolver.ts
var rule28 = {
  id: "missing-resolver",
  severity: "warning",
  description: 'proxy_pass with a variable in the host part and no resolver: requests fail with "no resolver defined".',
  source: 'gixy-next missing_resolver; nginx docs: proxy_pass ("If ... specified using variables ... the name is searched among upstreams, and if not found, determined using a resolver")',
  create({ report }) {
    const upstreams = /* @__PURE__ */ new Set();
    const mapped = /* @__PURE__ */ new Set();
    const passes = [];
    return {
      on: {
        upstream(d) {
          upstreams.add(args(d)[0]);
        },
        map(d) {
          mapped.add(args(d)[1]);
        }
      },
      withVariables: {
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (u && u.host.includes("$")) passes.push({ d, at, file, host: u.host });
        }
      },
      end() {
        for (const { d, at, file, host } of passes) {
          if (upstreams.size && /^\$\w+$/.test(host) && mapped.has(host)) continue;
          if (setToUpstreams(host, at, upstreams)) continue;
          if (!effective(at, "resolver")) report(d, file, `proxy_pass host ${host} is a variable and no resolver is set: nginx cannot resolve it at request time; add "resolver <your DNS>;"`, 0);
        }
      }
    };
  }
};
function setToUpstreams(host, at, upstreams) {
  const m = /^\$(?:\{(\w+)\}|(\w+))(:\d+)?$/.exec(host);
  if (!m) return false;
  const defs = variableDefinitions(m[1] ?? m[2], at).filter((x) => x.how === "is set from");
  return defs.length > 0 && defs.every(({ value }) => !value.includes("$") && (!m[3] && upstreams.has(value) || isIpLiteral(m[3] ? value + m[3] : value)));
}

// src/lint/rules/missing-worker-processes.ts
var rule29 = {
  id: "missing-worker-processes",
  severity: "warning",
  description: "A main config without worker_processes: nginx runs one worker, using one core.",
  source: 'gixy-next missing_worker_processes; nginx docs: worker_processes (default 1; "auto" uses every core)',
  scope: "main",
  create({ tree, report }) {
    let seen = false;
    return {
      on: {
        worker_processes() {
          seen = true;
        }
      },
      end() {
        if (seen || !tree.root.kids.length) return;
        report(tree.root.kids[0], tree.root.fileOf(0), 'no worker_processes: nginx runs a single worker; add "worker_processes auto;"');
      }
    };
  }
};

// src/lint/rules/origins.ts
function branches(re) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(re, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(re.slice(from, i));
      from = i + 1;
    }
  }
  out.push(re.slice(from));
  return out;
}
function afterQuantifier(re, i) {
  if (re[i] === "{") {
    const close = re.indexOf("}", i);
    if (close > 0 && /^\{\d*,?\d*\}$/.test(re.slice(i, close + 1))) i = close + 1;
    else return i;
  } else if (re[i] === "*" || re[i] === "+" || re[i] === "?") i++;
  else return i;
  if (re[i] === "?" || re[i] === "+") i++;
  return i;
}
var CLASS_ESCAPE = /[wWsSdDhHvVN]/;
function weakness(re) {
  for (const branch of branches(re)) {
    const w = branchWeakness(branch);
    if (w) return w;
  }
  return void 0;
}
function branchWeakness(b) {
  const scheme = /:(?:\/|\\\/){2}/.exec(b);
  let i = scheme ? scheme.index + scheme[0].length : b.startsWith("^") ? 1 : 0;
  let depth = 0;
  let ended = false;
  while (i < b.length && !ended) {
    const c = b[i];
    if (c === "(") {
      i += b.startsWith("(?:", i) ? 3 : 1;
      depth++;
      continue;
    }
    if (c === ")") {
      depth = Math.max(0, depth - 1);
      i = afterQuantifier(b, i + 1);
      continue;
    }
    if (depth === 0 && (c === "/" || c === ":" || b.startsWith("\\/", i) || c === "$" && i === b.length - 1)) {
      ended = true;
      continue;
    }
    let wildcard = false;
    let dot = false;
    let next;
    if (c === "\\") {
      wildcard = CLASS_ESCAPE.test(b[i + 1] ?? "");
      next = i + 2;
    } else if (c === "[") {
      wildcard = true;
      next = classEnd(b, i) + 1;
    } else {
      wildcard = dot = c === ".";
      next = i + 1;
    }
    i = afterQuantifier(b, next);
    if (!wildcard) continue;
    let k = i;
    while (b[k] === ")") k = afterQuantifier(b, k + 1);
    if (b.startsWith("\\.", k) || k >= b.length || b[k] === "$" || b[k] === "/" || b.startsWith("\\/", k) || b[k] === "|") continue;
    if (dot && i === next) return 'has an unescaped "." in the host (any character matches it: "exampleXcom" passes)';
    return 'lets a wildcard run into the host name ("evil-example.com" passes): end it at a label, as in ([^/]+\\.)?example\\.com';
  }
  if (!ended && !b.endsWith("$")) return 'does not end the host (at "/", ":" or "$"): "https://example.com.evil.net" passes';
  if (!b.startsWith("^")) return 'is not anchored at the start ("https://evil.net/?https://example.com" passes)';
  return void 0;
}
var CHECKED = /^\$(http_origin|http_referer)$/;
var rule30 = {
  id: "origins",
  severity: "warning",
  description: "A weak regex check of $http_origin or $http_referer: unanchored, an unescaped dot or a wildcard in the host, or a host left open at the end.",
  source: `gixy origins ("Problems with referrer/origin validation") and gixy-next's prefix, suffix and wildcard probes`,
  create({ report }) {
    return {
      on: {
        if(d, _at, file) {
          const [v, op, re] = args(d);
          if (!CHECKED.test(v ?? "") || !IF_REGEX.test(op ?? "") || !re) return;
          const w = weakness(re);
          if (w) report(d, file, `the ${v} check "${re}" ${w}`, 2);
        },
        map(d, _at, _file, block) {
          const v = args(d)[0];
          if (!block || !CHECKED.test(v ?? "")) return;
          for (let j = 0, kids = block.kids; j < kids.length; j++) {
            const e = kids[j];
            if (!e.directive.startsWith("~")) continue;
            const re = tilde(e.directive);
            const w = weakness(re);
            if (w) report(e, block.fileOf(j), `the ${v} pattern "${re}" ${w}`);
          }
        }
      }
    };
  }
};

// src/lint/rules/proxy-buffering-off.ts
var rule31 = {
  id: "proxy-buffering-off",
  severity: "info",
  description: "proxy_buffering off ties a backend connection to each slow client.",
  source: "gixy-next proxy_buffering_off; nginx docs: proxy_buffering (off: the response is passed synchronously as it arrives)",
  create({ report }) {
    return {
      on: {
        proxy_buffering(d, _at, file) {
          if (args(d)[0] === "off") report(d, file, "proxy_buffering off: each slow client holds a backend connection; keep it on except for streaming endpoints (or send X-Accel-Buffering: no from those)", 0);
        }
      }
    };
  }
};

// src/lint/rules/proxy-missing-forwarded-headers.ts
var NEEDED = [
  ["host", "Host $host"],
  ["x-forwarded-for", "X-Forwarded-For $proxy_add_x_forwarded_for"],
  ["x-forwarded-proto", "X-Forwarded-Proto $scheme"]
];
var NAMES2 = NEEDED.map(([name]) => name);
var MESSAGES = Array.from({ length: 7 }, (_, seen) => {
  const missing = NEEDED.filter((_2, k) => !(seen & 1 << k)).map(([, line]) => line);
  return `the backend gets no ${missing.map((m) => m.split(" ")[0]).join(", ")}: add proxy_set_header ${missing.join("; proxy_set_header ")}`;
});
var rule32 = {
  id: "proxy-missing-forwarded-headers",
  severity: "warning",
  description: "A proxied location that, after inheritance, sends no Host, X-Forwarded-For or X-Forwarded-Proto to the backend.",
  source: "Load-balancer practice; nginx docs: proxy_set_header (default Host is $proxy_host, the upstream name)",
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          const names = headerNames(block, inherited(block, "proxy_set_header"));
          let seen = 0;
          for (let i = 0; i < names.length; i++) for (let k = 0; k < NAMES2.length; k++) if (NAMES2[k] === names[i]) seen |= 1 << k;
          if (seen !== 7) report(pass, file, MESSAGES[seen]);
        }
      }
    };
  }
};

// src/lint/rules/proxy-pass-normalized.ts
var DECODED = /\$\{?(uri|document_uri|\d)\b/i;
var RAW_REWRITE = /^\$\{?request_uri\}?$/i;
var rule33 = {
  id: "proxy-pass-normalized",
  severity: "info",
  description: "proxy_pass with a URI part sends the decoded, normalized path (%2F becomes /, ../ is resolved), not what the client sent.",
  source: 'gixy proxy_pass_normalized, with gixy-next\'s cases ($uri and captures in the URI part; `rewrite ^ $request_uri` first); nginx docs: proxy_pass ("If proxy_pass is specified with URI ... a normalized request URI ... is replaced")',
  create({ report }) {
    return {
      on: {
        [PROXIED](d, at, file) {
          const u = urlOf(at, d);
          if (!u?.path) return;
          const location = enclosingLocation(at);
          if (!location || locationMatch(location, location.d).mod === "=") return;
          if (!u.path.includes("$")) {
            report(d, file, `proxy_pass ${args(d)[0]} has a URI part: the backend gets the decoded, normalized path (%2F -> /, %2E%2E resolved); drop the URI part to pass the client's path as sent`, 0);
            return;
          }
          const m = DECODED.exec(u.path);
          if (m && !rawUri(at)) report(d, file, `proxy_pass ${args(d)[0]} builds its URI from $${m[1]}, which nginx decodes and normalizes (%2F -> /): drop the URI part, use $request_uri, or put "rewrite ^ $request_uri;" first`, 0);
        }
      }
    };
  }
};
function enclosingLocation(at) {
  for (let b = at; b && b.name; b = b.parent) {
    if (b.name === "location") return b;
    if (b.name !== "if" && b.name !== "limit_except") return void 0;
  }
  return void 0;
}
function rawUri(at) {
  for (let b = at; b && b.name !== "http" && b.name; b = b.parent) {
    for (let i = 0; i < b.kids.length; i++) if (isRawRewrite(b.kids[i])) return true;
  }
  return false;
}
function isRawRewrite(d) {
  if (d.directive !== "rewrite") return false;
  const a = args(d);
  return a[0] === "^" && RAW_REWRITE.test(a[1] ?? "");
}

// src/lint/rules/proxy-pass-uri-slash.ts
var rule34 = {
  id: "proxy-pass-uri-slash",
  severity: "warning",
  description: 'A prefix location and its proxy_pass URI disagree on the trailing slash: "//users" or "apiusers" reaches the backend.',
  source: "nginx docs: proxy_pass (the part of the URI matching the location is replaced by the URI in the directive)",
  create({ report }) {
    return {
      on: {
        proxy_pass(d, at, file) {
          if (at.name !== "location") return;
          const { mod, uri } = locationMatch(at, at.d);
          if (mod !== "" && mod !== "^~") return;
          const u = urlOf(at, d);
          if (!u?.path || u.path.includes("$")) return;
          const locSlash = uri.endsWith("/");
          const passSlash = u.path.endsWith("/");
          if (locSlash === passSlash) return;
          const example = `${uri}${locSlash ? "" : "/"}x`;
          const sent = u.path + example.slice(uri.length);
          report(d, file, `location ${uri} ${locSlash ? "ends" : "does not end"} with "/" but the proxy_pass URI ${u.path} ${passSlash ? "does" : "does not"}: ${example} reaches the backend as ${sent}`, 0);
        }
      }
    };
  }
};

// src/lint/rules/proxy-set-header-redefinition.ts
var KEY = ["host", "x-forwarded-for", "x-forwarded-proto", "x-real-ip", "x-forwarded-host"];
var rule35 = {
  id: "proxy-set-header-redefinition",
  severity: "warning",
  description: "A level that sets any proxy_set_header loses the enclosing level's Host and X-Forwarded-* lines, and the headers it blanks (so the client's own reach the backend).",
  source: 'gixy-next proxy_set_header_redefinition (its blanked-header case); nginx docs: proxy_set_header ("inherited from the previous configuration level if and only if there are no proxy_set_header directives defined on the current level")',
  create({ report }) {
    return {
      on: onRedefinition(
        "proxy_set_header",
        (x) => report(x.at, x.file, `proxy_set_header here drops ${x.dropped.join(", ")} set at ${x.fromName} level (line ${x.fromLine}): repeat them in this ${x.block.name}`),
        // the forwarding headers, and any header the enclosing level blanks ("" strips what the client sent)
        (h, d) => KEY.includes(h) || args(d)[1] === ""
      )
    };
  }
};

// src/lint/rules/real-ip-trust-all.ts
var rule36 = {
  id: "real-ip-trust-all",
  severity: "error",
  description: "set_real_ip_from 0.0.0.0/0 or ::/0: any client can spoof its address, defeating allow/deny, rate limits and logs.",
  source: "nginx docs: ngx_http_realip_module (trust only the addresses of your own proxies)",
  create({ report }) {
    return {
      on: {
        set_real_ip_from(d, _at, file) {
          const a = args(d)[0] ?? "";
          if (["0.0.0.0/0", "::/0", "::0/0"].includes(a)) report(d, file, `set_real_ip_from ${a} trusts every client's X-Forwarded-For: list only your load balancers' addresses`, 0);
        }
      }
    };
  }
};

// src/lint/rules/regex-redos.ts
var import_safe_regex2 = __toESM(require_safe_regex2(), 1);
var import_redos_detector = __toESM(require_redos_detector(), 1);
function catastrophic(re, caseless) {
  return (caseless ? caselessVerdicts : verdicts)(re);
}
var verdicts = stringMemo((re) => judge(re, false), 4096);
var caselessVerdicts = stringMemo((re) => judge(re, true), 4096);
function judge(re, caseless) {
  try {
    const repeats = re.replace(/(?<![(\\])\?/g, "");
    if ((0, import_safe_regex2.default)(repeats)) return false;
    for (const flags of caseless ? ["i", "u"] : ["u", ""]) {
      let r;
      try {
        r = new RegExp(re, flags);
      } catch {
        continue;
      }
      return !(0, import_redos_detector.isSafe)(r, { maxSteps: 2e4, timeout: 500 }).safe;
    }
    return false;
  } catch {
    return false;
  }
}
var message = (re) => `regex "${re}" nests quantifiers and can backtrack exponentially on crafted URIs: rewrite it without a repeated group of repeated items`;
var rule37 = {
  id: "regex-redos",
  severity: "warning",
  description: "A location or rewrite regex prone to catastrophic backtracking (ReDoS): one crafted request can pin a worker.",
  source: "gixy-next regex_redos; checked locally with the safe-regex2 and redos-detector libraries (no remote service)",
  create({ report }) {
    return {
      on: {
        location(d, at, file) {
          if (!isRegexLocation(at, d)) return;
          const { mod, uri } = locationMatch(at, d);
          if (catastrophic(uri, mod === "~*")) report(d, file, message(uri), args(d).length - 1);
        },
        rewrite(d, _at, file) {
          const re = args(d)[0] ?? "";
          if (catastrophic(re, false)) report(d, file, message(re), 0);
        }
      }
    };
  }
};

// src/lint/rules/resolver-external.ts
var rule38 = {
  id: "resolver-external",
  severity: "warning",
  description: "A resolver on a public address: DNS answers can be spoofed off-path (nginx's resolver has no DNSSEC).",
  source: 'gixy resolver_external ("Using external DNS nameservers"); nginx docs: resolver',
  create({ report }) {
    return {
      on: {
        resolver(d, _at, file) {
          const a = args(d);
          for (let i = 0; i < a.length; i++) {
            if (a[i].includes("=")) continue;
            if (isPublicIp(a[i])) report(d, file, `resolver ${a[i]} is a public DNS server: use a local resolver (127.0.0.53, the VPC resolver) that you trust`, i);
          }
        }
      }
    };
  }
};

// src/lint/rules/return-bypasses-allow-deny.ts
var rule39 = {
  id: "return-bypasses-allow-deny",
  severity: "warning",
  description: "return (or a redirecting rewrite) where allow/deny apply: it answers in the rewrite phase, before the access check, so the allow/deny rules never apply to it.",
  source: 'gixy-next return_bypasses_allow_deny (inherited rules; named and internal locations; redirecting rewrites); nginx docs: "Phases" (rewrite runs before access)',
  create({ report }) {
    const check = (what) => (d, at, file) => {
      if (what === "rewrite" && !isRedirectingRewrite(d)) return;
      if (hasOwn(at, "allow", "deny")) {
        report(d, file, `${what} in a ${at.name} with allow/deny answers before the access check runs: the allow/deny rules never apply here`);
        return;
      }
      const acl = inherited(at, "allow", "deny");
      if (!acl.nodes.length || reachedOnlyInternally(at)) return;
      report(d, file, `${what} answers before the access check runs: the allow/deny rules of the ${acl.from.name} (line ${acl.nodes[0].line}) never apply to it`);
    };
    return { on: { return: check("return"), rewrite: check("rewrite") } };
  }
};
function reachedOnlyInternally(at) {
  for (let b = at; b && b.name; b = b.parent) {
    if (b.name !== "location") continue;
    if (locationMatch(b, b.d).mod === "@") return true;
  }
  return inInternalLocation(at);
}

// src/lint/rules/security-header-without-always.ts
var rule40 = {
  id: "security-header-without-always",
  severity: "warning",
  description: 'A security header added without "always": it is missing on error responses (4xx, 5xx).',
  source: 'nginx docs: add_header ("If the always parameter is specified, the header field will be added regardless of the response code")',
  create({ report }) {
    return {
      on: {
        add_header(d, at, file) {
          if (SECURITY_HEADERS.has(headerName(at, d)) && args(d)[2] !== "always") report(d, file, `${args(d)[0]} is only sent on 2xx/3xx responses: add "always"`, 0);
        }
      }
    };
  }
};

// src/lint/rules/ssl-certificate-missing.ts
function needsNoCertificate(s) {
  const d = effective(s, "ssl_reject_handshake");
  if (d !== void 0 && (args(d)[0] ?? "").toLowerCase() === "on") return true;
  return effective(s, "ssl_certificate_by_lua_block") !== void 0 || effective(s, "ssl_certificate_by_lua_file") !== void 0;
}
var rule41 = {
  id: "ssl-certificate-missing",
  severity: "error",
  refusal: true,
  description: "A listen socket with ssl (or quic) whose default server has no ssl_certificate in effect, or a certificate without its ssl_certificate_key: nginx refuses the configuration.",
  source: 'nginx: ngx_http_ssl_init (the default server of each ssl socket needs a certificate: no "ssl_certificate" is defined for the "listen ... ssl" directive) and ngx_http_ssl_merge_srv_conf (no "ssl_certificate_key" is defined for certificate) in src/http/modules/ngx_http_ssl_module.c; certificates and keys are inherited from http separately, each only by a server that sets none of its own',
  // a fragment's server may take both from the http block of a main config it cannot see
  scope: "main",
  create({ report, tree }) {
    const { table, add } = serversBySocket(tree);
    return {
      on: {
        "server@http"(d, at, file, s) {
          if (!s) return;
          add(d, at, file, s);
          const certs = inherited(s, "ssl_certificate");
          const keys = inherited(s, "ssl_certificate_key").nodes.length;
          if (keys >= certs.nodes.length) return;
          const cert = certs.nodes[keys];
          report(cert, inheritedFile(certs, keys), `no "ssl_certificate_key" is defined for certificate "${args(cert)[0] ?? ""}": nginx refuses the configuration; add its ssl_certificate_key (one for each ssl_certificate, in the same order)`, 0);
        }
      },
      end() {
        for (const [socket, list] of table.sockets("http")) {
          if (!list.some(({ l: l2 }) => l2.socket.endsWith(" (quic)") || l2.node.directive === "listen" && args(l2.node).includes("ssl"))) continue;
          const { server, l } = defaultOn(list);
          if (inherited(server, "ssl_certificate").nodes.length || needsNoCertificate(server)) continue;
          const others = list.length > 1 ? `; it answers ${socket} by default, so nginx needs one here` : "";
          report(l.node, l.file, `no "ssl_certificate" is defined for the "listen ... ssl" directive: nginx refuses the configuration; add ssl_certificate and ssl_certificate_key (here or in http), or "ssl_reject_handshake on;"${others}`, l.node.directive === "listen" ? 0 : void 0);
        }
      }
    };
  }
};

// src/lint/rules/ssl-stapling-without-resolver.ts
var rule42 = {
  id: "ssl-stapling-without-resolver",
  severity: "warning",
  description: "ssl_stapling on without a resolver: nginx cannot reach the OCSP responder, and stapling silently does nothing.",
  source: 'gixy-next ssl_stapling_without_resolver (per server; ssl_stapling_file; a responder given as an IP address); nginx docs: ssl_stapling ("a resolver should be specified")',
  create({ report }) {
    const reported = /* @__PURE__ */ new Set();
    const check = (s, on) => {
      if (reported.has(on.d) || !isTlsServer(s)) return;
      if (effective(s, "resolver") || effective(s, "ssl_stapling_file")) return;
      const responder = effective(s, "ssl_stapling_responder");
      const host = responder ? urlOf(s, responder)?.host : void 0;
      if (host && isIpLiteral(host)) return;
      reported.add(on.d);
      report(on.d, on.file, 'ssl_stapling on but no resolver: the OCSP responder cannot be resolved; add "resolver <your DNS>;"');
    };
    const inheritedStapling = (_d, at, _file, s) => {
      if (!s || !hasOwn(at, "ssl_stapling") || hasOwn(s, "ssl_stapling")) return;
      const on = effectiveIn(at, "ssl_stapling");
      if (on && args(on.d)[0] === "on") check(s, on);
    };
    return {
      on: {
        // stapling is per TLS server, by the setting it ends up with: its own (here) ...
        ssl_stapling(d, at, file) {
          if (args(d)[0] === "on" && at.name === "server") check(at, { d, file });
        },
        // ... or the http (stream) level's, for a server without one (asked of the level's index: no scan of each server for most configs)
        "server@http": inheritedStapling,
        "server@stream": inheritedStapling
      }
    };
  }
};

// src/lint/rules/ssrf.ts
var PASSES = ["proxy_pass", "fastcgi_pass", "grpc_pass", "uwsgi_pass", "scgi_pass"];
var PATH_VARS = /\$\{?(request_uri|uri|document_uri)\b/;
function targetOf(url) {
  const scheme = url.indexOf("://");
  const from = scheme < 0 ? 0 : scheme + 3;
  let end = url.indexOf("/", from);
  if (end < 0) end = url.length;
  const path = PATH_VARS.exec(url.slice(from, end));
  return url.slice(0, path ? from + path.index : end);
}
var rule43 = {
  id: "ssrf",
  severity: "error",
  description: "proxy_pass whose scheme or host is built from request data: clients choose where nginx connects.",
  source: 'gixy ssrf ("Server Side Request Forgery"), which also follows variables to their definitions',
  create({ report }) {
    const check = (d, at, file) => {
      const a = args(d)[0] ?? "";
      if (!a.includes("$")) return;
      if (inInternalLocation(at)) return;
      const target = targetOf(a);
      const m = REQUEST_VARS.exec(target);
      if (m) {
        report(d, file, `${d.directive} target uses $${m[2]}, which the client controls: it can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
        return;
      }
      for (const [ref, name, at0] of refs(target)) {
        const via = definedFromRequest(name, at, MAX_VARIABLE_CHAIN, at0 && !target.includes("://"));
        if (via) {
          report(d, file, `${d.directive} target uses ${ref}, which ${via}: the client controls it and can make nginx connect anywhere; map allowed values to upstream names instead`, 0);
          return;
        }
      }
    };
    return { withVariables: Object.fromEntries(PASSES.map((name) => [name, check])) };
  }
};
function refs(v) {
  return variableRefs(v).map((x) => [x[0], x[1] ?? x[2], x.index === 0]);
}
function definedFromRequest(name, at, depth, asUrl) {
  if (depth <= 0) return void 0;
  for (let b = at; b; b = b.parent) {
    if (b.name === "location" && isRegexLocation(b, b.d)) {
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
      if (definedFromRequest(other, at, depth - 1, asUrl && at0 && !value.includes("://"))) return `${how} ${ref} (line ${d.line}), which comes from request data`;
    }
  }
  return void 0;
}

// src/lint/rules/stale-dns-cache.ts
var LOCAL = /^(localhost|unix:)/;
var rule44 = {
  id: "stale-dns-cache",
  severity: "warning",
  description: "A backend hostname resolved only at startup: when its address changes, nginx keeps sending traffic to the old one.",
  source: 'gixy-next stale_dns_cache; nginx docs: proxy_pass ("the server name is resolved at start") and upstream server "resolve" (1.27.3)',
  create({ report }) {
    const upstreams = /* @__PURE__ */ new Set();
    const passes = [];
    return {
      on: {
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (!u || u.host.includes("$")) return;
          const host = u.hostname;
          if (upstreams.has(host) || upstreams.has(u.host) || isIpLiteral(u.host) || LOCAL.test(host)) return;
          passes.push({ d, file, host, hostPort: u.host });
        },
        upstream(d, _at, _file, up) {
          const name = args(d)[0];
          upstreams.add(name);
          if (!up) return;
          for (let j = 0, kids = up.kids; j < kids.length; j++) {
            const s = kids[j];
            if (s.directive !== "server") continue;
            const a = args(s);
            const host = (a[0] ?? "").replace(PORT, "");
            if (isIpLiteral(a[0] ?? "") || LOCAL.test(host) || a.includes("resolve")) continue;
            report(s, up.fileOf(j), `upstream ${name}: server ${host} is resolved once at startup; add the "resolve" parameter (and a resolver, and a zone) so address changes are followed`, 0);
          }
        }
      },
      end() {
        for (const { d, file, host, hostPort } of passes) {
          if (upstreams.has(host) || upstreams.has(hostPort)) continue;
          report(d, file, `proxy_pass to hostname ${host} is resolved once at startup: use an upstream with "server ${host} resolve;" and a resolver, or a variable with a resolver`, 0);
        }
      }
    };
  }
};

// src/lint/rules/status-page-exposed.ts
var rule45 = {
  id: "status-page-exposed",
  severity: "warning",
  description: "stub_status (or the api) that any client can read: no allow/deny or authentication, or an allow list that lets everyone through.",
  source: "gixy-next status_page_exposed (first-match allow/deny, satisfy any/all, authentication, internal, address families); nginx: ngx_http_access_module (rules checked in order until the first match; no match declines), ngx_http_core_access_phase",
  create({ report }) {
    const check = (d, at, file) => {
      if (at.name !== "location" && at.name !== "server" && at.name !== "if") return;
      if (inInternalLocation(at)) return;
      const any = satisfyAny(at);
      const auth = authInEffect(at);
      if (auth && !any) return;
      const acl = inherited(at, "allow", "deny").nodes;
      for (const family of families(at)) {
        const v = verdict(acl, family);
        if ("closed" in v) continue;
        if ("open" in v) {
          const [what] = args(v.open);
          report(d, file, `"allow ${what}" (line ${v.open.line}) lets every ${family === "v6" ? "IPv6 " : family === "v4" && what !== "all" ? "IPv4 " : ""}client read ${d.directive}${any && auth ? ' under "satisfy any", without logging in' : ""}: allow only the addresses that need it, then "deny all;"`);
          return;
        }
        if (auth) continue;
        report(d, file, acl.length ? `${d.directive}'s allow rules end without "deny all": every other address is let through; add "deny all;" after them` : `${d.directive} without allow/deny: restrict this ${at.name}, e.g. "allow 127.0.0.1; deny all;"`);
        return;
      }
    };
    return { on: { stub_status: check, api: check, status: check } };
  }
};
function verdict(acl, family) {
  for (const r of acl) {
    const [a] = args(r);
    const covers = a === "all" || family === "v4" && a === "0.0.0.0/0" || family === "v6" && (a === "::/0" || a === "0::0/0") || family === "unix" && a === "unix:";
    if (!covers) continue;
    return r.directive === "allow" ? { open: r } : { closed: true };
  }
  return { fallthrough: true };
}
function families(at) {
  const server = enclosing(at, "server");
  const out = /* @__PURE__ */ new Set();
  if (!server) return /* @__PURE__ */ new Set(["v4", "v6"]);
  for (const l of listenSockets(server)) {
    if (l.socket.startsWith("unix:")) out.add("unix");
    else if (l.socket.startsWith("[")) {
      out.add("v6");
      if (l.node.directive === "listen" && args(l.node).includes("ipv6only=off")) out.add("v4");
    } else if (/^(\*|\d+\.\d+\.\d+\.\d+):/.test(l.socket)) out.add("v4");
    else {
      out.add("v4");
      out.add("v6");
    }
  }
  return out;
}

// src/lint/rules/try-files-is-evil-too.ts
var rule46 = {
  id: "try-files-is-evil-too",
  severity: "info",
  description: "try_files without open_file_cache: several stat() calls for every request.",
  source: "gixy-next try_files_is_evil_too; nginx docs: try_files, open_file_cache",
  create({ report }) {
    return {
      on: {
        try_files(d, at, file) {
          const cache = effective(at, "open_file_cache");
          if (!cache || args(cache)[0] === "off") report(d, file, 'try_files checks the file system on every request and no open_file_cache is set: add "open_file_cache max=10000 inactive=30s;"');
        }
      }
    };
  }
};

// src/lint/rules/unanchored-regex.ts
var EXTENSION_TAIL = /\\\.(?:\w+|\[[^\]]+\][+*]?|\((?:\?:)?\w+(?:\|\w+)*\))\)*$/;
function onlyRefuses(block) {
  if (!block) return false;
  let denyAll = false;
  for (const k of block.kids) {
    if (k.directive === "return" && /^4\d\d$/.test(args(k)[0] ?? "")) return true;
    if (k.directive === "allow") return false;
    if (k.directive === "deny" && args(k)[0] === "all") denyAll = true;
  }
  return denyAll;
}
function scanExtension(re) {
  const groups = [];
  let start = 0;
  let dotIsTail = false;
  const branch = (end) => {
    const b = re.slice(start, end);
    return dotIsTail && EXTENSION_TAIL.test(b) ? b : void 0;
  };
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") {
      if (re[i + 1] === ".") dotIsTail = !groups.includes(true);
      i++;
    } else if (c === "[") i = classEnd(re, i);
    else if (c === "(") groups.push(false);
    else if (c === ")") groups.pop();
    else if (c === "|") {
      if (groups.length) groups[groups.length - 1] = true;
      else {
        const b = branch(i);
        if (b !== void 0) return b;
        start = i + 1;
        dotIsTail = false;
      }
    }
  }
  return branch(re.length);
}
var unanchoredExtension = stringMemo(scanExtension, 4096);
var rule47 = {
  id: "unanchored-regex",
  severity: "warning",
  description: 'A location regex for a file extension with no "$" after it (`\\.php`): `/upload/x.php.jpg` matches too. Locations that only refuse (deny all, return 4xx) are left alone.',
  source: "gixy unanchored_regex and gixy-next (LocationBlock.needs_anchor: an unanchored regex that ends in a file extension); nginx docs: location",
  create({ report }) {
    return {
      on: {
        location(d, at, file, block) {
          if (!isRegexLocation(at, d)) return;
          const { uri } = locationMatch(at, d);
          if (!uri.includes("\\.") || uri.endsWith("$") && !uri.includes("|")) return;
          const branch = unanchoredExtension(uri);
          if (branch !== void 0 && !onlyRefuses(block)) report(d, file, `location regex "${uri}" has no "$" after the file extension in "${branch}": "/upload/x.php.jpg"-like URIs (the extension, then more) match too; end it with "$"`, args(d).length - 1);
        }
      }
    };
  }
};

// src/lint/rules/upstream-keepalive-ineffective.ts
var UPGRADE = /upgrade/i;
var rule48 = {
  id: "upstream-keepalive-ineffective",
  severity: "warning",
  description: "An upstream with keepalive proxied without proxy_http_version 1.1 and an empty Connection header: connections are closed anyway.",
  source: 'nginx docs: upstream keepalive ("proxy_http_version should be set to 1.1 and the Connection header field should be cleared")',
  create({ report }) {
    const upstreams = /* @__PURE__ */ new Map();
    const later = [];
    const checkPass = (d, at, file, host) => {
      const ver = effective(at, "proxy_http_version");
      const conn = inheritedHeader(at, "proxy_set_header", "connection");
      const lacksVersion = !ver || args(ver)[0] !== "1.1";
      const connection = conn ? args(conn)[1] ?? "" : void 0;
      const lacksConnection = connection === void 0 || connection !== "" && !UPGRADE.test(connection);
      if (!lacksVersion && !lacksConnection) return;
      const lacks = lacksVersion && lacksConnection ? 'proxy_http_version 1.1 and proxy_set_header Connection ""' : lacksVersion ? "proxy_http_version 1.1" : 'proxy_set_header Connection ""';
      report(d, file, `upstream ${host} has keepalive, but this location lacks ${lacks}: every request opens a new backend connection`, 0);
    };
    return {
      on: {
        "upstream@http"(d, _at, _file, up) {
          if (up) {
            const name = args(d)[0];
            upstreams.set(name, upstreams.get(name) === true || hasOwn(up, "keepalive"));
          }
        },
        proxy_pass(d, at, file) {
          const u = urlOf(at, d);
          if (!u) return;
          const keepalive = upstreams.get(u.host);
          if (keepalive) checkPass(d, at, file, u.host);
          else later.push({ d, at, file, host: u.host });
        }
      },
      end() {
        for (const { d, at, file, host } of later) if (upstreams.get(host)) checkPass(d, at, file, host);
      }
    };
  }
};

// src/parser/variables.json
var variables_default = {
  source: "@nginx/reference-lib@1.1.41; nginx.org/en/docs/varindex.html; asked of nginx/1.22.1",
  http: {
    names: [
      "acme_certificate",
      "acme_certificate_key",
      "ancient_browser",
      "args",
      "binary_remote_addr",
      "body_bytes_sent",
      "bytes_sent",
      "connection",
      "connection_requests",
      "connection_time",
      "connections_active",
      "connections_reading",
      "connections_waiting",
      "connections_writing",
      "content_length",
      "content_type",
      "date_gmt",
      "date_local",
      "document_root",
      "document_uri",
      "fastcgi_path_info",
      "fastcgi_script_name",
      "geoip_area_code",
      "geoip_city",
      "geoip_city_continent_code",
      "geoip_city_country_code",
      "geoip_city_country_code3",
      "geoip_city_country_name",
      "geoip_country_code",
      "geoip_country_code3",
      "geoip_country_name",
      "geoip_dma_code",
      "geoip_latitude",
      "geoip_longitude",
      "geoip_org",
      "geoip_postal_code",
      "geoip_region",
      "geoip_region_name",
      "gzip_ratio",
      "host",
      "hostname",
      "http2",
      "http3",
      "https",
      "invalid_referer",
      "is_args",
      "is_request_port",
      "jwt_payload",
      "limit_conn_status",
      "limit_rate",
      "limit_req_status",
      "memcached_key",
      "modern_browser",
      "msec",
      "msie",
      "nginx_version",
      "oidc_access_token",
      "oidc_id_token",
      "oidc_userinfo",
      "otel_parent_id",
      "otel_parent_sampled",
      "otel_span_id",
      "otel_trace_id",
      "pid",
      "pipe",
      "proxy_add_x_forwarded_for",
      "proxy_host",
      "proxy_port",
      "proxy_protocol_addr",
      "proxy_protocol_port",
      "proxy_protocol_server_addr",
      "proxy_protocol_server_port",
      "query_string",
      "realip_remote_addr",
      "realip_remote_port",
      "realpath_root",
      "remote_addr",
      "remote_port",
      "remote_user",
      "request",
      "request_body",
      "request_body_file",
      "request_completion",
      "request_filename",
      "request_id",
      "request_length",
      "request_method",
      "request_port",
      "request_time",
      "request_uri",
      "scheme",
      "secure_link",
      "secure_link_expires",
      "server_addr",
      "server_name",
      "server_port",
      "server_protocol",
      "session_log_binary_id",
      "session_log_id",
      "slice_range",
      "ssl_alpn_protocol",
      "ssl_cipher",
      "ssl_ciphers",
      "ssl_client_cert",
      "ssl_client_escaped_cert",
      "ssl_client_fingerprint",
      "ssl_client_i_dn",
      "ssl_client_i_dn_legacy",
      "ssl_client_raw_cert",
      "ssl_client_s_dn",
      "ssl_client_s_dn_legacy",
      "ssl_client_serial",
      "ssl_client_sigalg",
      "ssl_client_v_end",
      "ssl_client_v_remain",
      "ssl_client_v_start",
      "ssl_client_verify",
      "ssl_curve",
      "ssl_curves",
      "ssl_early_data",
      "ssl_ech_outer_server_name",
      "ssl_ech_status",
      "ssl_protocol",
      "ssl_server_name",
      "ssl_session_id",
      "ssl_session_reused",
      "ssl_sigalg",
      "ssl_sigalgs",
      "status",
      "tcpinfo_rcv_space",
      "tcpinfo_rtt",
      "tcpinfo_rttvar",
      "tcpinfo_snd_cwnd",
      "time_iso8601",
      "time_iso8601_ms",
      "time_local",
      "uid_got",
      "uid_reset",
      "uid_set",
      "upstream_addr",
      "upstream_bytes_received",
      "upstream_bytes_sent",
      "upstream_cache_status",
      "upstream_connect_time",
      "upstream_header_time",
      "upstream_last_addr",
      "upstream_last_server_name",
      "upstream_queue_time",
      "upstream_response_length",
      "upstream_response_time",
      "upstream_status",
      "uri"
    ],
    prefixes: [
      "arg_",
      "cookie_",
      "http_",
      "jwt_claim_",
      "jwt_header_",
      "oidc_claim_",
      "proxy_protocol_tlv_",
      "sent_http_",
      "sent_trailer_",
      "upstream_cookie_",
      "upstream_http_",
      "upstream_trailer_"
    ]
  },
  stream: {
    names: [
      "binary_remote_addr",
      "bytes_received",
      "bytes_sent",
      "connection",
      "geoip_area_code",
      "geoip_city",
      "geoip_city_continent_code",
      "geoip_city_country_code",
      "geoip_city_country_code3",
      "geoip_city_country_name",
      "geoip_country_code",
      "geoip_country_code3",
      "geoip_country_name",
      "geoip_dma_code",
      "geoip_latitude",
      "geoip_longitude",
      "geoip_org",
      "geoip_postal_code",
      "geoip_region",
      "geoip_region_name",
      "hostname",
      "limit_conn_status",
      "mqtt_preread_clientid",
      "mqtt_preread_username",
      "msec",
      "nginx_version",
      "pid",
      "protocol",
      "proxy_protocol_addr",
      "proxy_protocol_port",
      "proxy_protocol_server_addr",
      "proxy_protocol_server_port",
      "realip_remote_addr",
      "realip_remote_port",
      "remote_addr",
      "remote_port",
      "server_addr",
      "server_name",
      "server_port",
      "session_time",
      "ssl_alpn_protocol",
      "ssl_cipher",
      "ssl_ciphers",
      "ssl_client_cert",
      "ssl_client_escaped_cert",
      "ssl_client_fingerprint",
      "ssl_client_i_dn",
      "ssl_client_raw_cert",
      "ssl_client_s_dn",
      "ssl_client_serial",
      "ssl_client_sigalg",
      "ssl_client_v_end",
      "ssl_client_v_remain",
      "ssl_client_v_start",
      "ssl_client_verify",
      "ssl_curve",
      "ssl_curves",
      "ssl_ech_outer_server_name",
      "ssl_ech_status",
      "ssl_preread_alpn_protocols",
      "ssl_preread_protocol",
      "ssl_preread_server_name",
      "ssl_protocol",
      "ssl_server_name",
      "ssl_session_id",
      "ssl_session_reused",
      "ssl_sigalg",
      "ssl_sigalgs",
      "status",
      "time_iso8601",
      "time_iso8601_ms",
      "time_local",
      "upstream_addr",
      "upstream_bytes_received",
      "upstream_bytes_sent",
      "upstream_connect_time",
      "upstream_first_byte_time",
      "upstream_last_addr",
      "upstream_session_time"
    ],
    prefixes: [
      "proxy_protocol_tlv_"
    ]
  },
  asked: {
    http: [],
    stream: [
      "ssl_client_escaped_cert"
    ]
  }
};

// src/lint/rules/unknown-variable.ts
var BUILTIN = {
  http: { names: new Set(variables_default.http.names), prefixes: variables_default.http.prefixes },
  stream: { names: new Set(variables_default.stream.names), prefixes: variables_default.stream.prefixes }
};
var DEFINES = {
  set: (a) => a[0],
  map: (a) => a[1],
  geo: (a) => a[a.length - 1],
  split_clients: (a) => a[1],
  perl_set: (a) => a[0],
  js_set: (a) => a[0],
  js_var: (a) => a[0],
  auth_request_set: (a) => a[0],
  keyval: (a) => a[1],
  auth_jwt_claim_set: (a) => a[0],
  auth_jwt_header_set: (a) => a[0]
};
var DEFINERS = new Map([
  ...Object.entries(DEFINES),
  ...[...directiveNames()].filter((n) => n.startsWith("set_") && n !== "set_real_ip_from").map((n) => [n, DEFINES.set])
]);
var NAMED_CAPTURE = /\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g;
var REGEX_HOLDERS = ["location", "if", "rewrite", "server_name", "valid_referers", "proxy_redirect", "proxy_cookie_path", "proxy_cookie_domain", "fastcgi_split_path_info"];
var TILDE_REGEX = /* @__PURE__ */ new Set(["server_name", "valid_referers", "proxy_redirect", "proxy_cookie_path", "proxy_cookie_domain"]);
var namespaceOf = (ctx) => protocolOf(ctx) === "stream" ? "stream" : "http";
function builtin(proto, name) {
  const b = BUILTIN[proto];
  if (b.names.has(name)) return true;
  for (const p of b.prefixes) if (name.startsWith(p)) return true;
  return false;
}
function definedName(a) {
  const m = a ? /^\$([A-Za-z_]\w*)$/.exec(a) : null;
  return m ? m[1].toLowerCase() : void 0;
}
var NO_NAMES2 = Object.freeze([]);
function undefinedNames(v, proto, memo) {
  let names = memo.get(v);
  if (names) return names;
  let out;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(v); m; m = REFERENCE.exec(v)) {
    const name = (m[1] ?? m[2]).toLowerCase();
    if (name.charCodeAt(0) >= 49 && name.charCodeAt(0) <= 57) continue;
    if (!builtin(proto, name)) (out ??= []).push(name);
  }
  names = out ?? NO_NAMES2;
  memo.set(v, names);
  return names;
}
var rule49 = {
  id: "unknown-variable",
  severity: "error",
  refusal: true,
  scope: "main",
  description: 'A variable no module of nginx and no set, map, geo, split_clients or named capture of the configuration defines: nginx refuses the configuration (unknown "name" variable), and its message names no file or line.',
  source: `nginx: ngx_http_variables_init_vars in src/http/ngx_http_variables.c and ngx_stream_variables_init_vars (unknown "%V" variable); the variables of nginx's modules from the reference's variable index (@nginx/reference-lib), the docs' module pages and the installed nginx (src/parser/variables.json)`,
  create({ report, tree }) {
    const defined = { http: /* @__PURE__ */ new Set(), stream: /* @__PURE__ */ new Set() };
    const refs2 = [];
    const captures = (proto, s) => {
      if (!s.includes("(?")) return;
      NAMED_CAPTURE.lastIndex = 0;
      for (let m = NAMED_CAPTURE.exec(s); m; m = NAMED_CAPTURE.exec(s)) defined[proto].add((m[1] ?? m[2]).toLowerCase());
    };
    const memo = { http: /* @__PURE__ */ new Map(), stream: /* @__PURE__ */ new Map() };
    const scan = (d, file, proto, positions, a) => {
      for (let k = 0; k < positions.length && positions[k] < a.length; k++) {
        const i = positions[k];
        const v = a[i];
        if (!v.includes("$")) continue;
        const names = undefinedNames(v, proto, memo[proto]);
        for (let j = 0; j < names.length; j++) refs2.push({ d, file, arg: i, name: names[j], proto });
      }
    };
    const define2 = (d, proto, a) => {
      const how = DEFINERS.get(d.directive);
      const name = how && definedName(how(a));
      if (name) defined[proto].add(name);
    };
    const regexes = (d, at) => {
      const a = args(d);
      const tildeOnly = TILDE_REGEX.has(d.directive) || d.directive === "location" && a.length < 2;
      if (d.directive === "location" && a.length >= 2 && a[0] !== "~" && a[0] !== "~*") return;
      for (let i = 0; i < a.length; i++) if (!tildeOnly || a[i].startsWith("~")) captures(namespaceOf(at.ctx), a[i]);
    };
    const variables = (d, at, file, self2) => {
      const proto = namespaceOf(at.ctx);
      const a = args(d);
      define2(d, proto, a);
      scan(d, file, proto, scriptPositions(d, proto, a), a);
      if (d.directive === "map" && self2) {
        for (let j = 0, kids = self2.kids; j < kids.length; j++) {
          const e = kids[j];
          if (e.directive.startsWith("~")) captures(proto, e.directive);
          const ea = args(e);
          if (ea.length === 1) scan(e, self2.fileOf(j), proto, [0], ea);
        }
      }
    };
    const on = {};
    for (const n of REGEX_HOLDERS) on[n] = regexes;
    const withVariables = {};
    for (const n of [...SCRIPT_DIRECTIVES, ...DEFINERS.keys()]) withVariables[n] = variables;
    return {
      on,
      withVariables,
      end() {
        if (tree.configs.some((c) => c.errors.some((e) => e.rule === "unknown-directive"))) return;
        for (const r of refs2) {
          if (defined[r.proto].has(r.name)) continue;
          report(r.d, r.file, `unknown variable "$${r.name}": no module of nginx and no set, map, geo, split_clients or named capture of this configuration defines it; nginx refuses the configuration with 'unknown "${r.name}" variable', naming no file or line; define it (set, map) or correct the name`, r.arg);
        }
      }
    };
  }
};

// src/lint/rules/upstream-without-servers.ts
var rule50 = {
  id: "upstream-without-servers",
  severity: "error",
  refusal: true,
  description: 'An upstream block with no server in it (after includes): nginx refuses the configuration ("no servers are inside upstream").',
  source: 'nginx: ngx_http_upstream in src/http/ngx_http_upstream.c and ngx_stream_upstream in src/stream/ngx_stream_upstream.c ("no servers are inside upstream")',
  create({ report, tree }) {
    const upstream = (d, _at, file, up) => {
      if (!up) return;
      for (let i = 0, kids = up.kids; i < kids.length; i++) {
        const n = kids[i].directive;
        if (n === "server" || n === "include") return;
      }
      if (includeFailed(tree, file, d.block ?? [], /* @__PURE__ */ new Set([file]))) return;
      report(d, file, `upstream ${args(d)[0] ?? ""} has no server in it: nginx refuses the configuration ("no servers are inside upstream"); add a server, or remove the upstream and what proxies to it`, 0);
    };
    return { on: { "upstream@http": upstream, "upstream@stream": upstream } };
  }
};
function includeFailed(tree, file, list, seen) {
  const errors = tree.configs[file].errors;
  for (let i = 0; i < list.length; i++) {
    const inc = list[i];
    if (inc.directive !== "include") continue;
    if (errors.some((e) => e.line !== null && e.line >= inc.line && e.line <= (inc.endLine ?? inc.line))) return true;
    for (const t of inc.includes ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      if (includeFailed(tree, t, tree.configs[t].parsed, seen)) return true;
    }
  }
  return false;
}

// src/lint/rules/valid-referers.ts
var rule51 = {
  id: "valid-referers",
  severity: "warning",
  description: 'valid_referers accepts "none": a request without a Referer passes the check.',
  source: "gixy valid_referers; nginx docs: ngx_http_referer_module",
  create({ report }) {
    return {
      on: {
        valid_referers(d, _at, file) {
          const at = args(d).indexOf("none");
          if (at >= 0) report(d, file, 'valid_referers none: any request without a Referer header passes; remove "none" if the check protects anything', at);
        }
      }
    };
  }
};

// src/lint/rules/version-disclosure.ts
var rule52 = {
  id: "version-disclosure",
  severity: "warning",
  description: "server_tokens on (or unset, which means on): responses and error pages carry nginx's version.",
  source: "gixy version_disclosure; nginx docs: server_tokens (default on)",
  scope: "main",
  create({ report }) {
    const https = [];
    return {
      on: {
        server_tokens(d, _at, file) {
          const v = args(d)[0];
          if (v === "on" || v === "build") report(d, file, `server_tokens ${v} shows nginx's version in headers and error pages: set "server_tokens off;"`, 0);
        },
        http(d, _at, file, block) {
          if (block) https.push({ d, block, file, servers: 0, withTokens: 0 });
        },
        "server@http"(_d, at, _file, s) {
          const h = https.find((x) => x.block === at);
          if (!h) return;
          h.servers++;
          if (s && hasOwn(s, "server_tokens")) h.withTokens++;
        }
      },
      end() {
        for (const h of https) {
          if (effective(h.block, "server_tokens")) continue;
          if (h.servers === 0 || h.withTokens < h.servers) {
            report(h.d, h.file, `server_tokens is not set (default on): nginx's version shows in headers and error pages; add "server_tokens off;" to http`);
          }
        }
      }
    };
  }
};

// src/lint/rules/weak-ssl-tls.ts
var WEAK_PROTOCOLS = /* @__PURE__ */ new Set(["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]);
var WEAK_CIPHER = /(^|:)(?![!-])[^:]*(RC4|DES|MD5|NULL|EXPORT|EXP-|aNULL|eNULL|ADH|AECDH|PSK|SEED|IDEA|CAMELLIA128)[^:]*/i;
var rule53 = {
  id: "weak-ssl-tls",
  severity: "warning",
  description: "SSLv3, TLSv1 or TLSv1.1 enabled, or weak ciphers (RC4, DES, 3DES, MD5, NULL, EXPORT, anonymous).",
  source: "gixy-next weak_ssl_tls; RFC 8996 (TLS 1.0 and 1.1 deprecated); Mozilla Server Side TLS guidelines",
  create({ report }) {
    return {
      on: {
        ssl_protocols(d, _at, file) {
          const a = args(d);
          for (let i = 0; i < a.length; i++) if (WEAK_PROTOCOLS.has(a[i])) report(d, file, `${a[i]} is obsolete and insecure (RFC 8996): use "ssl_protocols TLSv1.2 TLSv1.3;"`, i);
        },
        ssl_ciphers(d, _at, file) {
          const m = WEAK_CIPHER.exec(args(d)[0] ?? "");
          if (m) report(d, file, `ssl_ciphers enables weak cipher ${m[0].replace(/^:/, "")}: use Mozilla's intermediate list`, 0);
        }
      }
    };
  }
};

// src/lint/rules/websocket-read-timeout.ts
var rule54 = {
  id: "websocket-read-timeout",
  severity: "warning",
  description: "A WebSocket location left at the 60 s default proxy_read_timeout: idle sockets are cut after a minute.",
  source: 'nginx docs: "WebSocket proxying" ("By default, the connection will be closed if the proxied server does not transmit any data within 60 seconds")',
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          if (!inheritedHeader(block, "proxy_set_header", "upgrade")) return;
          const t = effectiveIn(block, "proxy_read_timeout");
          const v = t ? args(t.d)[0] : void 0;
          const secs = parseTime(v) ?? 60;
          if (secs <= 60) report(t?.d ?? pass, t?.file ?? file, `WebSocket connections idle for ${secs} s are closed (proxy_read_timeout ${t ? v : "default 60s"}): raise it, e.g. "proxy_read_timeout 3600s;"`);
        }
      }
    };
  }
};

// src/lint/rules/websocket-upgrade-headers.ts
var UPGRADE2 = /upgrade/i;
var rule55 = {
  id: "websocket-upgrade-headers",
  severity: "warning",
  description: "A WebSocket proxy with Upgrade but no Connection header, or either without proxy_http_version 1.1: the handshake fails.",
  source: 'nginx docs: "WebSocket proxying" (proxy_http_version 1.1; Upgrade $http_upgrade; Connection "upgrade")',
  create({ report }) {
    return {
      on: {
        [PROXIED]: (pass, block, file) => {
          const inh = inherited(block, "proxy_set_header");
          const { nodes: headers, from } = inh;
          const names = headerNames(block, inh);
          let upgrade = -1;
          let connection = -1;
          for (let i = 0; i < names.length; i++) {
            if (upgrade < 0 && names[i] === "upgrade") upgrade = i;
            else if (connection < 0 && names[i] === "connection" && UPGRADE2.test(args(headers[i])[1] ?? "")) connection = i;
          }
          if (upgrade < 0 && connection < 0) return;
          if (connection < 0) report(headers[upgrade], fileIn(from, headers[upgrade]), 'Upgrade is forwarded without Connection: add proxy_set_header Connection $connection_upgrade (or "upgrade")');
          else if (upgrade < 0) report(headers[connection], fileIn(from, headers[connection]), 'Connection "upgrade" is sent without an Upgrade header: add proxy_set_header Upgrade $http_upgrade');
          const ver = effectiveIn(block, "proxy_http_version");
          if (!ver || args(ver.d)[0] !== "1.1") report(ver?.d ?? pass, ver?.file ?? file, 'WebSocket needs HTTP/1.1 to the backend: add "proxy_http_version 1.1;"');
        }
      }
    };
  }
};

// src/lint/rules/worker-rlimit-nofile-vs-connections.ts
var rule56 = {
  id: "worker-rlimit-nofile-vs-connections",
  severity: "warning",
  description: "worker_rlimit_nofile below twice worker_connections: a proxying worker needs two descriptors per client.",
  source: 'gixy-next worker_rlimit_nofile_vs_connections; nginx docs: worker_connections ("includes connections with proxied servers"), worker_rlimit_nofile',
  scope: "main",
  create({ report }) {
    let wc;
    let nofile;
    return {
      on: {
        worker_connections(d, _at, file) {
          wc ??= { d, file };
        },
        worker_rlimit_nofile(d, _at, file) {
          nofile ??= { d, file };
        }
      },
      end() {
        if (!wc) return;
        const conns = Number(args(wc.d)[0]);
        if (!Number.isFinite(conns)) return;
        if (!nofile) {
          if (conns > 512) report(wc.d, wc.file, `worker_connections ${conns} with no worker_rlimit_nofile: the usual open-files limit of 1024 is reached first; set worker_rlimit_nofile ${conns * 2}`, 0);
          return;
        }
        const n = Number(args(nofile.d)[0]);
        if (Number.isFinite(n) && n < conns * 2) report(nofile.d, nofile.file, `worker_rlimit_nofile ${n} is below 2 x worker_connections (${conns * 2}): proxied connections need a descriptor each side`, 0);
      }
    };
  }
};

// src/lint/rules/index.ts
var RULES = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12,
  rule14,
  rule15,
  rule16,
  rule17,
  rule18,
  rule19,
  rule20,
  rule21,
  rule22,
  rule23,
  rule13,
  rule24,
  rule25,
  rule26,
  rule27,
  rule28,
  rule29,
  rule30,
  rule31,
  rule32,
  rule33,
  rule34,
  rule35,
  rule36,
  rule37,
  rule38,
  rule39,
  rule40,
  rule41,
  rule42,
  rule43,
  rule44,
  rule45,
  rule46,
  rule47,
  rule48,
  rule49,
  rule50,
  rule51,
  rule52,
  rule53,
  rule54,
  rule55,
  rule56
];

// src/lint/suppress.ts
var SUPPRESSION_RULES = ["invalid-suppression", "unused-suppression"];
var IGNORE = /^ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:--\s*(.*))?$/;
function collectSuppressions(tree, knownRules, rel) {
  const list = [];
  const findings = [];
  if (!tree.pragmas.some((f) => f.pragmas.some((p) => p.text.startsWith("ignore")))) return { list, findings };
  const byFile = /* @__PURE__ */ new Map();
  const collect = (ds, out) => {
    for (const d of ds) {
      if (d.directive === "#" || d.includes) continue;
      out.push(d);
      if (d.block) collect(d.block, out);
    }
    return out;
  };
  for (const c of tree.configs) byFile.set(c.file, collect(c.parsed, []));
  const ends = /* @__PURE__ */ new Map();
  const endingOn = (file, nodes) => {
    let m = ends.get(file);
    if (!m) {
      ends.set(file, m = /* @__PURE__ */ new Map());
      for (const n of nodes) if (n.endLine !== void 0 && !m.has(n.endLine)) m.set(n.endLine, n);
    }
    return m;
  };
  const bad = (file, p, message2) => findings.push({ rule: "invalid-suppression", severity: "warning", file: rel(file), line: p.line, col: p.col, message: message2, docs: "docs/rules/invalid-suppression.md" });
  for (const f of tree.pragmas) {
    for (const p of f.pragmas) {
      if (!p.text.startsWith("ignore")) continue;
      const m = IGNORE.exec(p.text);
      if (!m) {
        bad(f.file, p, `malformed suppression "${p.text}": write "# nginx-gitops: ignore <rule-id> -- <reason>"`);
        continue;
      }
      const rules = m[1].split(/\s*,\s*/);
      const reason = (m[2] ?? "").trim();
      const unknown = rules.filter((r) => !knownRules.has(r));
      if (unknown.length) {
        bad(f.file, p, `suppression names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")}`);
        continue;
      }
      if (!reason) {
        bad(f.file, p, `suppression of ${rules.join(", ")} has no reason: add "-- <why>"`);
        continue;
      }
      const nodes = byFile.get(f.file) ?? [];
      const onLine = nodes[firstFrom(nodes, p.line)];
      const target = p.trailing ? onLine?.line === p.line ? onLine : endingOn(f.file, nodes).get(p.line) : nodes[firstFrom(nodes, p.line + 1)];
      const from = target ? target.line : p.line;
      const to = target ? target.endLine ?? target.line : p.line;
      list.push({ rules, reason, file: f.file, line: p.line, col: p.col, from, to, used: false });
    }
  }
  return { list, findings };
}
function applySuppressions(findings, list, rel, notRun = /* @__PURE__ */ new Set()) {
  const byFile = /* @__PURE__ */ new Map();
  for (const x of list) {
    const f = rel(x.file);
    const l = byFile.get(f);
    if (l) l.push(x);
    else byFile.set(f, [x]);
  }
  const kept = list.length === 0 ? findings.slice() : findings.filter((f) => {
    const s = byFile.get(f.file)?.find((x) => f.line >= x.from && f.line <= x.to && x.rules.includes(f.rule));
    if (s) s.used = true;
    return !s;
  });
  for (const s of list) {
    if (!s.used && !s.rules.every((r) => notRun.has(r))) {
      kept.push({
        rule: "unused-suppression",
        severity: "warning",
        file: rel(s.file),
        line: s.line,
        col: s.col,
        message: `suppression of ${s.rules.join(", ")} suppresses nothing: remove it`,
        docs: "docs/rules/unused-suppression.md"
      });
    }
  }
  return kept;
}
function firstFrom(nodes, line) {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (nodes[mid].line < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/lint/engine.ts
var PARSER_RULES = Object.keys(PARSER_SEVERITY);
var BUILTIN_RULES = [
  { id: "syntax", severity: PARSER_SEVERITY["syntax"], description: "The file is not valid nginx syntax, an include cannot be read, or a main config has no events block (nginx refuses all three)." },
  { id: "unknown-directive", severity: PARSER_SEVERITY["unknown-directive"], description: "A directive no module in the directive table knows." },
  { id: "directive-not-allowed", severity: PARSER_SEVERITY["directive-not-allowed"], description: "A directive used in a context where nginx does not accept it." },
  { id: "invalid-args", severity: PARSER_SEVERITY["invalid-args"], description: "Wrong number of arguments, or a block directive without a block (or the reverse)." },
  { id: "include-outside", severity: PARSER_SEVERITY["include-outside"], description: "An include (or the main config) that leads outside the repository, by its path or a symbolic link: not read, so neither the lint nor nginx -t checks it." },
  { id: "invalid-suppression", severity: "warning", description: "A suppression that names an unknown rule, gives no reason, or is malformed." },
  { id: "unused-suppression", severity: "warning", description: "A suppression that suppresses nothing." },
  { id: "nginx-test", severity: "error", description: "nginx itself rejects the config: an [emerg], [alert] or [crit] line of `nginx -t` run in the sandbox, or a failed run.", scope: "main" },
  { id: "nginx-test-warning", severity: "warning", description: "A [warn] line of `nginx -t` run in the sandbox (an error with nginx-test-warnings-as-errors).", scope: "main" }
];
var NGINX_TEST_RULES = ["nginx-test", "nginx-test-warning"];
var ALL_RULE_IDS = /* @__PURE__ */ new Set([...PARSER_RULES, ...SUPPRESSION_RULES, ...NGINX_TEST_RULES, ...RULES.map((r) => r.id)]);
var OWN_SEVERITY = /* @__PURE__ */ new Set([...PARSER_RULES, ...SUPPRESSION_RULES, ...NGINX_TEST_RULES]);
function lint(result, parserFindings2, opts) {
  const tree = buildTree(result, opts.isMain);
  const relFiles = tree.files.map((f) => opts.rel(f));
  const relByName = new Map(tree.files.map((f, i) => [f, relFiles[i]]));
  const relName = (f) => relByName.get(f) ?? opts.rel(f);
  const findings = [...parserFindings2];
  const configured = opts.config?.rules ?? {};
  const selectors = [];
  const ends = [];
  for (const rule57 of opts.rules ?? RULES) {
    if (configured[rule57.id] === "off") continue;
    if (rule57.scope === "main" && !tree.isMain) continue;
    const severity = configured[rule57.id] ?? rule57.severity;
    const docs = `docs/rules/${rule57.id}.md`;
    const { on, withVariables, end } = rule57.create({
      tree,
      report(d, file, message2, arg) {
        const pos = arg !== void 0 ? argPosition(d, arg) : void 0;
        findings.push({
          rule: rule57.id,
          severity,
          file: relFiles[file],
          line: pos?.line ?? d.line,
          col: pos?.col ?? d.col ?? 1,
          endLine: pos?.endLine ?? d.endLine ?? d.line,
          endCol: pos?.endCol ?? d.endCol,
          message: message2,
          docs
        });
      }
    });
    if (on) for (const key of Object.keys(on)) selectors.push(selector(key, on[key], false));
    if (withVariables) for (const key of Object.keys(withVariables)) selectors.push(selector(key, withVariables[key], true));
    if (end) ends.push(end);
  }
  walk(tree.root, listenerTables(selectors));
  for (const end of ends) end();
  const { list, findings: bad } = collectSuppressions(tree, ALL_RULE_IDS, relName);
  let out = applySuppressions(findings, list, relName, opts.notRun).concat(bad);
  out = out.filter((f) => configured[f.rule] !== "off").map((f) => OWN_SEVERITY.has(f.rule) && configured[f.rule] ? { ...f, severity: configured[f.rule] } : f);
  return out;
}
function selector(key, fn, variables) {
  const at = key.indexOf("@");
  if (at < 0) return { name: key, ctx: void 0, prefix: false, fn, variables };
  const name = key.slice(0, at);
  const prefix = key.endsWith("*");
  const ctx = key.slice(at + 1, prefix ? -1 : void 0);
  if (!name || !ctx) throw new Error(`lint: bad listener selector "${key}"`);
  return { name, ctx, prefix, fn, variables };
}
function listenerTables(selectors) {
  const tables = /* @__PURE__ */ new Map();
  return (ctx) => {
    let table = tables.get(ctx);
    if (!table) {
      table = /* @__PURE__ */ new Map();
      for (const s of selectors) {
        if (s.ctx !== void 0 && (s.prefix ? !ctx.startsWith(s.ctx) : ctx !== s.ctx)) continue;
        let l = table.get(s.name);
        if (!l) table.set(s.name, l = { fns: [], variables: void 0 });
        if (s.variables) (l.variables ??= l.fns.map(() => false))[l.fns.length] = true;
        else if (l.variables) l.variables[l.fns.length] = false;
        l.fns.push(s.fn);
      }
      tables.set(ctx, table);
    }
    return table;
  };
}
function hasVariable(d) {
  const a = d.args;
  for (let i = 0; i < a.length; i++) if (a[i].includes("$")) return true;
  return false;
}
function walk(root, tableOf) {
  const blocks = [root];
  const tables = [tableOf(root.ctx)];
  const next = [0];
  let depth = 0;
  while (depth >= 0) {
    const b = blocks[depth];
    const i = next[depth];
    if (i >= b.kids.length) {
      depth--;
      continue;
    }
    next[depth] = i + 1;
    const d = b.kids[i];
    const self2 = d.block ? openBlock(b, i) : void 0;
    const l = tables[depth].get(d.directive);
    if (l) {
      const file = b.fileOf(i);
      const { fns, variables } = l;
      if (!variables) for (let k = 0; k < fns.length; k++) fns[k](d, b, file, self2);
      else {
        const vars = hasVariable(d);
        for (let k = 0; k < fns.length; k++) if (vars || !variables[k]) fns[k](d, b, file, self2);
      }
    }
    if (self2) {
      depth++;
      blocks[depth] = self2;
      tables[depth] = tableOf(self2.ctx);
      next[depth] = 0;
    }
  }
}

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

// src/plan/model.ts
function planTree(result, rel, memo = /* @__PURE__ */ new Map(), lookup2 = true) {
  const { payload } = result;
  const names = payload.config.map((c) => rel(c.file));
  const record = (free) => {
    if (lookup2) return;
    for (let i = 0; i < free.length; i += 2) memo.set(free[i], free[i + 1]);
  };
  const walk2 = (list, fi, stack, out2, free) => {
    let included = false;
    const file = names[fi];
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (d.directive === "#") continue;
      if (d.directive === "include" && d.includes) {
        included = true;
        for (const t of d.includes) if (!stack.includes(t)) walk2(payload.config[t].parsed, t, [...stack, t], out2, free);
        continue;
      }
      const known = lookup2 ? memo.get(d) : void 0;
      if (known && known.file === file) {
        out2.push(known);
        continue;
      }
      if (!d.block) {
        const n2 = d.entry ? { name: d.directive, args: d.args, file, line: d.line, entry: true } : { name: d.directive, args: d.args, file, line: d.line };
        free.push(d, n2);
        out2.push(n2);
        continue;
      }
      const kids = [];
      const inside = [];
      const withInclude = walk2(d.block, fi, stack, kids, inside);
      const n = { name: d.directive, args: d.args, file, line: d.line, children: kids.slice() };
      if (d.entry) n.entry = true;
      if (withInclude) {
        included = true;
        record(inside);
      } else free.push(d, n);
      out2.push(n);
    }
    return included;
  };
  const out = [];
  const top = [];
  if (payload.config.length) walk2(payload.config[0].parsed, 0, [0], out, top);
  record(top);
  return out;
}
function sameArgs(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function sameNodes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.name !== y.name || !sameArgs(x.args, y.args) || !x.children !== !y.children) return false;
    if (x.children && !sameNodes(x.children, y.children)) return false;
  }
  return true;
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
function serverSets(n) {
  const listens = /* @__PURE__ */ new Set();
  const names = /* @__PURE__ */ new Set();
  for (const c of n.children ?? []) {
    if (c.name === "listen") listens.add(c.args[0]);
    else if (c.name === "server_name") for (const a of c.args) names.add(a.toLowerCase());
  }
  return { listens: [...listens].sort(), names: [...names].sort() };
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
  const byPlace = /* @__PURE__ */ new Map();
  for (const b of base) {
    let f = byPlace.get(b.file);
    if (!f) byPlace.set(b.file, f = /* @__PURE__ */ new Map());
    const l = f.get(b.line);
    if (l) l.push(b);
    else f.set(b.line, [b]);
  }
  const paired = /* @__PURE__ */ new Set();
  const rest = [];
  for (const h of head) {
    const l = byPlace.get(h.file)?.get(h.line);
    let i = l ? l.indexOf(h) : -1;
    if (i < 0 && l) i = l.findIndex((b) => b.name === h.name && sameArgs(b.args, h.args) && sameNodes(b.children, h.children));
    if (i < 0) {
      rest.push(h);
      continue;
    }
    paired.add(l[i]);
    pairs.push([l[i], h]);
    l.splice(i, 1);
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const b of base) {
    if (paired.has(b)) continue;
    const k = identity(b).key;
    const l = byKey.get(k);
    if (l) l.push(b);
    else byKey.set(k, [b]);
  }
  const added = [];
  for (const h of rest) {
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
function diffTrees(base, head) {
  const out = [];
  diffBlock(base, head, [], "", out);
  return out;
}
function diffBlock(base, head, path, ownerFile, out) {
  if (sameNodes(base, head)) return;
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
      const parts = diffArrays(b.map(text), h.map(text));
      for (let pi = 0; pi < parts.length; pi++) {
        const part = parts[pi];
        const nodes = part.removed ? b.slice(bi, bi + part.count) : h.slice(hi, hi + part.count);
        if (part.removed && parts[pi + 1]?.added) {
          const next = h.slice(hi, hi + parts[pi + 1].count);
          let k2 = 0;
          while (k2 < nodes.length && k2 < next.length && nodes[k2].name === next[k2].name) {
            out.push(change("change", path, next[k2], ownerFile, nodes[k2].args, next[k2].args));
            k2++;
          }
          for (const n of nodes.slice(k2)) out.push(change("remove", path, n, ownerFile, n.args, null));
          for (const n of next.slice(k2)) out.push(change("add", path, n, ownerFile, null, n.args));
          bi += part.count;
          hi += parts[pi + 1].count;
          pi++;
          continue;
        }
        if (part.removed) for (const n of nodes) out.push(change("remove", path, n, ownerFile, n.args, null));
        else if (part.added) for (const n of nodes) out.push(change("add", path, n, ownerFile, null, n.args));
        if (!part.added) bi += part.count;
        if (!part.removed) hi += part.count;
      }
      continue;
    }
    if (b.length === 1 && h.length === 1) {
      if (!sameArgs(b[0].args, h[0].args)) out.push(change("change", path, h[0], ownerFile, b[0].args, h[0].args));
      continue;
    }
    const left = [...b];
    const added2 = [];
    for (const n of h) {
      const i = left.findIndex((x) => sameArgs(x.args, n.args));
      if (i >= 0) left.splice(i, 1);
      else added2.push(n);
    }
    for (const n of left) out.push(change("remove", path, n, ownerFile, n.args, null));
    for (const n of added2) out.push(change("add", path, n, ownerFile, null, n.args));
  }
  const { pairs, removed, added } = matchBlocks(blocksB, blocksH);
  for (const n of removed) out.push({ ...change("remove", [...path, identity(n).label], n, ownerFile, n.args, null), block: true, destructive: DESTRUCTIVE_BLOCKS.has(n.name) });
  for (const n of added) out.push({ ...change("add", [...path, identity(n).label], n, ownerFile, null, n.args), block: true });
  for (const [b, h] of pairs) if (b !== h && !sameNodes(b.children, h.children)) diffBlock(b.children, h.children, [...path, identity(h).label], h.file, out);
  const ordered = pairs.filter(([b]) => orderMatters(b));
  const baseOrder = ordered.map(([b]) => b).sort((x, y) => blocksB.indexOf(x) - blocksB.indexOf(y)).map((x) => identity(x).label);
  const headOrder = ordered.map(([, h]) => h).sort((x, y) => blocksH.indexOf(x) - blocksH.indexOf(y)).map((x) => identity(x).label);
  if (!sameArgs(baseOrder, headOrder)) {
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
      const cls = (args2) => /^\d{3}$/.test(args2?.[0] ?? "") ? args2[0][0] : "3";
      c.destructive = !(c.action === "change" && c.directive === "return" && cls(c.before) === cls(c.after));
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
var SECRET_DIRECTIVES = /* @__PURE__ */ new Set(["secure_link_secret", "secure_link_md5"]);
var REDACTED = "(redacted)";
function redactArgs(directive, args2) {
  if (!args2) return args2;
  if (HEADER_DIRECTIVES.has(directive) && args2.length > 1 && SECRET_NAME.test(args2[0].replace(/^\$/, ""))) return [args2[0], ...args2.slice(1).map(() => REDACTED)];
  if (directive === "more_set_headers") return args2.map((a) => SECRET_NAME.test(a.split(":")[0].replace(/^['"]?[-+]?/, "")) ? `${a.split(":")[0]}: ${REDACTED}` : a);
  if (SECRET_DIRECTIVES.has(directive)) return args2.map(() => REDACTED);
  return args2;
}
function redactChange(c) {
  return { ...c, args: redactArgs(c.directive, c.args) ?? void 0, before: redactArgs(c.directive, c.before) ?? null, after: redactArgs(c.directive, c.after) ?? null };
}

// src/plan/source.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { posix as posix2, resolve as resolve2 } from "node:path";
var GIT_ROOT = "/nginx-gitops-git";
function git(cwd, args2, input) {
  const r = spawnSync("git", args2, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new InputError(`git ${args2[0]} failed: ${r.error.message}`);
  if (r.status !== 0) throw Object.assign(new Error(r.stderr.toString().trim()), { gitStatus: r.status });
  return r.stdout;
}
function openTree(spec, cwd = process.cwd()) {
  const dir = resolve2(cwd, spec);
  if (existsSync2(dir) && statSync2(dir).isDirectory()) return { spec, root: dir, fs: localFs };
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
function fetchRevision(sha, cwd, what = "base") {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new InputError(`${what} "${sha}" is not a commit sha`);
  const has = () => spawnSync("git", ["cat-file", "-e", `${sha}^{commit}`], { cwd }).status === 0;
  if (has()) return;
  const shallow = spawnSync("git", ["rev-parse", "--is-shallow-repository"], { cwd, encoding: "utf8" }).stdout.trim() === "true";
  const r = spawnSync("git", ["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], "origin", sha], { cwd, encoding: "utf8", timeout: 12e4 });
  if (r.status === 0 && has()) return;
  const why = (r.error?.message ?? r.stderr ?? "").trim().split("\n").pop() || `exit ${r.status}`;
  throw new InputError(`${what} commit ${sha} is not in the clone at ${cwd} and could not be fetched from origin (${why}): set "fetch-depth: 0" on actions/checkout`);
}
function gitFs(repo, sha) {
  const root = `${GIT_ROOT}/${sha}`;
  const entries = git(repo, ["ls-tree", "-r", "-z", "--full-tree", sha]).toString().split("\0").filter(Boolean);
  const files = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const addDir = (path) => {
    let p = path;
    while (p !== root) {
      const parent = posix2.dirname(p);
      let s = dirs.get(parent);
      if (!s) dirs.set(parent, s = /* @__PURE__ */ new Set());
      s.add(posix2.basename(p));
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
    let cur = posix2.normalize(p);
    for (let i = 0; i < 16; i++) {
      const f = files.get(cur);
      if (!f) return dirs.has(cur) ? cur : void 0;
      if (!f.link) return cur;
      cur = posix2.resolve(posix2.dirname(cur), blobs.get(f.oid).toString());
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
function side(src, config, prefix, memo, base) {
  const main = posix3.join(src.root, config);
  if (!src.fs.isFile(main)) throw new InputError(`main config "${config}" not found in ${src.sha ? `revision ${src.spec}` : `directory ${src.spec}`}`);
  const reuse = base && { result: base.result, from: base.root, to: src.root };
  const result = parseDetailed(main, { fs: src.fs, prefix, confine: src.root, strict: true, keepSource: !base, reuse });
  const rel = (f) => f.startsWith(src.root + "/") ? f.slice(src.root.length + 1) : f;
  return { result, rel, tree: planTree(result, rel, memo, !!base) };
}
var LINE_REF = /\blines? \d+(?:-\d+)?/g;
function plan(o) {
  const cwd = o.cwd ?? process.cwd();
  const config = o.config ?? "nginx.conf";
  const b = openTree(o.base, cwd);
  const h = openTree(o.head, cwd);
  const memo = /* @__PURE__ */ new Map();
  const base = side(b, config, o.prefix, memo);
  const head = side(h, config, o.prefix, memo, { result: base.result, root: b.root });
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
  const key = (f) => `${f.rule}\0${f.file}\0${f.message.replace(LINE_REF, "line")}`;
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

// src/nginx-test/build.ts
function parseBuild(text) {
  const v = /nginx version: [^/\s]+\/(\S+)/.exec(text);
  if (!v) return void 0;
  const configure = /configure arguments: (.*)/.exec(text)?.[1] ?? "";
  const prefix = /--prefix=(\S+)/.exec(configure)?.[1] ?? "/usr/local/nginx";
  const confPath = /--conf-path=(\S+)/.exec(configure)?.[1];
  return { version: v[1], prefix: prefix.replace(/\/$/, ""), configure, ...confPath ? { confPath } : {}, text: text.trim() };
}
function versionAtLeast(version, min) {
  const a = version.split(".").map((n) => parseInt(n, 10) || 0);
  const b = min.split(".").map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

// src/nginx-test/exec.ts
import { spawn } from "node:child_process";
var BASE_ENV = ["PATH", "LANG", "LC_ALL", "TZ"];
var DOCKER_ENV = ["HOME", "DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG", "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY", "XDG_RUNTIME_DIR"];
function childEnv(docker = false, from = process.env) {
  const env = {};
  for (const k of docker ? [...BASE_ENV, ...DOCKER_ENV] : BASE_ENV) if (from[k] !== void 0) env[k] = from[k];
  env.PATH ??= "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (const d of ["/usr/sbin", "/sbin"]) if (!env.PATH.split(":").includes(d)) env.PATH += ":" + d;
  return env;
}
var EXIT_GRACE_MS = 2e3;
function execFile(cmd, args2, opts = {}) {
  return new Promise((resolve3) => {
    const child = spawn(cmd, args2, { env: opts.env ?? childEnv(), stdio: opts.fd3 ? ["pipe", "pipe", "pipe", "pipe"] : ["pipe", "pipe", "pipe"] });
    opts.fd3?.(child.stdio[3]);
    const out = [];
    const err = [];
    let timedOut = false;
    let settled = false;
    let grace;
    const finish = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      resolve3(r);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs ?? 12e4);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => finish({ code: 127, stdout: "", stderr: `${cmd}: ${e.message}`, timedOut }));
    const result = (code) => ({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), timedOut });
    child.on("exit", (code) => {
      grace = setTimeout(() => {
        for (const s of child.stdio) s?.destroy();
        finish(result(timedOut ? null : code));
      }, EXIT_GRACE_MS);
    });
    child.on("close", (code) => finish(result(code)));
    child.stdin.on("error", () => {
    });
    child.stdin.end(opts.input ?? "");
  });
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  InputError,
  loadLintConfig,
  pathIgnored,
  lookup,
  TABLE_SOURCE,
  leavesConfine,
  climbsOut,
  globBase,
  parse,
  parseDetailed,
  parseString,
  argPosition,
  inferContext,
  sortFindings,
  parserFindings,
  countBySeverity,
  RULES,
  BUILTIN_RULES,
  NGINX_TEST_RULES,
  ALL_RULE_IDS,
  lint,
  parseBuild,
  versionAtLeast,
  childEnv,
  execFile,
  fetchRevision,
  plan
};
