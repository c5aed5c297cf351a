// The phone section alone, `pnpm bench:phone`: src/phone/phone-cli.ts (see run-ts.mjs).
import { runTypeScript } from './run-ts.mjs';

await runTypeScript('phone/phone-cli', 'phone');
