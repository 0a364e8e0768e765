/**
 * The crossplane payload (nginxinc/crossplane, `crossplane.parse()`), plus fields only nginx-gitops adds.
 *
 * crossplane fields: `status`, `errors`, `config[].file|status|errors|parsed`, and per directive
 * `directive`, `line`, `args`, `includes?`, `block?`, `comment?` (and `file` with `combine`).
 * Our additions (stripped by `toCrossplane()` / the `--crossplane` flag): `col`, `endLine`, `endCol`,
 * `argPos` (packed as `posBuf`/`posAt` by parseDetailed()), `values`, `entry`, and on errors `col`,
 * `message`, `rule`.
 */
import type { ParseResult } from './parser.js';

/** A 1-based source position. Columns count UTF-16 code units from the start of the line. */
export interface Position {
  line: number;
  col: number;
}

/** Where one argument stands: its first and last character (inclusive), quotes included. */
export interface ArgPosition extends Position {
  endLine: number;
  endCol: number;
}

/**
 * A chunk of packed argument positions (Directive.posBuf), shared by many directives. Left out of
 * JSON (its data is the whole chunk): parse() and parseString() give `argPos` instead.
 */
export class PackedPositions {
  constructor(readonly data: Int32Array) {}
  toJSON(): undefined {
    return undefined;
  }
}

/** One directive (or, with `comments`, one comment; or, inside map-like blocks, one entry). */
export interface Directive {
  directive: string;
  line: number;
  /** Arguments as crossplane gives them: surrounding quotes removed, only the matching quote unescaped. */
  args: string[];
  /** Indexes into `Payload.config` of the files this `include` pulled in (not with `single`). */
  includes?: number[];
  block?: Directive[];
  /** Comment text after `#` (directive is `#`). */
  comment?: string;
  /** Source file (only with `combine`). */
  file?: string;
  // --- nginx-gitops additions ---
  /** Column of the directive name. */
  col?: number;
  /** Position of the terminating `;` or of the block's closing `}`. */
  endLine?: number;
  endCol?: number;
  /** Position of each argument (parse() and parseString(); parseDetailed() keeps them packed in
   * `posBuf`: read them with argPosition()). */
  argPos?: ArgPosition[];
  /**
   * parseDetailed(): the argument positions packed outside the JS heap, four numbers per argument
   * (line, col, endLine, endCol) from index `posAt` on. A large config has hundreds of thousands of
   * arguments; an object for each was the largest part of the parse's heap and of its GC time.
   */
  posBuf?: PackedPositions;
  posAt?: number;
  /** Each argument as nginx itself unescapes it (`\"` `\'` `\\` `\t` `\r` `\n`, quoted or not). */
  values?: string[];
  /** True for an entry of a map-like block body (map, geo, types, split_clients, charset_map, match). */
  entry?: true;
}

/** Rule ids of the parser's own findings. */
export type ParserRule = 'syntax' | 'unknown-directive' | 'directive-not-allowed' | 'invalid-args' | 'include-outside';

export interface ConfigError {
  /** crossplane's text: nginx's message followed by ` in FILE:LINE`. */
  error: string;
  line: number | null;
  // --- additions ---
  col?: number;
  /** nginx's message alone. */
  message?: string;
  rule?: ParserRule;
}

export interface PayloadError extends ConfigError {
  file: string;
}

export interface ConfigFile {
  file: string;
  status: 'ok' | 'failed';
  errors: ConfigError[];
  parsed: Directive[];
}

export interface Payload {
  status: 'ok' | 'failed';
  errors: PayloadError[];
  config: ConfigFile[];
}

/** Options as crossplane has them (`crossplane.parse`), plus `prefix`, `context` and `readFile`. */
export interface ParseOptions {
  /** Parse only the named file; do not follow includes. crossplane: `single`. */
  single?: boolean;
  /** Keep comments as `#` directives. */
  comments?: boolean;
  /** Inline included files into one config (each directive gets `file`). */
  combine?: boolean;
  /** Unknown directives are errors. */
  strict?: boolean;
  /** Directive names to drop (with their blocks). */
  ignore?: string[];
  /** Check that each directive is allowed in its context. Default true. */
  checkCtx?: boolean;
  /** Check argument counts and block/simple shape. Default true. */
  checkArgs?: boolean;
  /** Absolute directory the servers hold the main config's directory at (e.g. `/etc/nginx`): absolute
   * include paths under it resolve into the local tree. */
  prefix?: string;
  /**
   * An absolute directory no file is read from outside of (symbolic links followed), nor from a
   * `.git` directory in it; with the local file system only. An include leading out of it is not
   * read: it gets an `include-outside` finding instead, and so does a main config outside it.
   * check and plan set it to the repository: a pull request chooses the includes, and must not
   * get the runner's own files (`/proc/self/environ`, `.git/config`) read into its findings.
   */
  confine?: string;
  /** Context chain the main file is parsed in, e.g. `['http', 'server']`. Default: `# nginx-gitops:
   * context=` pragma, else `main` when the file fits there, else inferred from what it holds. */
  context?: string[];
  /** Where files are read from; default the local file system. The plan reads git revisions through it. */
  fs?: ConfigFs;
  /** Keep each file's bytes in the result (`files[i].source`), so a later parse can reuse this one. */
  keepSource?: boolean;
  /**
   * An earlier parse (made with `keepSource` and the same options) whose files this parse may reuse:
   * a file at `to/<path>` whose bytes equal those of `from/<path>` there, and which parsed without
   * errors, is not parsed again - its directives are shared (the plan compares two revisions this way).
   */
  reuse?: { result: ParseResult; from: string; to: string };
}

/** The file operations the parser needs. Paths are as the parser builds them (relative or absolute). */
export interface ConfigFs {
  /** File bytes; throws an error with `code` ENOENT, EACCES, EISDIR... like node:fs. */
  readFile(path: string): Buffer;
  /** Names in a directory; throws when it is not one. */
  readDir(path: string): string[];
  /** True for an existing regular file. */
  isFile(path: string): boolean;
}
