import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delay` milliseconds (so checks run after typing pauses). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
