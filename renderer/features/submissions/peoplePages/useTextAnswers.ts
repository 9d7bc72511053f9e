import { useState, type ChangeEvent } from 'react';

type TextValues<K extends string> = Record<K, string>;

/**
 * The text boxes of one page, starting from the saved answers (an unanswered box starts empty).
 * `bind(key)` gives a box its value and change handler.
 */
export function useTextAnswers<K extends string>(saved: Record<K, string | undefined>) {
  const [values, setValues] = useState<TextValues<K>>(() => {
    const start = {} as TextValues<K>;
    for (const key of Object.keys(saved) as K[]) start[key] = saved[key] ?? '';
    return start;
  });
  const set = (key: K, value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const bind = (key: K) => ({
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, event.target.value),
  });
  return { values, set, bind };
}
