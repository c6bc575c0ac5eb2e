// The app's own Vite config, built into bench/.dist-bench/ (so the e2e tests' dist/ is left alone)
// with MapLibre in a chunk of its own, so that "the app's own JS" can be weighed apart from it.
import { defineConfig, mergeConfig, type ConfigEnv, type UserConfig } from 'vite';
import base from '../vite.config.ts';

// The app's config is a function of the mode (it reads VITE_BASEMAP_STYLE for the CSP).
export default defineConfig((env: ConfigEnv) => mergeConfig((base as (e: ConfigEnv) => UserConfig)(env), {
  build: {
    outDir: 'bench/.dist-bench',
    emptyOutDir: true,
    // Maps are written but not referenced by the code, so no browser fetches them; the profiler reads them.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
}));
