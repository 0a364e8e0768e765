import { createRequire as __ngCreateRequire } from 'node:module';
const require = __ngCreateRequire(import.meta.url);
import {
  toCrossplane
} from "./chunks/chunk-EAITG6BB.js";
import {
  InputError,
  TABLE_SOURCE,
  check,
  checkWithNginxTest,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString,
  plan,
  planJson,
  planMarkdown
} from "./chunks/chunk-RYRFN6SS.js";
export {
  InputError,
  TABLE_SOURCE,
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
