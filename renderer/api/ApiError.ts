import type { ApiErrorShape } from '../../shared/api/result';

/** A failed call, carrying the plain-English message and field problems from the main process. */
export class ApiError extends Error {
  readonly shape: ApiErrorShape;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.shape = shape;
  }
}
