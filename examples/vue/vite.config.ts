import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

// Builds the example Vue host into examples/vue/dist. `attune-widgets` resolves to this package
// itself (its built dist/), exactly as it would from node_modules.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue({
      // attune-* tags are custom elements, not Vue components: Vue creates them as they are.
      template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('attune-')}},
    }),
  ],
  base: './',
  build: {outDir: 'dist', emptyOutDir: true},
  logLevel: 'warn',
});
