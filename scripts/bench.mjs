// npm run bench (after npm run build): compiles the benchmarks in test/bench/ (document import,
// bundle export) and runs them against the built worker files in out/intake/. Figures go to stdout.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so the native and WebAssembly packages resolve as they do for the app.
const outDir = path.join(root, 'node_modules', '.cache', 'bench');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, 'benchMain.mjs');
await build({
  entryPoints: [path.join(root, 'test/bench/benchMain.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: [
    'better-sqlite3-multiple-ciphers',
    'sharp',
    '@napi-rs/canvas',
    'heic-decode',
    'pdfjs-dist',
    'pdfjs-dist/*',
    '@cantoo/pdf-lib',
    '@cantoo/fontkit',
    'esbuild',
  ],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
const { runAllBenches } = await import(pathToFileURL(outfile).href);
await runAllBenches(path.join(root, 'out', 'intake'));
