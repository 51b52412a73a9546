import { defineConfig } from 'vite';
import { fineOutlinesPlugin } from '../../build/fine-outlines-plugin.ts';

/** Builds the baseline page with the same Vite as the app, and the app's fine European outlines (npm run bench). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [fineOutlinesPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
