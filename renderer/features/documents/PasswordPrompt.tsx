import { useEffect, useRef, useState } from 'react';
import { TextField } from '../../components/TextField';

interface PasswordPromptProps {
  itemKey: string;
  fileName: string;
  message: string;
  wrongPassword: boolean;
  onSubmit: (password: string) => void;
}

/** Asks for the password of a locked PDF, right under its line in the progress list. */
export function PasswordPrompt({ itemKey, fileName, message, wrongPassword, onSubmit }: PasswordPromptProps) {
  const [password, setPassword] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // After a wrong password the person will type again: the box is ready for them.
  useEffect(() => {
    if (wrongPassword) input.current?.focus();
  }, [wrongPassword]);
  const [empty, setEmpty] = useState(false);
  const id = `password-${itemKey}`;
  const error = empty ? 'Enter the password.' : wrongPassword ? message : undefined;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (password === '') return setEmpty(true);
        setEmpty(false);
        onSubmit(password);
      }}
    >
      {wrongPassword ? null : <p className="govuk-body">{message}</p>}
      <TextField
        id={id}
        ref={input}
        label={`Password for “${fileName}”`}
        error={error}
        className="govuk-input--width-20"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Open with this password
      </button>
    </form>
  );
}
