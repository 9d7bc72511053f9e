import { createRequire } from 'node:module';
import path from 'node:path';

// pdf.js in Node reads its fonts, CMaps, ICC profiles and WebAssembly decoders (JPEG 2000, JBIG2)
// from disk. Without them scanned pages in those formats or CJK text come out blank, so the paths
// are resolved from the installed package next to this bundle rather than left to defaults.
export function pdfjsAssetDirs(): { standardFonts: string; cMaps: string; wasm: string; icc: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => path.join(root, name) + path.sep;
  return { standardFonts: dir('standard_fonts'), cMaps: dir('cmaps'), wasm: dir('wasm'), icc: dir('iccs') };
}
