import { createRequire as __ngCreateRequire } from 'node:module';
const require = __ngCreateRequire(import.meta.url);
import {
  plan,
  planJson,
  planMarkdown,
  toCrossplane
} from "./chunks/chunk-WCRYQNI2.js";
import {
  InputError,
  TABLE_SOURCE,
  check,
  checkWithNginxTest,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString
} from "./chunks/chunk-P6KRLPUZ.js";
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
