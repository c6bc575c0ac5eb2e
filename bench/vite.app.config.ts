// The app's own Vite config, built into bench/.dist-bench/ (so the e2e tests' dist/ is left alone)
// with MapLibre in a chunk of its own, so that "the app's own JS" can be weighed apart from it.
import { mergeConfig } from 'vite';
import base from '../vite.config.ts';

export default mergeConfig(base, {
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
});
