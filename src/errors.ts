/**
 * Expected errors: bad input, missing files, unreachable hosts. The CLI and the action print their
 * message alone (no stack trace) and exit with `exitCode`.
 */
export class InputError extends Error {
  /** Exit code for the CLI: 2 for usage and I/O errors unless said otherwise. */
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}

/** nginx's wording for a failed open(2): `open() "PATH" failed (2: No such file or directory)`. */
export function openFailed(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const text: Record<string, string> = {
    ENOENT: '2: No such file or directory',
    EACCES: '13: Permission denied',
    EISDIR: '21: Is a directory',
    ENOTDIR: '20: Not a directory',
  };
  return `open() "${path}" failed (${(code && text[code]) ?? String((err as Error)?.message ?? err)})`;
}
