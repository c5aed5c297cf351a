import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertDemoBuilt } from './start-demo-preview.js';

let root = '';

afterEach(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

async function checkoutWith(files: string[]): Promise<string> {
  root = await mkdtemp(join(tmpdir(), 'liveframe-demo-built-'));
  for (const file of files) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), '');
  }
  return root;
}

describe('assertDemoBuilt', () => {
  it.each([
    {
      present: [],
      missing:
        'apps/demo/dist/index.html, packages/proxy/dist/index.js, packages/proxy-server/dist/index.js, packages/core/dist/index.js are',
    },
    {
      present: [
        'apps/demo/dist/index.html',
        'packages/proxy-server/dist/index.js',
        'packages/core/dist/index.js',
      ],
      missing: 'packages/proxy/dist/index.js is',
    },
  ])('fails, saying to run pnpm build, when $missing missing', async ({ present, missing }) => {
    const checkout = await checkoutWith(present);
    expect(() => assertDemoBuilt(checkout)).toThrow(
      `and ${missing} missing. Run \`pnpm build\` first`,
    );
  });

  it('passes when the demo, the proxy and the core are built', async () => {
    const checkout = await checkoutWith([
      'apps/demo/dist/index.html',
      'packages/proxy/dist/index.js',
      'packages/proxy-server/dist/index.js',
      'packages/core/dist/index.js',
    ]);
    expect(() => assertDemoBuilt(checkout)).not.toThrow();
  });
});
