import { createRequire as __ngCreateRequire } from 'node:module';
const require = __ngCreateRequire(import.meta.url);
import {
  toCrossplane
} from "./chunks/chunk-EAITG6BB.js";
import {
  InputError,
  TABLE_SOURCE,
  check,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString
} from "./chunks/chunk-DT33EC5V.js";
export {
  InputError,
  TABLE_SOURCE,
  check,
  inferContext,
  lookup,
  parse,
  parseDetailed,
  parseString,
  toCrossplane
};
