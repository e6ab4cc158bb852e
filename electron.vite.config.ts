import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for the three Electron targets. The main target also emits the browser-mode
 * host (web.js) and the command line (cli.js): both are plain Node programs that share
 * main's services and never load electron.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/electron/index.ts'),
          web: resolve(import.meta.dirname, 'src/main/web/index.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require packages: bundle zod and the contract in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or require project files: one CJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // The browser mode serves these files over HTTP: ship them small.
      minify: true,
      // One ~750 kB bundle (mostly PatternFly), read from disk or loopback: no need to split.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
});
