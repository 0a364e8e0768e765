import { type LintConfig } from './lint/config.js';
import { type Finding } from './lint/findings.js';
import { type NginxTestMode, type NginxTestReport } from './nginx-test/index.js';
import { type ParseResult } from './parser/parser.js';
export interface CheckOptions {
    /** A main config file, or a directory holding one (default `.`). */
    path?: string;
    /** Name of the main config relative to `path` (default `nginx.conf`). */
    config?: string;
    /** Absolute directory the servers hold the config directory at (e.g. `/etc/nginx`). */
    prefix?: string;
    /** Repository root: base for the file paths in findings, and where `.nginx-gitops.yml` is read
     * (default: the working directory). */
    root?: string;
    /** Lint configuration (default: read from `root`). */
    lintConfig?: LintConfig;
    /** Run the lint rules (default true); false gives the parser's findings only. */
    lint?: boolean;
}
/** How `check` runs `nginx -t` (see src/nginx-test/). */
export interface NginxTestSettings {
    mode: NginxTestMode;
    image?: string;
    container?: string;
    bin?: string;
    warningsAsErrors?: boolean;
    /** For tests: hostname resolution and the sandbox's base directory. */
    resolveHost?: (host: string) => Promise<string | undefined>;
    tmpDir?: string;
}
export interface ParsedTree {
    /** Path of the main config, or undefined when the tree holds fragments only. */
    main?: string;
    /** One parse per main config, or one per fragment. */
    results: ParseResult[];
    /** The directory no file was read from outside of (confinement()). */
    confine: string;
}
export interface CheckResult {
    findings: Finding[];
    /** Number of config files read. */
    files: number;
    main?: string;
    tree: ParsedTree;
    /** The `nginx -t` report, when checkWithNginxTest() ran it (or said why it did not). */
    nginxTest?: NginxTestReport;
}
/**
 * Locates the main config: `path` itself when it is a file; else `path/<config>` (default
 * `nginx.conf`), which must exist when `config` is given.
 * @returns the main config, or undefined when the directory has none (check fragments then)
 * @throws InputError when `path` or the named `config` does not exist
 */
export declare function findMainConfig(path: string, config?: string): string | undefined;
/** Every `*.conf` file under `dir`, sorted, skipping dot-directories and node_modules. */
export declare function listConfigFiles(dir: string): string[];
/**
 * Parses the tree under `opts.path`: the main config with its includes (strict: unknown directives
 * are errors), or, lacking one, each `*.conf` file as a fragment (includes not followed) whose
 * context comes from its pragma or from what it holds.
 */
export declare function parseTree(opts: CheckOptions): ParsedTree;
/**
 * The directory no config file is read from outside of (ParseOptions.confine): the repository root
 * when the config lies under it, else the config's own directory. The config is pull-request content:
 * its includes must not pull the runner's files (`/proc/self/environ`) into findings.
 */
export declare function confinement(path: string, root?: string): string;
/** Makes a path relative to `root` when it lies under it. */
export declare function relativeTo(root: string): (f: string) => string;
/**
 * Runs the check: the parser's findings (`syntax`, `unknown-directive`, `directive-not-allowed`,
 * `invalid-args`) and the lint rules' for every file reached, after suppressions, the repository's
 * `.nginx-gitops.yml` (severities, disabled rules, ignored paths). A file that could not be read or
 * parsed is always a finding: the check never says "no issues" about what it could not read.
 * @throws InputError for a missing path or main config, or an invalid `.nginx-gitops.yml`
 */
export declare function check(opts?: CheckOptions): CheckResult;
/**
 * check() with `nginx -t` on the main config in a sandbox (src/nginx-test/). nginx's messages join
 * the findings as `nginx-test` / `nginx-test-warning`, under the same suppressions and
 * `.nginx-gitops.yml` severities as the rest (`warningsAsErrors` wins over a configured severity);
 * one on a line the parser already reported is dropped as a repeat. Without a main config nginx -t
 * cannot run: the report says so (status `skipped`).
 * @throws InputError as check(), and when the chosen runner cannot run
 */
export declare function checkWithNginxTest(opts: CheckOptions, t: NginxTestSettings): Promise<CheckResult>;
