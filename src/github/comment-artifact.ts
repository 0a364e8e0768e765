/**
 * The rendered comment as files, for pull requests whose token cannot comment (forks): the PR
 * workflow writes them and uploads them as an artifact; a `workflow_run` workflow, which never
 * checks out PR code, downloads them and posts with `mode: comment`. There the files are untrusted
 * input: read with limits, validated, and stripped of anything that could pose as a marker.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { COMMENT_LIMIT } from './comment.js';

export const COMMENT_FILE = 'comment.md';
export const META_FILE = 'comment.json';

export interface CommentMeta {
  /** Pull request number. */
  pr: number;
  /** The PR head commit the plan was made for. */
  headSha: string;
  /** Workflow name and config path, which make the marker. */
  workflow: string;
  configPath: string;
}

/** Writes `comment.md` and `comment.json` into `dir` (created). */
export function writeCommentFiles(dir: string, meta: CommentMeta, body: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, COMMENT_FILE), body);
  writeFileSync(join(dir, META_FILE), JSON.stringify(meta, null, 2) + '\n');
}

const MAX_META = 4096;

/**
 * Reads and validates the files (untrusted). The body loses every HTML comment (no hidden text,
 * no forged marker) and is cut to the comment limit at a line.
 * @throws InputError naming the file and what is wrong with it
 */
export function readCommentFiles(dir: string): { meta: CommentMeta; body: string } {
  const metaPath = join(dir, META_FILE);
  const bodyPath = join(dir, COMMENT_FILE);
  for (const p of [metaPath, bodyPath]) if (!existsSync(p) || !statSync(p).isFile()) throw new InputError(`comment artifact: ${p} is missing (was the artifact of the pull request run downloaded into comment-dir?)`);
  if (statSync(metaPath).size > MAX_META) throw new InputError(`comment artifact: ${metaPath} is larger than ${MAX_META} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch (e) {
    throw new InputError(`comment artifact: ${metaPath} is not JSON (${(e as Error).message})`);
  }
  const m = raw as Record<string, unknown>;
  const bad = (field: string) => new InputError(`comment artifact: ${metaPath}: "${field}" is missing or invalid`);
  if (typeof m !== 'object' || m === null) throw bad('(root)');
  if (typeof m.pr !== 'number' || !Number.isSafeInteger(m.pr) || m.pr <= 0) throw bad('pr');
  if (typeof m.headSha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(m.headSha)) throw bad('headSha');
  if (typeof m.workflow !== 'string' || m.workflow.length > 256) throw bad('workflow');
  if (typeof m.configPath !== 'string' || m.configPath.length > 1024) throw bad('configPath');
  // Bounded read: 4x the limit covers any UTF-8 encoding of a body within it.
  const size = statSync(bodyPath).size;
  if (size > COMMENT_LIMIT * 4) throw new InputError(`comment artifact: ${bodyPath} is ${size} bytes, more than any comment GitHub accepts`);
  let body = readFileSync(bodyPath, 'utf8').replace(/<!--[\s\S]*?(-->|$)/g, '');
  const room = COMMENT_LIMIT - 200;
  if (body.length > room) body = body.slice(0, body.lastIndexOf('\n', room)) + '\n\n> [!NOTE]\n> Cut to fit a comment; the full plan is in the job summary of the pull request run.\n';
  return { meta: { pr: m.pr, headSha: m.headSha, workflow: m.workflow, configPath: m.configPath }, body };
}
