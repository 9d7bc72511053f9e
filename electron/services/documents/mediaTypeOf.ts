import { detectFileType } from '../../pdf/intake/detectFileType';

const MEDIA_TYPES: Partial<Record<ReturnType<typeof detectFileType>, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  heic: 'image/heic',
  avif: 'image/avif',
};

/** The media type of an original file, by its bytes (names and extensions are not trusted). */
export function mediaTypeOf(bytes: Uint8Array): string {
  return MEDIA_TYPES[detectFileType(bytes)] ?? 'application/octet-stream';
}
