import { AppError } from '../../shared/api/errors';

/**
 * Recognises failures we can explain (our own AppErrors and SQLite's storage errors) so that they
 * reach the person with a useful message instead of "something went wrong".
 */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return new AppError('STORAGE_FULL', { cause: error });
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('STORAGE_READ_ONLY', { cause: error });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('DATABASE_BUSY', { cause: error });
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new AppError('DATABASE_DAMAGED', { cause: error });
  }
  return undefined;
}
