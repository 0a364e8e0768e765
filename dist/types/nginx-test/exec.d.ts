import type { Duplex } from 'node:stream';
export interface ExecResult {
    /** Exit code; null when killed by the time limit or a signal. */
    code: number | null;
    stdout: string;
    stderr: string;
    /** True when the time limit killed it. */
    timedOut: boolean;
}
/**
 * The environment for a child: only the named variables of `from` (default: BASE_ENV), never
 * `INPUT_*`, `GITHUB_TOKEN`, `ACTIONS_*` or anything else the runner holds.
 * @param docker also keep the Docker CLI's own variables (the CLI runs on the runner; the container
 *   gets none of them)
 */
export declare function childEnv(docker?: boolean, from?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/**
 * Runs `cmd args` and collects its output.
 * @param timeoutMs time limit in milliseconds (default 120,000); the child is killed with SIGKILL
 * @param fd3 called with a socket to the child's fd 3 (inherited by its own children: rsync's
 *   remote shell talks to the deploy over it); the result waits until that socket closes too
 * @returns the exit code and output; a program that cannot be started gives code 127 and the
 *   error text on stderr (never a rejection). Once the child has exited, the output is waited for
 *   EXIT_GRACE_MS at most: a process it left behind holding its output or fd 3 (a shell's background
 *   job) does not hold the result back; those streams are closed then.
 */
export declare function execFile(cmd: string, args: string[], opts?: {
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    input?: string;
    fd3?: (sock: Duplex) => void;
}): Promise<ExecResult>;
