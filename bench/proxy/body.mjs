// The request the proxy benchmarks send: a ~100 KB selfie as our client posts it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const proxyRequire = createRequire(join(root, 'packages/proxy/package.json'));

/** A ~100 KB selfie: the portrait fixture re-encoded by jpeg-js at quality 55. */
export function makeImage() {
  const { decode, encode } = proxyRequire('jpeg-js');
  const portrait = readFileSync(join(root, '..', 'shared', 'fixtures', 'images', 'portrait.jpg'));
  return encode(decode(portrait, { useTArray: true }), 55).data;
}

/** `{"image":"<base64>"}` of {@link makeImage}, as bytes. */
export function makeBody() {
  return Buffer.from(JSON.stringify({ image: makeImage().toString('base64') }));
}
