// Build step: ships src/styles.css as dist/styles.css (the `@liveframe/react/styles.css` export).
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../src/styles.css', import.meta.url);
const to = new URL('../dist/styles.css', import.meta.url);
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
copyFileSync(from, to);
console.log('copied styles.css to dist/');
