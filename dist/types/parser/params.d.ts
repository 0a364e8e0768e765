/**
 * The parameters nginx takes after a directive's address, an upstream server's address, and the URL
 * prefix of proxy_pass: a typo there (`weigth=5`, `defualt_server`, `permanet`, `server
 * http://10.0.0.1;`, `proxy_pass backend;`) is nginx's `invalid parameter "weigth=5"`, `invalid host
 * in upstream "..."` or `invalid URL prefix`, which the parser reports as invalid-args instead of
 * leaving it to nginx -t. Also try_files' `=code`, expires' value, and limit_req's and
 * limit_req_zone's parameters and rate. The lists hold every parameter of the newest nginx (and
 * NGINX Plus's), so a config for a newer nginx than the one here is not refused.
 */
/** The directive names paramError() looks at: a cheap test before it. */
export declare const PARAM_DIRECTIVES: ReadonlySet<string>;
/** How a redirect starts: what return's one argument may be when it is not a code. nginx: ngx_http_rewrite_return. */
export declare const REDIRECT_PREFIX: RegExp;
/**
 * nginx's refusal of a directive's parameters, in nginx's words, with the argument it is about; an
 * argument holding a variable is not judged (nginx reads it at request time).
 * @param ctx the qualified context the directive stands in
 * @param args the arguments as nginx unescapes them
 * @returns undefined when nginx takes them (or the directive is not one of PARAM_DIRECTIVES)
 */
export declare function paramError(ctx: string, name: string, args: readonly string[]): {
    message: string;
    arg: number;
} | undefined;
/** The listen parameters paramError() takes in http and stream (for the test against the reference's syntax). */
export declare const LISTEN_PARAMETERS: {
    words: string[];
    keyed: string[];
};
