import { createRequire as __ngCreateRequire } from 'node:module';
import { fileURLToPath as __ngFileURLToPath } from 'node:url';
import { dirname as __ngDirname } from 'node:path';
const require = __ngCreateRequire(import.meta.url);
const __filename = __ngFileURLToPath(import.meta.url);
const __dirname = __ngDirname(__filename);
import {
  toCrossplane
} from "./chunks/chunk-Q4SUO4YG.js";
import {
  check,
  checkWithNginxTest,
  planJson,
  planMarkdown
} from "./chunks/chunk-6CNPPSAN.js";
import {
  InputError,
  TABLE_SOURCE,
  argPosition,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString,
  plan
} from "./chunks/chunk-VCMZ335H.js";
export {
  InputError,
  TABLE_SOURCE,
  argPosition,
  check,
  checkWithNginxTest,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString,
  plan,
  planJson,
  planMarkdown,
  toCrossplane
};
