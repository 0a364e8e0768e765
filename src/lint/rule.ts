/**
 * What a lint rule is: metadata plus listeners the engine calls on its one walk of the tree
 * (ESLint's model: a rule names the directives it wants to see). One rule per file under
 * src/lint/rules/, documented in docs/rules/<id>.md, with fixtures in fixtures/rules/<id>/.
 */
import type { Directive } from '../parser/types.js';
import type { Severity } from './findings.js';
import type { Block, Tree } from './model.js';

export interface RuleContext {
  tree: Tree;
  /**
   * Reports a finding at a directive, or at one of its arguments (index into args).
   * @param file index into `tree.files` of the directive's file (a listener's `file`, Block.file, fileIn())
   * @param message what is wrong and what to do, in one sentence
   */
  report(d: Directive, file: number, message: string, arg?: number): void;
}

/**
 * Called for each directive of the listened-to name, in document order with includes expanded (a
 * directive in a file included twice is seen twice).
 * @param d the directive
 * @param at the block it stands in (`at.ctx` is its context)
 * @param file index into `tree.files` of the file it is written in
 * @param self for a block directive, the Block it opens (its contents); undefined for a simple one
 */
export type Listener = (d: Directive, at: Block, file: number, self: Block | undefined) => void;

export interface Listeners {
  /**
   * Listeners by selector: a directive name (entries of map-like blocks by their key), called in
   * every context, or `name@ctx` for the directives of that name standing in context `ctx` only
   * (the Block's `ctx`: `server@http` is a virtual server, not an upstream's `server` entry), or
   * `name@prefix*` for the contexts that start with `prefix` (`proxy_pass@http>*`). The engine
   * picks the listeners once per context, not once per directive.
   */
  on?: Record<string, Listener>;
  /**
   * Listeners as `on` (same selectors), called only for a directive with a `$` in an argument: a
   * variable or capture reference. For the checks of what a value is built from; the engine tests
   * each directive once for all of them instead of calling each (most values hold no variable).
   */
  withVariables?: Record<string, Listener>;
  /** Called once after the walk (rules about the whole configuration decide here). */
  end?: () => void;
}

export interface Rule {
  /** Fixed id (kebab-case; gixy's plugin names for the checks gixy makes). */
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** What the rule rests on: nginx documentation or source, gixy, a standard. */
  source: string;
  /** `main`: runs only on a whole configuration, never on a fragment. */
  scope?: 'main';
  /**
   * What the rule finds, nginx itself refuses (`nginx -t` fails there too): the sandboxed nginx -t's
   * error on the same line says the same, and is dropped as a repeat of the finding.
   */
  refusal?: true;
  /**
   * What the rule finds, nginx -t warns about: the sandboxed nginx -t's [warn] on the same line says
   * the same, and is dropped as a repeat of the finding.
   */
  nginxWarns?: true;
  /** Sets the rule up for one lint run: its listeners (and state in their closure). */
  create(ctx: RuleContext): Listeners;
}
