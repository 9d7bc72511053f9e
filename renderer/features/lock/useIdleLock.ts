import { useEffect } from 'react';

/** What counts as someone using the app. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` once nobody has used the keyboard, mouse or screen in this window for `minutes`
 * (issue 7: lock after a configurable idle time). Activity only records the time; one timer
 * checks it when the time could be up, so moving the mouse costs nothing.
 */
export function useIdleLock(minutes: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (minutes === null) return undefined;
    const limit = minutes * 60 * 1000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const quietFor = Date.now() - lastActivity;
      if (quietFor >= limit) onIdle();
      else timer = setTimeout(check, limit - quietFor);
    };
    const noteActivity = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, noteActivity, { passive: true, capture: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, noteActivity, { capture: true });
    };
  }, [minutes, onIdle]);
}
