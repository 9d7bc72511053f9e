import { newPassphraseSchema } from '../../../shared/api/schemas';
import type { SummaryItem } from '../../components/ErrorSummary';

/** The passphrase is long enough and typed the same twice; otherwise what to fix, by field. */
export function checkPassphrases(first: string, second: string): SummaryItem[] {
  const parsed = newPassphraseSchema.safeParse(first);
  if (!parsed.success)
    return [{ fieldId: 'passphrase', message: parsed.error.issues[0]?.message ?? 'Enter a passphrase.' }];
  if (second === '') return [{ fieldId: 'passphrase-again', message: 'Enter the passphrase again.' }];
  if (second !== first)
    return [
      { fieldId: 'passphrase-again', message: 'The two passphrases are different. Type the same one in both boxes.' },
    ];
  return [];
}
