import { defineConfig } from 'vitest/config';
import { loadEnv } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspPlugin } from './csp';

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), cspPlugin(loadEnv(mode, process.cwd(), 'VITE_').VITE_BASEMAP_STYLE)],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Two pages: the app, and embed.html (a built-in story's map without the side panel, for iframes).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          // Geometry and 5 MB texts take seconds on a loaded 2-core machine: a timeout is not what these test.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
