export type Mode = 'check' | 'plan' | 'comment' | 'deploy' | 'rollback' | 'status';
/**
 * The mode for an event when `mode` is `auto`: pull_request -> check, push -> deploy,
 * workflow_dispatch -> rollback, workflow_run -> comment.
 * @throws InputError for an event with no default mode
 */
export declare function modeForEvent(event: string | undefined): Mode;
/** Resolves the `mode` input. */
export declare function resolveMode(input: string, event: string | undefined): Mode;
/** The action's entry. Never throws: failures go to core.setFailed. */
export declare function run(): Promise<void>;
/** A boolean input: true/false (any case), empty = `def`. @throws InputError otherwise */
export declare function booleanInput(name: string, def: boolean): boolean;
/** The event payload the runner wrote (GITHUB_EVENT_PATH), or {} when there is none. */
export declare function readEvent(): Record<string, any>;
