import type { NginxTestReport } from './index.js';
/** One line: `nginx -t: passed (local runner, nginx 1.22.1, 9 notices ...)` or why it was not run. */
export declare function verdictLine(r: NginxTestReport): string;
/** Text: `file:line:col: notice: message` per notice, then the verdict line. */
export declare function reportText(r: NginxTestReport): string;
/** Workflow commands: `::notice file=...::message` per notice, and the verdict as a notice. */
export declare function reportGithub(r: NginxTestReport): string;
/** The JSON form (findings are listed with the other findings, not here). */
export declare function reportJson(r: NginxTestReport): object;
/** Markdown for the job summary: verdict, the nginx build, the stand-ins. */
export declare function reportMarkdown(r: NginxTestReport): string;
