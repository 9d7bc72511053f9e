import { z } from 'zod';

// The .appealcase file, byte by byte:
//   "APPEALCASE" (10 bytes) | format version (1 byte) | header length (4 bytes, big-endian)
//   | header (UTF-8 JSON: KDF name and parameters, salt, cipher name, nonce) | ciphertext | tag (16 bytes)
// Everything before the ciphertext is passed to the cipher as additional authenticated data, so a
// changed parameter, salt or nonce fails decryption just as a changed body byte does.

export const MAGIC = Buffer.from('APPEALCASE', 'ascii');
export const FORMAT_VERSION = 1;
export const TAG_BYTES = 16;
const PREFIX_BYTES = MAGIC.length + 1 + 4;
/** A header is a few hundred bytes; anything far bigger is not one of ours. */
const MAX_HEADER_BYTES = 4096;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const powerOfTwo = (n: number) => (n & (n - 1)) === 0;

// Limits on what a file may ask for: the KDF runs before the passphrase can be checked, so a
// crafted file must not be able to make it take minutes or gigabytes.
const headerSchema = z
  .object({
    kdf: z
      .object({
        name: z.literal('scrypt'),
        N: z
          .int()
          .min(2 ** 14)
          .max(2 ** 20)
          .refine(powerOfTwo),
        r: z.int().min(1).max(32),
        p: z.int().min(1).max(16),
        salt: base64,
      })
      .strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), nonce: base64 }).strict(),
  })
  .strict();

export type HandoverHeader = z.infer<typeof headerSchema>;

/** The header bytes that start the file (and are authenticated with it). */
export function encodeHeader(header: HandoverHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt8(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 1);
  return Buffer.concat([prefix, json]);
}

/** Splits a file into its header, the header's bytes, the ciphertext and the tag; undefined if it is not one. */
export function decodeFile(
  file: Uint8Array,
): { header: HandoverHeader; aad: Buffer; ciphertext: Buffer; tag: Buffer } | undefined {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < PREFIX_BYTES + TAG_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (bytes.readUInt8(MAGIC.length) !== FORMAT_VERSION) return undefined;
  const headerLength = bytes.readUInt32BE(MAGIC.length + 1);
  const bodyStart = PREFIX_BYTES + headerLength;
  if (headerLength > MAX_HEADER_BYTES || bodyStart + TAG_BYTES > bytes.length) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.subarray(PREFIX_BYTES, bodyStart).toString('utf8'));
  } catch {
    return undefined;
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) return undefined;
  return {
    header: header.data,
    aad: bytes.subarray(0, bodyStart),
    ciphertext: bytes.subarray(bodyStart, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  };
}
