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

// src/errors.ts
var InputError = class extends Error {
  /** Exit code for the CLI: 2 for usage and I/O errors unless said otherwise. */
  exitCode;
  constructor(message, exitCode = 2) {
    super(message);
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
var ENTRY_BLOCKS = /* @__PURE__ */ new Set(["map", "geo", "types", "split_clients", "charset_map", "match"]);
function lookup(name) {
  return TABLE.get(name);
}
function isLuaBlock(name) {
  return name.endsWith("_by_lua_block");
}
function enterBlock(ctx, name) {
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
  const shapes = TABLE.get(name);
  if (!shapes) {
    return opts.strict ? { rule: "unknown-directive", message: `unknown directive "${name}"` } : null;
  }
  const here = shapes.filter((s) => s.contexts.includes(ctx) || s.contexts.includes("*"));
  if (here.length === 0) {
    return opts.checkCtx ? { rule: "directive-not-allowed", message: `"${name}" directive is not allowed here` } : null;
  }
  if (!opts.checkArgs) return null;
  if (term === "{" && !here.some((s) => s.block)) {
    return { rule: "invalid-args", message: `directive "${name}" is not terminated by ";"` };
  }
  if (term === ";" && !here.some((s) => !s.block)) {
    return { rule: "invalid-args", message: `directive "${name}" has no opening "{"` };
  }
  const fits = here.some((s) => nargs >= s.min && (s.max < 0 || nargs <= s.max));
  if (!fits) return { rule: "invalid-args", message: `invalid number of arguments in "${name}" directive` };
  return null;
}
function allowedIn(name, ctx) {
  const shapes = TABLE.get(name);
  return !!shapes && shapes.some((s) => s.contexts.includes(ctx) || s.contexts.includes("*"));
}
var TABLE_SOURCE = directives_default.source;

// src/parser/parser.ts
import { dirname, normalize } from "node:path";

// src/parser/includes.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, posix } from "node:path";
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
function segmentMatcher(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) {
        re += "\\[";
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("!")) body = "^" + body.slice(1);
      re += "[" + body.replace(/\\/g, "\\\\") + "]";
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp("^" + re + "$");
}
function expandGlob(pattern, fs = localFs) {
  const abs = pattern.startsWith("/");
  const parts = pattern.split("/").filter((s, i) => s !== "" || i === 0);
  let bases = [abs ? "/" : ""];
  for (let i = abs ? 1 : 0; i < parts.length; i++) {
    const seg = parts[i];
    const next = [];
    for (const base of bases) {
      if (!hasMagic(seg)) {
        next.push(base === "" ? seg : posix.join(base, seg));
        continue;
      }
      let names;
      try {
        names = fs.readDir(base === "" ? "." : base);
      } catch {
        continue;
      }
      const m = segmentMatcher(seg);
      for (const name of names.slice().sort(byteCompare)) {
        if (name.startsWith(".") && !seg.startsWith(".")) continue;
        if (m.test(name)) next.push(base === "" ? name : posix.join(base, name));
      }
    }
    bases = next;
  }
  return bases.filter((p) => fs.isFile(p));
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
  /** Advances one character, keeping line bookkeeping. */
  adv() {
    if (this.text.charCodeAt(this.pos) === LF) {
      this.line++;
      this.lineStart = this.pos + 1;
      this.lineHasCode = false;
    }
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
    while (this.pos < n && isSpace(t.charCodeAt(this.pos))) this.adv();
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
    let prevDollar = false;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (c === BSL) {
        prevDollar = false;
        this.adv();
        if (this.pos < n) this.adv();
        continue;
      }
      if (c === LBRACE && prevDollar) {
        prevDollar = false;
        this.adv();
        continue;
      }
      if (isSpace(c) || c === SEMI || c === LBRACE) break;
      prevDollar = c === DOLLAR;
      this.adv();
    }
    const raw = t.slice(start, this.pos);
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
    const args = [];
    const skipSpace = () => {
      while (this.pos < n && isSpace(t.charCodeAt(this.pos))) this.adv();
    };
    skipSpace();
    if (withVariable) {
      args.push({ ...this.word(this.line, this.col()) });
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
    args.push({ kind: "word", raw: body, value: body, quoted: true, line, col, endLine, endCol });
    this.adv();
    return { args, end: { line: endLine, col: endCol } };
  }
};
function decode(buf) {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(buf);
}

// src/parser/parser.ts
var CUT_SHORT = /* @__PURE__ */ new WeakSet();
function parse(file, options = {}) {
  return parseDetailed(file, options).payload;
}
function parseDetailed(file, options = {}) {
  const fs = options.fs ?? localFs;
  let buf;
  try {
    buf = fs.readFile(file);
  } catch (e) {
    throw new InputError(openFailed(file, e));
  }
  return new Run(file, options, fs).run(buf);
}
function parseString(text, file = "nginx.conf", options = {}) {
  const fs = { readFile: () => Buffer.from(text), readDir: () => [], isFile: () => false };
  return new Run(file, { ...options, single: true }, fs).run(Buffer.from(text)).payload;
}
var Run = class {
  constructor(main, opts, fs) {
    this.main = main;
    this.opts = opts;
    this.fs = fs;
    this.confDir = dirname(main);
    this.ignore = new Set(opts.ignore ?? []);
    this.checks = { strict: !!opts.strict, checkCtx: opts.checkCtx !== false, checkArgs: opts.checkArgs !== false };
  }
  main;
  opts;
  fs;
  files = [];
  byKey = /* @__PURE__ */ new Map();
  confDir;
  ignore;
  checks;
  run(mainBytes) {
    this.addFile(this.main);
    for (let i = 0; i < this.files.length; i++) {
      const f = this.files[i];
      let bytes = i === 0 ? mainBytes : void 0;
      if (!bytes) {
        try {
          bytes = this.fs.readFile(f.file);
        } catch (e) {
          for (const s of f.sites) this.error(s.from, "syntax", openFailed(f.file, e), s.directive.line, s.directive.col ?? 1);
          continue;
        }
      }
      this.parseFile(i, decode(bytes));
    }
    if (!this.opts.single) this.findCycles();
    this.analyse();
    const payload = this.payload();
    return {
      payload,
      files: this.files.map((f) => ({ file: f.file, pragmas: f.pragmas, context: f.ctx ?? "main" }))
    };
  }
  addFile(path) {
    const key = normalize(path);
    let idx = this.byKey.get(key);
    if (idx === void 0) {
      idx = this.files.length;
      this.files.push({ file: path, key, parsed: [], errors: [], pragmas: [], sites: [] });
      this.byKey.set(key, idx);
    }
    return idx;
  }
  error(fileIdx, rule, message, line, col) {
    const f = this.files[fileIdx];
    f.errors.push({ error: `${message} in ${f.file}:${line}`, line, col, message, rule });
  }
  // ---------------------------------------------------------------- syntax
  parseFile(idx, text) {
    const lx = new Lexer(text);
    const f = this.files[idx];
    f.parsed = this.block(idx, lx, 0).list;
    f.pragmas = lx.pragmas;
    for (const e of lx.errors) this.error(idx, "syntax", e.message, e.line, e.col);
    f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  }
  /** Parses statements up to the `}` that closes this block (depth > 0) or end of file. */
  block(idx, lx, depth) {
    const list = [];
    for (; ; ) {
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
        if (tok.kind === "{") this.block(idx, lx, depth + 1);
        continue;
      }
      const r = this.statement(idx, lx, depth, tok, list);
      if (r === "eof") return { list };
      if (r !== "ok") return { list, end: r };
    }
  }
  /**
   * One directive starting at word `tok`. Returns the `}` token when a `}` that ended it also closed
   * the enclosing block, 'eof' when the file ended inside it.
   */
  statement(idx, lx, depth, tok, list) {
    const d = { directive: tok.raw, line: tok.line, args: [], col: tok.col };
    const argPos = [];
    const values = [];
    const argComments = [];
    let term;
    if (isLuaBlock(tok.raw)) {
      const r = lx.luaBlock(tok.raw === "set_by_lua_block");
      if ("error" in r) {
        this.error(idx, "syntax", r.error.message, r.error.line, r.error.col);
        d.argPos = argPos;
        d.values = values;
        list.push(d);
        return "eof";
      }
      for (const a of r.args) this.pushArg(d, argPos, values, a);
      term = { kind: ";", raw: ";", value: ";", quoted: false, line: r.end.line, col: r.end.col, endLine: r.end.line, endCol: r.end.col };
    } else {
      for (; ; ) {
        const a = lx.next();
        if (a.kind === "word") this.pushArg(d, argPos, values, a);
        else if (a.kind === "comment") argComments.push({ ...a });
        else {
          term = a;
          break;
        }
      }
    }
    d.argPos = argPos;
    d.values = values.every((v, i) => v === d.args[i]) ? d.args : values;
    if (d.directive === "if") prepareIfArgs(d);
    let result = "ok";
    const termKind = term.kind;
    switch (termKind) {
      case ";":
        d.endLine = term.line;
        d.endCol = term.col;
        break;
      case "{": {
        const b = this.block(idx, lx, depth + 1);
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
    if (termKind !== ";" && termKind !== "{") CUT_SHORT.add(d);
    if (this.ignore.has(d.directive)) return result;
    if (d.directive === "include" && !this.opts.single && termKind === ";" && d.args.length === 1) this.include(idx, d);
    list.push(d);
    if (this.opts.comments) {
      for (const c of argComments) list.push({ directive: "#", line: d.line, args: [], comment: c.raw, col: c.col });
    }
    return result;
  }
  pushArg(d, argPos, values, a) {
    d.args.push(a.raw);
    values.push(a.value);
    argPos.push({ line: a.line, col: a.col, endLine: a.endLine, endCol: a.endCol });
  }
  include(idx, d) {
    const pattern = resolveInclude(d.values[0], this.confDir, this.opts.prefix);
    let names;
    if (hasMagic(pattern)) names = expandGlob(pattern, this.fs);
    else if (this.fs.isFile(pattern)) names = [pattern];
    else {
      let why = Object.assign(new Error("missing"), { code: "ENOENT" });
      try {
        this.fs.readFile(pattern);
      } catch (e) {
        why = e;
      }
      const p = d.argPos[0];
      this.error(idx, "syntax", openFailed(pattern, why), p.line, p.col);
      names = [];
    }
    d.includes = [];
    for (const name of names) {
      const target = this.addFile(name);
      d.includes.push(target);
      this.files[target].sites.push({ from: idx, directive: d });
    }
  }
  /** Reports include cycles (nginx would recurse until it runs out of file descriptors). */
  findCycles() {
    const state = /* @__PURE__ */ new Map();
    const stack = [];
    const visit = (i) => {
      state.set(i, "active");
      stack.push(i);
      walkIncludes(this.files[i].parsed, (d) => {
        for (const t of d.includes) {
          if (state.get(t) === "active") {
            const loop = stack.slice(stack.indexOf(t)).concat(t).map((k) => this.files[k].file);
            const p = d.argPos?.[0] ?? { line: d.line, col: d.col ?? 1 };
            this.error(i, "syntax", `include cycle: ${loop.join(" -> ")}`, p.line, p.col);
            d.includes = d.includes.filter((x) => x !== t);
          } else if (!state.has(t)) visit(t);
        }
      });
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
    const seen = /* @__PURE__ */ new Set();
    const walk = (fi, list, c) => {
      for (const d of list) {
        if (d.directive === "#") continue;
        if (c.startsWith("entries:") && d.directive !== "include") {
          d.entry = true;
          if (d.block) walk(fi, d.block, "unknown");
          continue;
        }
        if (!CUT_SHORT.has(d)) {
          const p = analyze(d.directive, d.args.length, d.block ? "{" : ";", c, this.checks);
          if (p) this.error(fi, p.rule, p.message, d.line, d.col ?? 1);
        }
        if (d.block) walk(fi, d.block, enterBlock(c, d.directive));
        if (d.includes) {
          for (const t of d.includes) {
            if (seen.has(t)) continue;
            seen.add(t);
            const f = this.files[t];
            const own = contextPragma(f.pragmas);
            f.ctx = own ? contextOf(own) : c;
            walk(t, f.parsed, f.ctx);
          }
        }
      }
    };
    seen.add(0);
    main.ctx = ctx;
    walk(0, main.parsed, ctx);
    for (const f of this.files) f.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
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
function walkIncludes(list, fn) {
  for (const d of list) {
    if (d.includes) fn(d);
    if (d.block) walkIncludes(d.block, fn);
  }
}
function prepareIfArgs(d) {
  const a = d.args;
  if (!a.length || !a[0].startsWith("(") || !a[a.length - 1].endsWith(")")) return;
  const v = d.values === d.args ? d.args.slice() : d.values;
  const p = d.argPos;
  const first = a[0].slice(1).trimStart();
  p[0] = { ...p[0], col: p[0].col + (a[0].length - first.length) };
  a[0] = first;
  v[0] = v[0].slice(1).trimStart();
  const li = a.length - 1;
  const last = a[li].slice(0, -1).trimEnd();
  p[li] = { ...p[li], endCol: p[li].endCol - (a[li].length - last.length) };
  a[li] = last;
  v[li] = v[li].slice(0, -1).trimEnd();
  const start = a[0] ? 0 : 1;
  const end = a.length - (a[a.length - 1] ? 0 : 1);
  d.args = a.slice(start, Math.max(start, end));
  d.values = v.slice(start, Math.max(start, end));
  d.argPos = p.slice(start, Math.max(start, end));
}
function contextPragma(pragmas) {
  for (const p of pragmas) {
    const m = /^context\s*=\s*([\w>,\s]+)$/.exec(p.text);
    if (m) return m[1].split(/[,>\s]+/).filter(Boolean);
  }
  return void 0;
}
var CANDIDATES = ["main", "http", "http>server", "http>location", "http>upstream", "stream", "stream>server", "stream>upstream", "mail", "mail>server", "events"];
function inferContext(parsed) {
  const names = parsed.filter((d) => d.directive !== "#" && lookup(d.directive)).map((d) => d.directive);
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

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  InputError,
  lookup,
  enterBlock,
  TABLE_SOURCE,
  localFs,
  parse,
  parseDetailed,
  parseString,
  inferContext
};
