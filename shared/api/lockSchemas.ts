import { z } from 'zod';
import './plainZodErrors';
import { newPassphraseSchema } from './handoverSchemas';
import { looksLikeRecoveryKey } from './recoveryKey';

// Input schemas of the lock namespace (re-exported by schemas.ts): the optional passphrase lock
// on the whole workspace (issue 7; reliability.md A2.5 and B5). Passphrases are only ever input:
// no method returns one, and nothing logs a call's input.

/** How long the app may sit untouched before it locks itself, in minutes. */
export const IDLE_MINUTES_CHOICES = [5, 10, 15, 30, 60] as const;
/** Ten minutes unless the person chooses otherwise (reliability.md B5). */
export const DEFAULT_IDLE_MINUTES = 10;

/** The passphrase already set: checked by decrypting, so only presence and size here. */
const currentPassphrase = z
  .string({ error: 'Enter your passphrase.' })
  .min(1, { error: 'Enter your passphrase.' })
  .max(1024, { error: 'The passphrase must be 1,024 characters or fewer.' });

export const recoveryKeySchema = z
  .string({ error: 'Enter your recovery key.' })
  .min(1, { error: 'Enter your recovery key.' })
  .max(200, { error: 'A recovery key has 32 letters and numbers, in 8 groups of 4.' })
  .refine(looksLikeRecoveryKey, {
    error: 'A recovery key has 32 letters and numbers, in 8 groups of 4. Check it against the copy you saved.',
  });

export const lockStatusInput = z.object({}).strict();
export const lockNowInput = z.object({}).strict();

export const unlockInput = z.object({ passphrase: currentPassphrase }).strict();

export const unlockWithRecoveryKeyInput = z
  .object({ recoveryKey: recoveryKeySchema, newPassphrase: newPassphraseSchema })
  .strict();

export const setPassphraseInput = z.object({ passphrase: newPassphraseSchema }).strict();

export const changePassphraseInput = z.object({ currentPassphrase, newPassphrase: newPassphraseSchema }).strict();

export const removePassphraseInput = z
  .object({
    passphrase: currentPassphrase,
    // The screen asks first; the flag makes a stray or replayed call harmless.
    confirm: z.literal(true, { error: 'Confirm that you want to turn off the passphrase lock.' }),
  })
  .strict();

export const idleMinutesSchema = z.literal(IDLE_MINUTES_CHOICES, {
  error: 'Choose how long Appeal Bundle waits before it locks itself.',
});

export const setIdleMinutesInput = z.object({ minutes: idleMinutesSchema }).strict();

export type IdleMinutes = (typeof IDLE_MINUTES_CHOICES)[number];
export type LockStatusInput = z.input<typeof lockStatusInput>;
export type LockNowInput = z.input<typeof lockNowInput>;
export type UnlockInput = z.input<typeof unlockInput>;
export type UnlockWithRecoveryKeyInput = z.input<typeof unlockWithRecoveryKeyInput>;
export type SetPassphraseInput = z.input<typeof setPassphraseInput>;
export type ChangePassphraseInput = z.input<typeof changePassphraseInput>;
export type RemovePassphraseInput = z.input<typeof removePassphraseInput>;
export type SetIdleMinutesInput = z.input<typeof setIdleMinutesInput>;
