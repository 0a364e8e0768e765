/**
 * The library entry: `import { parse } from 'nginx-gitops'`.
 */
export { parse, parseDetailed, parseString, toCrossplane, inferContext, lookup, TABLE_SOURCE } from './parser/index.js';
export type { Payload, ConfigFile, ConfigError, PayloadError, Directive, ParseOptions, ConfigFs, Position, ArgPosition } from './parser/types.js';
export { check, type CheckOptions, type CheckResult } from './check.js';
export type { Finding, Severity } from './lint/findings.js';
export { InputError } from './errors.js';
