/**
 * GitHub's workflow commands (`::error file=...::message`), which the runner turns into annotations:
 * the escaping of their data and properties, shared by the lint's and nginx -t's reports.
 */
/** Escapes a workflow command's data (GitHub: actions/toolkit packages/core/src/command.ts). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
