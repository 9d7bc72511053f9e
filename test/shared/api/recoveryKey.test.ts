import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  looksLikeRecoveryKey,
  parseRecoveryKey,
  RECOVERY_KEY_BYTES,
} from '../../../shared/api/recoveryKey';

const keyBytes = fc.uint8Array({ minLength: RECOVERY_KEY_BYTES, maxLength: RECOVERY_KEY_BYTES });

describe('recovery key format', () => {
  it('writes 20 bytes as 8 groups of 4 unambiguous characters, and reads them back exactly', () => {
    fc.assert(
      fc.property(keyBytes, (bytes) => {
        const text = formatRecoveryKey(bytes);
        expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(parseRecoveryKey(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts it typed as people type: any case, spaces instead of dashes, O for 0 and I or L for 1', () => {
    const bytes = Uint8Array.from({ length: RECOVERY_KEY_BYTES }, (_, i) => (i * 37 + 11) % 256);
    const text = formatRecoveryKey(bytes);
    const sloppy = text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l');
    expect(parseRecoveryKey(`  ${sloppy} `)).toEqual(bytes);
  });

  it('refuses text that cannot be a recovery key', () => {
    const text = formatRecoveryKey(new Uint8Array(RECOVERY_KEY_BYTES).fill(200));
    for (const wrong of ['', 'not a key', text.slice(0, -1), `${text}A`, text.replace(/^./, 'U')]) {
      expect(looksLikeRecoveryKey(wrong)).toBe(false);
      expect(parseRecoveryKey(wrong)).toBeUndefined();
    }
    expect(() => formatRecoveryKey(new Uint8Array(19))).toThrow(RangeError);
  });
});
