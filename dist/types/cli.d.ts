export interface Io {
    out: (s: string) => void;
    err: (s: string) => void;
}
/** Runs the CLI with `argv` (without node and script). Returns the exit code; never throws. */
export declare function main(argv: string[], io?: Io): Promise<number>;
