/**
 * GitHub's workflow commands (`::error file=...::message`), which the runner turns into annotations:
 * the escaping of their data and properties, shared by the lint's and nginx -t's reports.
 */
/** Escapes a workflow command's data (GitHub: actions/toolkit packages/core/src/command.ts). */
export declare function escapeData(s: string): string;
/** Escapes a workflow command's property value. */
export declare function escapeProperty(s: string): string;
