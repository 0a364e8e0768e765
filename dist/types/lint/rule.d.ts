/**
 * What a lint rule is: metadata plus a check over the lint model. One rule per file under
 * src/lint/rules/, documented in docs/rules/<id>.md, with fixtures in fixtures/rules/<id>/.
 */
import type { Severity } from './findings.js';
import type { LintModel, LNode } from './model.js';
export interface RuleContext {
    model: LintModel;
    /**
     * Reports a finding at a directive, or at one of its arguments (index into args).
     * @param message what is wrong and what to do, in one sentence
     */
    report(node: LNode, message: string, arg?: number): void;
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
    check(ctx: RuleContext): void;
}
