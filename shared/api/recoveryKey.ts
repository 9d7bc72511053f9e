// The recovery key shown once when the passphrase lock is turned on (reliability.md A2.5: a
// forgotten passphrase must not mean lost records). 20 random bytes (160 bits) written in
// Crockford's base32: digits and capital letters without I, L, O and U, so nothing looks like
// anything else when copied by hand, in 8 groups of 4 such as "7KQ2-M9XD-…".

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const CHARACTERS = (RECOVERY_KEY_BYTES * 8) / 5;
const GROUP = 4;

/** The key's bytes as the groups a person writes down. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new RangeError('A recovery key has exactly 20 bytes.');
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += ALPHABET.charAt((value >>> bits) & 31);
    }
    value &= (1 << bits) - 1;
  }
  return text.match(new RegExp(`.{${String(GROUP)}}`, 'g'))?.join('-') ?? text;
}

/**
 * What a person typed, tidied the way Crockford's base32 allows: any case, spaces or dashes
 * anywhere, and the letters people confuse with digits (I, L → 1; O → 0). Not checked here.
 */
export function normaliseRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** True when the tidied text has the length and letters of a recovery key. */
export function looksLikeRecoveryKey(typed: string): boolean {
  const tidy = normaliseRecoveryKey(typed);
  return tidy.length === CHARACTERS && [...tidy].every((character) => ALPHABET.includes(character));
}

/** The key's bytes from what a person typed, or undefined if it cannot be one. */
export function parseRecoveryKey(typed: string): Uint8Array | undefined {
  if (!looksLikeRecoveryKey(typed)) return undefined;
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const character of normaliseRecoveryKey(typed)) {
    value = (value << 5) | ALPHABET.indexOf(character);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (value >>> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  return bytes;
}
