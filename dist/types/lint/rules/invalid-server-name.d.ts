import type { Rule } from '../rule.js';
/**
 * True when nginx's server name hash takes `name`: at most one `*`, no `..`, and a `*` only as
 * `*.example.com` or `www.example.*` (a leading dot, `.example.com`, is a wildcard of its own).
 * nginx: ngx_hash_add_key with NGX_HASH_WILDCARD_KEY in src/core/ngx_hash.c.
 */
export declare function wildcardValid(name: string): boolean;
export declare const rule: Rule;
