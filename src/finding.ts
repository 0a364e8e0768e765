/**
 * A finding: what `check` reports, from the parser, the lint rules and `nginx -t` alike. The type
 * every stage shares (src/parser feeds it, src/lint and src/nginx-test make it, src/github reports
 * it), so it sits below them all.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id: `syntax`, `unknown-directive`, `directive-not-allowed`, `invalid-args`, or a lint rule's id. */
  rule: string;
  severity: Severity;
  /** Path of the file, relative to the working directory when under it. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  col: number;
  endLine?: number;
  endCol?: number;
  message: string;
  /** Path of the rule's documentation page, e.g. `docs/rules/syntax.md`. */
  docs?: string;
}
