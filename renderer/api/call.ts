import type { Result } from '../../shared/api/result';
import { ApiError } from './ApiError';

/** Awaits an API call and returns its value, or throws an ApiError for React Query to hold. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
