import { TextField } from './TextField';

interface NewPassphraseFieldsProps {
  /** "Choose a passphrase", "New passphrase"… */
  label: string;
  /** "Type the passphrase again"… */
  againLabel: string;
  passphrase: string;
  again: string;
  onPassphraseChange: (value: string) => void;
  onAgainChange: (value: string) => void;
  errorFor: (fieldId: string) => string | undefined;
}

/**
 * A new passphrase typed twice, with advice on choosing one. Used for handover files and the
 * passphrase lock; the ids "passphrase" and "passphrase-again" are what error summaries link to.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  return (
    <>
      <TextField
        id="passphrase"
        label={props.label}
        hint="At least 8 characters. Three random words, like “kettle banjo meadow”, are easy to remember and hard to guess."
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={props.passphrase}
        error={props.errorFor('passphrase')}
        onChange={(event) => props.onPassphraseChange(event.target.value)}
      />
      <TextField
        id="passphrase-again"
        label={props.againLabel}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={props.again}
        error={props.errorFor('passphrase-again')}
        onChange={(event) => props.onAgainChange(event.target.value)}
      />
    </>
  );
}
