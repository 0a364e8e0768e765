#!/usr/bin/env node
/** Entry of the `nginx-gitops` command (bundled to dist/cli.js). */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
