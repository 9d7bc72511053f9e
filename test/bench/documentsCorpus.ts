import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { hasTool, run, scratchPath, writeScratch } from '../fixtures/externalTools';
import { patternImage } from '../fixtures/imageFixtures';
import { buildPdf } from '../fixtures/pdfFixtures';
import { randomInt, seededRandom } from '../fixtures/seededRandom';

// The corpus of issue 4's benchmark, generated in code: 60 PDFs of 1-40 pages (text and scanned
// pages, some landscape, some /Rotate 90, some rewritten by Ghostscript), and 40 phone photos at
// 3000x4000 (30 JPEG with every EXIF orientation, 10 PNG). Written to disk, as a family's files are.

export interface CorpusFile {
  path: string;
  fileName: string;
  kind: 'pdf' | 'photo';
  pages: number;
}

const a4: [number, number] = [595.28, 841.89];
const a4Landscape: [number, number] = [841.89, 595.28];

async function pdfs(folder: string, random: () => number): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const ghostscript = hasTool('gs');
  for (let i = 0; i < 60; i++) {
    // Skewed towards short letters, with some long reports: about 960 pages in all.
    const pages = random() < 0.5 ? randomInt(random, 1, 12) : randomInt(random, 13, 40);
    const landscape = i % 5 === 0;
    const rotated = i % 7 === 0;
    const scannedShare = i % 3 === 0 ? 1 : i % 3 === 1 ? 0.25 : 0;
    const specs = Array.from({ length: pages }, () => ({
      size: landscape ? a4Landscape : a4,
      ...(rotated ? { rotation: 90 } : {}),
      scanned: random() < scannedShare,
    }));
    let bytes: Uint8Array = await buildPdf(`bench-${String(i)}`, specs);
    if (ghostscript && i % 6 === 5) {
      const output = scratchPath('gs.pdf');
      run('gs', [
        '-q',
        '-dNOPAUSE',
        '-dBATCH',
        '-dSAFER',
        '-sDEVICE=pdfwrite',
        `-sOutputFile=${output}`,
        writeScratch(bytes, 'pdf'),
      ]);
      bytes = new Uint8Array(readFileSync(output));
    }
    const fileName = `document-${String(i).padStart(2, '0')}.pdf`;
    writeFileSync(join(folder, fileName), bytes);
    files.push({ path: join(folder, fileName), fileName, kind: 'pdf', pages });
  }
  return files;
}

/** A 12-megapixel "photo of a letter": paper, a coloured pattern and sensor-like noise. */
async function photoPixels(seed: number, width: number, height: number): Promise<Sharp> {
  const pattern = await patternImage(width > height ? 'landscape' : 'portrait', Math.round(width * 0.6))
    .png()
    .toBuffer();
  const base = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 236, g: 232, b: 224 },
      noise: { type: 'gaussian', mean: 0, sigma: 6 + (seed % 4) },
    },
  })
    .composite([{ input: pattern, gravity: 'centre', blend: 'multiply' }])
    .raw()
    .toBuffer();
  return sharp(base, { raw: { width, height, channels: 3 } });
}

async function photos(folder: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  for (let i = 0; i < 40; i++) {
    const png = i >= 30;
    const orientation = png ? 1 : (i % 8) + 1;
    // Orientations 5-8 are stored on their side: the sensor's 4000x3000 for a 3000x4000 picture.
    const [width, height] = orientation >= 5 ? [4000, 3000] : [3000, 4000];
    const image = (await photoPixels(i, width, height))
      .withMetadata({ orientation })
      .withExifMerge({ IFD0: { Make: 'BenchPhone', Model: 'BP-12' } });
    const bytes = png
      ? await image.png({ compressionLevel: 6 }).toBuffer()
      : await image.jpeg({ quality: 88 }).toBuffer();
    const fileName = png ? `scan-${String(i)}.png` : `IMG_${String(4000 + i)}.JPG`;
    writeFileSync(join(folder, fileName), bytes);
    files.push({ path: join(folder, fileName), fileName, kind: 'photo', pages: 1 });
  }
  return files;
}

export async function writeDocumentsCorpus(folder: string): Promise<CorpusFile[]> {
  return [...(await pdfs(folder, seededRandom(2026))), ...(await photos(folder))];
}
