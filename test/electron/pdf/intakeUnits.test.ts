import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { detectFileType } from '../../../electron/pdf/intake/detectFileType';
import { intakeMessage, wrongPasswordMessage } from '../../../electron/pdf/intake/intakeMessages';
import { intakeFile } from '../../../electron/pdf/intake/intakeFile';
import type { IntakeErrorCode } from '../../../electron/pdf/intake/intakeTypes';
import { storedZip } from '../../fixtures/otherFileFixtures';

const codes: IntakeErrorCode[] = [
  'empty',
  'notSupported',
  'wordDocument',
  'damaged',
  'tooLarge',
  'locked',
  'pageCountUntrusted',
  'timedOut',
  'crashed',
];

describe('intake messages', () => {
  it.each(codes)('%s names the file and says what to do next, in plain words', (code) => {
    const message = intakeMessage(code, 'C:\\Users\\sam\\Downloads\\EHCP final.pdf');
    expect(message).toContain('“EHCP final.pdf”');
    expect(message).not.toMatch(/Error|exception|undefined|stack|xref|EXIF|\bnull\b/i);
    expect(message.split('. ').length).toBeGreaterThanOrEqual(2);
  });

  it('every code has its own message', () => {
    expect(new Set(codes.map((c) => intakeMessage(c, 'f.pdf'))).size).toBe(codes.length);
  });

  it('Word advice covers Word, LibreOffice and Google Docs', () => {
    expect(intakeMessage('wordDocument', 'a.docx')).toMatch(/Word.*LibreOffice.*Google Docs/s);
  });

  it('a wrong password gets its own message', () => {
    expect(wrongPasswordMessage('letter.pdf')).toContain('“letter.pdf”');
  });
});

describe('detectFileType (by bytes, not name)', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  it.each([
    ['empty', new Uint8Array()],
    ['pdf', bytes('%PDF-1.4\n1 0 obj\n')],
    ['pdf', bytes('junk before header %PDF-1.7\n')],
    ['pdf', bytes('1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\nstartxref\n0\n%%EOF')],
    ['jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe1])],
    ['png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['webp', bytes('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['tiff', bytes('II*\u0000')],
    ['tiff', bytes('MM\u0000*')],
    ['heic', bytes('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic')],
    ['avif', bytes('\u0000\u0000\u0000\u001cftypavif\u0000\u0000\u0000\u0000avifmif1miaf')],
    ['avif', bytes('\u0000\u0000\u0000\u0018ftypmif1\u0000\u0000\u0000\u0000avifmif1')],
    ['wordDocument', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['wordDocument', storedZip({ 'word/document.xml': '<w:document/>' })],
    ['unknown', storedZip({ 'x.txt': 'x' })],
    ['unknown', bytes('GIF89a')],
  ] as const)('%s', (type, input) => {
    expect(detectFileType(input)).toBe(type);
  });
});

describe('photo normalisation speed', () => {
  it('normalises a 3000x4000 phone JPEG in well under 0.5 s', async () => {
    const photo = await sharp({
      create: {
        width: 3000,
        height: 4000,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await intakeFile(new Uint8Array(photo), 'warm-up.jpg', {});
    const started = performance.now();
    const outcome = await intakeFile(new Uint8Array(photo), 'IMG_1234.jpg', {});
    const seconds = (performance.now() - started) / 1000;
    console.info(`3000x4000 JPEG normalised in ${seconds.toFixed(3)} s`);
    expect(outcome).toMatchObject({ kind: 'images', pages: [{ width: 2900, height: 2175 }] });
    expect(seconds).toBeLessThan(0.5);
  });
});
