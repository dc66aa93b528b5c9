import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Pre-bundle what the stories import, so Vite never reloads a test halfway to add a
  // dependency it found late (and so there is one copy of Lit).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directives/keyed.js',
        'lit/directives/repeat.js',
        'zod/mini',
      ],
    },
  }),
};
export default config;
