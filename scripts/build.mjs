// Builds everything `npm start`, `npm run dev:browser` and the tests run:
//   out/main/index.cjs      Electron main process (CommonJS, native modules left external)
//   out/preload/index.cjs   sandboxed preload (one self-contained file: sandboxed preloads cannot require files)
//   out/renderer/           the React app (Vite)
//   out/harness/            loopback browser harness: server.mjs and the page's api.js
//   out/intake/             document worker processes (ESM): intakeWorker.mjs and thumbnailWorker.mjs
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

const NATIVE = [
  'electron',
  'better-sqlite3-multiple-ciphers',
  'sharp',
  '@napi-rs/canvas',
  'heic-decode',
  'pdfjs-dist',
  '@cantoo/pdf-lib',
  '@cantoo/fontkit',
  // PDFKit (inside pdfmake) reads its font metrics from data files next to its own code through
  // __dirname, which a bundle would point elsewhere (CJS) or leave undefined (ESM).
  'pdfmake',
];
// Worker libraries with native code, WebAssembly or their own asset files load from node_modules
// (pdf.js finds its fonts and decoders next to its package), as in test/fixtures/buildIntakeWorker.ts.
const WORKER_EXTERNALS = ['sharp', '@napi-rs/canvas', 'heic-decode', 'pdfjs-dist', 'pdfjs-dist/*', '@cantoo/pdf-lib'];
// APPEAL_BUNDLE_OUT=out-<name> builds into another folder inside the project (so node_modules
// still resolves), letting two builds or test runs go side by side.
const out = process.env.APPEAL_BUNDLE_OUT ?? 'out';
const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', target: 'node22' };

rmSync(out, { recursive: true, force: true });
await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: `${out}/main/index.cjs`,
    platform: 'node',
    format: 'cjs',
    external: NATIVE,
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: `${out}/preload/index.cjs`,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    entryPoints: ['test/harness/server.ts'],
    outfile: `${out}/harness/server.mjs`,
    platform: 'node',
    format: 'esm',
    external: NATIVE,
    // Lets bundled CommonJS dependencies call require() inside an ES module.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  }),
  ...[
    ['electron/pdf/intake/intakeWorker.ts', `${out}/intake/intakeWorker.mjs`],
    ['electron/pdf/thumbnails/thumbnailWorker.ts', `${out}/intake/thumbnailWorker.mjs`],
  ].map(([entry, outfile]) =>
    esbuild({ ...common, entryPoints: [entry], outfile, platform: 'node', format: 'esm', external: WORKER_EXTERNALS }),
  ),
  esbuild({
    ...common,
    entryPoints: ['test/harness/browserApi.ts'],
    outfile: `${out}/harness/api.js`,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`Built ${out}/main, ${out}/preload, ${out}/renderer, ${out}/harness and ${out}/intake.`);
