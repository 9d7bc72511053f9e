import { useEffect } from 'react';

/**
 * Moves focus to the page's heading when a lock screen appears. These screens replace whatever
 * was on show without a change of address (the app locked itself, or the person switched to the
 * recovery key), so Page's own focus move after navigation does not happen.
 */
export function useHeadingFocus(): void {
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);
}
