import { type NginxBuild } from './build.js';
import { type ExecResult } from './exec.js';
import type { Isolation, Sandbox } from './sandbox.js';
/** Time limit of one `nginx -t` (ms): a config that resolves many names can be slow, never this slow. */
export declare const TEST_TIMEOUT_MS = 120000;
export interface Runner {
    name: 'docker' | 'service' | 'local';
    /** How the sandbox keeps the test off the runner's network. */
    isolation: Isolation;
    /** With `rewrite`: nginx runs without root, so ports below 1024 must move. */
    unprivileged: boolean;
    /** `nginx -V` of the nginx that will run (asked once per runner). @throws InputError when it cannot be asked */
    build(): Promise<NginxBuild>;
    /** Runs `nginx -t` on the sandbox; stderr holds nginx's messages. */
    test(sb: Sandbox): Promise<ExecResult>;
}
/**
 * The local runner: `bin` (default `nginx` on PATH, sbin directories included). As root it runs
 * nginx in a private mount and network namespace (isolation `namespace`); otherwise the sandbox
 * rewrites names and addresses (isolation `rewrite`).
 * @throws InputError when nginx cannot be run
 */
export declare function localRunner(bin?: string, forceIsolation?: Isolation): Promise<Runner>;
/** True when a Docker engine answers the `docker` CLI (5 s limit). */
export declare function dockerAnswers(docker?: string): Promise<boolean>;
/**
 * The docker runner: `docker run --rm --network none` of `image` with the sandbox mounted at its own
 * path, `--add-host` for each hostname, `ip_nonlocal_bind` and low ports allowed inside the
 * container's own network namespace, no capabilities beyond Docker's defaults and no new
 * privileges; as the runner's own user when that is not root (so the sandbox stays removable).
 * The container gets no environment from the runner.
 * @throws InputError when the engine does not answer or the image cannot run nginx
 */
export declare function dockerRunner(image: string, docker?: string): Promise<Runner>;
/**
 * The service runner: a container the job already runs (`nginx-container`, e.g.
 * `${{ job.services.nginx.id }}`). The sandbox is copied in with `docker cp` at its own path and
 * removed again; `docker exec ... nginx -t`. The container has its own network, so the sandbox
 * rewrites hostnames and foreign listen addresses (isolation `rewrite`).
 * @throws InputError when the container does not answer
 */
export declare function serviceRunner(container: string, docker?: string): Promise<Runner>;
