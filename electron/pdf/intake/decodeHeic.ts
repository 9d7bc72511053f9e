import { maxImagePixels } from './intakeLimits';

export type HeicDecodeResult =
  { ok: true; width: number; height: number; rgba: Uint8Array } | { ok: false; reason: 'tooLarge' | 'damaged' };

// sharp's bundled libvips reads HEIC metadata but has no HEVC decoder, so iPhone photos are decoded
// with libheif compiled to WebAssembly. libheif applies the HEIF rotation/mirror boxes itself, so
// the pixels come out upright. Dimensions are checked before decoding: decoding is the bomb.
export async function decodeHeic(bytes: Uint8Array): Promise<HeicDecodeResult> {
  const { default: heic } = await import('heic-decode');
  let images: Awaited<ReturnType<typeof heic.all>>;
  try {
    images = await heic.all({ buffer: bytes });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  try {
    const primary = images[0];
    if (!primary) return { ok: false, reason: 'damaged' };
    if (primary.width * primary.height > maxImagePixels) return { ok: false, reason: 'tooLarge' };
    const decoded = await primary.decode();
    return {
      ok: true,
      width: decoded.width,
      height: decoded.height,
      rgba: new Uint8Array(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength),
    };
  } catch {
    return { ok: false, reason: 'damaged' };
  } finally {
    images.dispose();
  }
}
