import sharp, { type Sharp, type SharpOptions } from 'sharp';
import type { ImagePage, IntakeErrorCode, IntakeOutcome } from './intakeTypes';
import { intakeMessage, intakeNotes } from './intakeMessages';
import { imageJpegQuality, maxImageLongSidePx, maxImagePages, maxImagePixels } from './intakeLimits';
import { decodeHeic } from './decodeHeic';

export type ImageType = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heic' | 'avif';

// The worker is long-lived; libvips' operation cache would only hold on to memory between files.
sharp.cache(false);

/**
 * Turns a photo or scan into bundle-ready pages: upright (EXIF orientation applied), at most about
 * 250 dpi on A4, JPEG, and stripped of all metadata (GPS, camera, timestamps), so the export never
 * decodes images again and never leaks where a photo was taken. Every page of a TIFF is kept.
 */
export async function intakeImage(bytes: Uint8Array, fileName: string, type: ImageType): Promise<IntakeOutcome> {
  const refuse = (code: IntakeErrorCode): IntakeOutcome => ({
    kind: 'refused',
    code,
    message: intakeMessage(code, fileName),
  });

  if (type === 'heic') {
    const decoded = await decodeHeic(bytes);
    if (!decoded.ok) return refuse(decoded.reason);
    const page = await normalise(
      sharp(decoded.rgba, {
        raw: { width: decoded.width, height: decoded.height, channels: 4 },
        limitInputPixels: maxImagePixels,
      }),
    );
    return page ? accepted([page]) : refuse('damaged');
  }

  const pageCount = await countPages(bytes, type);
  if (pageCount === 'damaged' || pageCount === 'tooLarge') return refuse(pageCount);
  const pages: ImagePage[] = [];
  for (let index = 0; index < pageCount; index++) {
    const options: SharpOptions = { limitInputPixels: maxImagePixels, failOn: 'error', page: index };
    // Header-only check per page: sharp's own limit would also refuse, but only with library text.
    const size = await readSize(bytes, options);
    if (size === 'damaged' || size === 'tooLarge') return refuse(size);
    const page = await normalise(sharp(bytes, options));
    if (!page) return refuse('damaged');
    pages.push(page);
  }
  return accepted(pages);
}

function accepted(pages: ImagePage[]): IntakeOutcome {
  return { kind: 'images', pages, notes: [intakeNotes.imagesConverted(pages.length)] };
}

// Only TIFF is a document format with pages; other formats' extra frames (animations, bursts,
// thumbnails) are not pages of a letter, so only the first image is taken.
async function countPages(bytes: Uint8Array, type: ImageType): Promise<number | 'damaged' | 'tooLarge'> {
  if (type !== 'tiff') return 1;
  try {
    const { pages = 1 } = await sharp(bytes, { limitInputPixels: false }).metadata();
    return pages > maxImagePages ? 'tooLarge' : pages;
  } catch {
    return 'damaged';
  }
}

async function readSize(bytes: Uint8Array, options: SharpOptions): Promise<'ok' | 'damaged' | 'tooLarge'> {
  try {
    const { width, height } = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
    if (!width || !height) return 'damaged';
    return width * height > maxImagePixels ? 'tooLarge' : 'ok';
  } catch {
    return 'damaged';
  }
}

async function normalise(image: Sharp): Promise<ImagePage | null> {
  try {
    const { data, info } = await image
      .autoOrient()
      .resize({ width: maxImageLongSidePx, height: maxImageLongSidePx, fit: 'inside', withoutEnlargement: true })
      // Transparent areas of PNG/WebP scans would otherwise turn black in a JPEG.
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      // No keepMetadata/withMetadata: sharp writes no EXIF, XMP, IPTC or GPS unless asked to.
      .jpeg({ quality: imageJpegQuality, chromaSubsampling: '4:2:0' })
      .toBuffer({ resolveWithObject: true });
    return {
      jpeg: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch {
    return null;
  }
}
