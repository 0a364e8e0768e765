/**
 * nginx's own messages from `nginx -t`, as findings on repository files and lines.
 *
 * nginx prints them on stderr as `nginx: [LEVEL] MESSAGE[ in FILE:LINE]` (nginx: ngx_log_error_core
 * in src/core/ngx_log.c writes warn and worse to stderr while the config is tested; the location
 * comes from ngx_conf_log_error in src/core/ngx_conf_file.c).
 */
import type { Finding } from '../finding.js';
import type { Payload } from '../parser/types.js';
import type { Sandbox } from './sandbox.js';
export interface NginxMessage {
    level: 'emerg' | 'alert' | 'crit' | 'error' | 'warn' | 'notice' | 'info';
    message: string;
    file?: string;
    line?: number;
}
/** Parses nginx's stderr into messages; other lines (the "syntax is ok" summary) are skipped. */
export declare function parseNginxOutput(stderr: string): NginxMessage[];
export interface MapOptions {
    sandbox: Sandbox;
    /** The parsed main config, for the column of the directive on a reported line. */
    payload: Payload;
    /** Repository-relative display of the main config (where location-less messages go). */
    mainFile: string;
    /** Display form of a repository path. */
    rel: (f: string) => string;
    warningsAsErrors?: boolean;
}
/**
 * Maps nginx's messages to findings: `[emerg]`, `[alert]`, `[crit]` (and `[error]`) as rule
 * `nginx-test` at error severity, `[warn]` as `nginx-test-warning` (warning, or error with
 * `warningsAsErrors`). Sandbox paths in the text and location become repository paths (or the
 * path on the load balancers for stand-ins); a message without a location goes to the directive
 * that named a path it mentions, else to line 1 of the main config, nginx's text kept.
 */
export declare function messagesToFindings(msgs: NginxMessage[], o: MapOptions): Finding[];
