// The bench's own pages: a bare MapLibre page and a Leaflet peer, built next to the app in
// bench/.dist-bench/bench/ so that they read the same data/ folder.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: here('.dist-bench/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: 'hidden',
    rolldownOptions: { input: { bare: here('bare/index.html'), peer: here('peer/index.html') } },
  },
});
