import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

// Builds the example React host into examples/react/dist. `attune-widgets` resolves to this
// package itself (its built dist/), exactly as it would from node_modules.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  base: './',
  build: {outDir: 'dist', emptyOutDir: true},
  logLevel: 'warn',
});
