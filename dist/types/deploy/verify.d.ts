/**
 * Reload and its verification on a host, in one remote script: `nginx -t` of the live files (no
 * host is reloaded with a config that failed it), the reload command, then polling until the
 * master runs new workers and every old worker has exited or is "shutting down", failing at once
 * when the error log gains an [emerg], [alert] or [crit] line after the reload. (`nginx -s reload`
 * exits 0 even when the master keeps the old config, e.g. after a failed bind.)
 */
import type { Remote } from './ssh.js';
export interface ReloadResult {
    ok: boolean;
    /** `nginx-t` when the live test failed (not reloaded), else what failed after the reload. */
    stage?: 'nginx-t' | 'no-master' | 'reload-command' | 'error-log' | 'workers';
    detail?: string;
}
/**
 * @param timeoutMs how long to wait for the new workers (polled every 50 ms)
 */
export declare function reloadAndVerify(r: Remote, o: {
    pidFile: string;
    errorLog?: string;
    reloadCommand: string;
    nginxBin: string;
    timeoutMs: number;
}): Promise<ReloadResult>;
