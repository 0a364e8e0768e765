import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);

// src/parser/crossplane.ts
function stripDirective(d) {
  const out = { directive: d.directive, line: d.line, args: d.args };
  if (d.file !== void 0) out.file = d.file;
  if (d.includes) out.includes = d.includes;
  if (d.comment !== void 0) out.comment = d.comment;
  if (d.block) out.block = d.block.map(stripDirective);
  return out;
}
function stripError(e) {
  const out = {};
  if ("file" in e) out.file = e.file;
  out.error = e.error;
  out.line = e.line;
  return out;
}
function toCrossplane(p) {
  return {
    status: p.status,
    errors: p.errors.map(stripError),
    config: p.config.map((c) => ({
      file: c.file,
      status: c.status,
      errors: c.errors.map(stripError),
      parsed: c.parsed.map(stripDirective)
    }))
  };
}

export {
  toCrossplane
};
