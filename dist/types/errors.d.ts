/**
 * Expected errors: bad input, missing files, unreachable hosts. The CLI and the action print their
 * message alone (no stack trace) and exit with `exitCode`.
 */
export declare class InputError extends Error {
    /** Exit code for the CLI: 2 for usage and I/O errors unless said otherwise. */
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
/** nginx's wording for a failed open(2): `open() "PATH" failed (2: No such file or directory)`. */
export declare function openFailed(path: string, err: unknown): string;
