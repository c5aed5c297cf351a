// The benchmarks, `pnpm bench`: src/cli.ts bundled for Node and run (see run-ts.mjs).
import { runTypeScript } from './run-ts.mjs';

await runTypeScript('cli', 'cli');
