import type { ErrorCode } from './errors';

/** What crosses the IPC boundary: a value, or an error the renderer can show as it is. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export interface ApiErrorShape {
  code: ErrorCode;
  /** Plain-English text meant for the person using the app. */
  message: string;
  /** Short reference that matches a line in the main-process log (internal errors only). */
  reference?: string;
  /** Field-level problems for forms (validation errors only). */
  fields?: FieldProblem[];
}

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `name`. */
  path: string;
  message: string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
