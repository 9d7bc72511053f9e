import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles a TypeScript fixture program so a child Node process can run it. */
export async function buildProgram(entry: string, outFolder: string): Promise<string> {
  const outfile = join(outFolder, 'program.cjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: [
      'better-sqlite3-multiple-ciphers',
      'sharp',
      '@napi-rs/canvas',
      'heic-decode',
      'pdfjs-dist',
      '@cantoo/pdf-lib',
      '@cantoo/fontkit',
    ],
    // Native modules resolve from the project's node_modules, not from the temp folder.
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}
