import { defineConfig } from 'vitest/config';

// One test run for the whole repo. Workspace packages resolve to their sources through the
// `source` export condition, so tests never need a build first.
const conditions = ['source', 'module', 'browser', 'development|production'];
const nodeConditions = ['source', 'module', 'node', 'development|production'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['source'] } },
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: '../../tsconfig.json',
          },
        },
      },
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['source'] } },
        test: {
          name: 'proxy',
          root: 'packages/proxy',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: '../../tsconfig.json',
          },
        },
      },
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['source'] } },
        test: {
          name: 'proxy-server',
          root: 'packages/proxy-server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: '../../tsconfig.json',
          },
        },
      },
      {
        resolve: { conditions },
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.{ts,tsx}'],
            tsconfig: '../../tsconfig.json',
          },
        },
      },
      {
        resolve: { conditions: nodeConditions },
        test: {
          // Real-browser tests (Chromium, fake camera): slow, one file at a time.
          name: 'e2e',
          root: '.',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // After the unit projects, so browsers do not compete with them for the CPU.
          sequence: { groupOrder: 1 },
        },
      },
      {
        resolve: { conditions: nodeConditions },
        ssr: { resolve: { conditions: nodeConditions, externalConditions: ['source'] } },
        test: {
          name: 'demo',
          root: 'apps/demo',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          // Benchmark helpers, and the initial-JS size budget on the built packages.
          name: 'bench',
          root: 'bench',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
