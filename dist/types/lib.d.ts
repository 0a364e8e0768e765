/**
 * The library entry: `import { parse } from 'nginx-gitops'`.
 */
export { parse, parseDetailed, parseString, argPosition, toCrossplane, inferContext, lookup, TABLE_SOURCE } from './parser/index.js';
export type { Payload, ConfigFile, ConfigError, PayloadError, Directive, ParseOptions, ConfigFs, Position, ArgPosition } from './parser/types.js';
export { check, checkWithNginxTest, type CheckOptions, type CheckResult, type NginxTestSettings } from './check.js';
export { plan, type Plan, type PlanOptions, type Change } from './plan/index.js';
export { planJson, planMarkdown } from './plan/render.js';
export type { NginxTestReport, Notice } from './nginx-test/index.js';
export type { Finding, Severity } from './finding.js';
export { InputError } from './errors.js';
