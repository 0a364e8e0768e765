/** Entry of the GitHub Action (bundled to dist/index.js; action.yml runs it with node24). */
import { run } from './main.js';

await run();
