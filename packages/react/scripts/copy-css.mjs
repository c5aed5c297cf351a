// Build step: ships src/styles.css as dist/styles.css (the `@liveframe/react/styles.css` export),
// with an empty declaration beside it so TypeScript resolves the side-effect import.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';

const from = new URL('../src/styles.css', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
copyFileSync(from, new URL('styles.css', dist));
writeFileSync(
  new URL('styles.css.d.ts', dist),
  '// `import "@liveframe/react/styles.css"` only adds the stylesheet; it exports nothing.\nexport {};\n',
);
console.log('copied styles.css (and its declaration) to dist/');
