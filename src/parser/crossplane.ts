/**
 * Converts a payload to crossplane's exact shape, dropping the fields only nginx-gitops adds
 * (`col`, `endLine`, `endCol`, `argPos`, `values`, `entry`; on errors `col`, `message`, `rule`).
 */
import type { ConfigError, Directive, Payload } from './types.js';

function stripDirective(d: Directive): Directive {
  const out: Directive = { directive: d.directive, line: d.line, args: d.args };
  if (d.file !== undefined) out.file = d.file;
  if (d.includes) out.includes = d.includes;
  if (d.comment !== undefined) out.comment = d.comment;
  if (d.block) out.block = d.block.map(stripDirective);
  return out;
}

function stripError(e: ConfigError): ConfigError {
  const out: Record<string, unknown> = {};
  if ('file' in e) out.file = (e as { file: string }).file;
  out.error = e.error;
  out.line = e.line;
  return out as unknown as ConfigError;
}

/** The payload as crossplane would give it: same keys, same order of keys. */
export function toCrossplane(p: Payload): Payload {
  return {
    status: p.status,
    errors: p.errors.map(stripError) as Payload['errors'],
    config: p.config.map((c) => ({
      file: c.file,
      status: c.status,
      errors: c.errors.map(stripError),
      parsed: c.parsed.map(stripDirective),
    })),
  };
}
