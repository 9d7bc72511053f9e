import { useLocation } from 'react-router';

/** A one-line confirmation passed with navigation, e.g. "Maya's appeal has been deleted." */
export function useNotice(): string | undefined {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return undefined;
}
