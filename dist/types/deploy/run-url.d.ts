/** Where an Actions run can be read, from the runner's environment. */
/** The URL of this Actions run (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID), or '' outside Actions. */
export declare function runUrl(): string;
