import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passphraseBytes, unwrapKey, wrapKey, type WrappedKey } from '../../../electron/workspace/keyWrapping';
import { QUICK_KDF } from './lockWorkspace';

const flip = (base64: string) => {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64');
};

describe('wrapping the data key', () => {
  it('unwraps with the same secret, and with nothing else', async () => {
    const dataKey = randomBytes(32);
    const wrap = await wrapKey(dataKey, passphraseBytes('kettle banjo meadow'), 'passphrase', QUICK_KDF);
    expect(await unwrapKey(wrap, passphraseBytes('kettle banjo meadow'), 'passphrase')).toEqual(dataKey);
    expect(await unwrapKey(wrap, passphraseBytes('kettle banjo meadow!'), 'passphrase')).toBeUndefined();
    // The same wrap does not pass as the recovery key's.
    expect(await unwrapKey(wrap, passphraseBytes('kettle banjo meadow'), 'recoveryKey')).toBeUndefined();
  });

  it('treats the same words in another Unicode form as the same passphrase', async () => {
    const dataKey = randomBytes(32);
    const wrap = await wrapKey(dataKey, passphraseBytes('caf\u00e9 au lait'), 'passphrase', QUICK_KDF);
    expect(await unwrapKey(wrap, passphraseBytes('cafe\u0301 au lait'), 'passphrase')).toEqual(dataKey);
  });

  it('fails when any stored field was changed', async () => {
    const dataKey = randomBytes(32);
    const secret = passphraseBytes('kettle banjo meadow');
    const wrap = await wrapKey(dataKey, secret, 'passphrase', QUICK_KDF);
    const changed: WrappedKey[] = [
      { ...wrap, wrapped: flip(wrap.wrapped) },
      { ...wrap, kdf: { ...wrap.kdf, salt: flip(wrap.kdf.salt) } },
      { ...wrap, kdf: { ...wrap.kdf, N: wrap.kdf.N * 2 } },
      { ...wrap, cipher: { ...wrap.cipher, nonce: flip(wrap.cipher.nonce) } },
      { ...wrap, wrapped: Buffer.from(wrap.wrapped, 'base64').subarray(1).toString('base64') },
    ];
    for (const wrong of changed) expect(await unwrapKey(wrong, secret, 'passphrase')).toBeUndefined();
  });
});
