import { z } from 'zod';
import './plainZodErrors';

// Input schemas of the handover namespace (re-exported by schemas.ts): one case, encrypted with a
// passphrase, handed from an adviser to a family or back (issue 7).

/** The largest handover file the app reads. A whole case with its scans fits; it is held in memory. */
export const MAX_HANDOVER_BYTES = 500 * 1024 * 1024;

/** The fewest characters a new passphrase may have. */
export const MIN_PASSPHRASE_LENGTH = 8;

const caseId = z.uuid({ error: 'That case reference is not valid.' });

/** A new passphrase: long enough to resist guessing, with a hint a person can act on. */
export const newPassphraseSchema = z
  .string({ error: 'Enter a passphrase.' })
  .min(1, { error: 'Enter a passphrase.' })
  .min(MIN_PASSPHRASE_LENGTH, {
    error: `The passphrase must be at least ${String(MIN_PASSPHRASE_LENGTH)} characters. Three random words, like "kettle banjo meadow", are easy to say and hard to guess.`,
  })
  .max(1024, { error: 'The passphrase must be 1,024 characters or fewer.' });

/** The passphrase someone was given: checked by decrypting, so only presence and size here. */
const givenPassphrase = z
  .string({ error: 'Enter the passphrase you were given with the file.' })
  .min(1, { error: 'Enter the passphrase you were given with the file.' })
  .max(1024, { error: 'The passphrase must be 1,024 characters or fewer.' });

export const exportHandoverInput = z
  .object({
    caseId,
    passphrase: newPassphraseSchema,
    /** Session notes are the adviser's; they go in the file only when the person ticks the box. */
    includeNotes: z.boolean(),
  })
  .strict();

/** What to do when the case in the file is already on this computer. */
export const HANDOVER_CHOICES = ['keepBoth', 'replace'] as const;

export const importHandoverInput = z
  .object({
    bytes: z
      // custom rather than instanceof: any Uint8Array will do, whatever buffer is behind it.
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        error: 'The file could not be read. Choose it again.',
      })
      .refine((bytes) => bytes.byteLength <= MAX_HANDOVER_BYTES, {
        error: 'This file is too large to be a case file from Appeal Bundle.',
      }),
    passphrase: givenPassphrase,
    /** Absent on the first try; given once the person has seen both versions and chosen. */
    choice: z.enum(HANDOVER_CHOICES, { error: 'Choose what to do with the case in the file.' }).optional(),
  })
  .strict();

export type ExportHandoverInput = z.input<typeof exportHandoverInput>;
export type ImportHandoverInput = z.input<typeof importHandoverInput>;
export type HandoverChoice = (typeof HANDOVER_CHOICES)[number];
