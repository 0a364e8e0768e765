/**
 * How a deploy's statuses read in reports (text, job summary, comments). Kept apart from the
 * rollout so that report code does not load the SSH stack.
 */
export declare const STATUS_TEXT: Record<'deployed' | 'rolled-back' | 'unchanged' | 'failed', string>;
