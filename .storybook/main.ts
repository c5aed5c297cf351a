import type { StorybookConfig } from '@storybook/react-vite';

// Workspace packages resolve to their sources (the `source` export condition), so stories
// always show the code as it is, without a build first.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/*/stories/**/*.mdx', '../packages/*/stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: ['./public'],
  core: {
    // Nothing leaves the developer's machine: no telemetry, no version check.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};

export default config;
