// The detector comparison, `pnpm bench:detectors`: src/detectors/compare-cli.ts (see run-ts.mjs).
import { runTypeScript } from './run-ts.mjs';

await runTypeScript('detectors/compare-cli', 'detectors');
