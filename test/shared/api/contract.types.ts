// Type tests, checked by `npm run typecheck`: each @ts-expect-error below must stay an error, so
// if the contract stops catching a missing schema, handler, preload entry or list entry, the
// typecheck fails.
import type { z } from 'zod';
import type { ApiSpec, HandlersOf, InputSchemasOf, ListMatchesSpec, AppApiOf } from '../../../shared/api/contract';
import type { inputSchemas } from '../../../shared/api/inputSchemas';
import type { API_METHODS } from '../../../shared/api/methods';
import type { Handlers } from '../../../shared/api/contract';

/** The real spec with one more method, as a developer would add it. */
type Grown = ApiSpec & { cases: { duplicate: { input: { id: string }; output: { id: string } } } };

// A method in the spec but not in the method list (so not in the preload): refused.
// @ts-expect-error the list lacks `duplicate`
export const listMustMatch: ListMatchesSpec<typeof API_METHODS, Grown> = true;

// A method in the list but not in the spec: refused.
// @ts-expect-error the spec lacks `extra`
export const specMustMatch: ListMatchesSpec<{ cases: readonly [...(typeof API_METHODS)['cases'], 'extra'] }, ApiSpec> =
  true;

// The real list and spec match.
export const realMatch: ListMatchesSpec<typeof API_METHODS, ApiSpec> = true;

// A method without its schema: refused.
// @ts-expect-error no schema for `duplicate`
export const schemasMustCover: InputSchemasOf<Grown> = {} as typeof inputSchemas;

// A method without its handler: refused.
// @ts-expect-error no handler for `duplicate`
export const handlersMustCover: HandlersOf<Grown> = {} as Handlers;

// A preload object missing the method: refused.
// @ts-expect-error the api lacks `duplicate`
export const apiMustCover: AppApiOf<Grown> = {} as AppApiOf<ApiSpec>;

// A schema whose type does not match the method's input: refused.
// @ts-expect-error wrong input type for cases.get
export const schemaTypeMustMatch: InputSchemasOf<ApiSpec> = {} as Omit<typeof inputSchemas, 'cases'> & {
  cases: Omit<(typeof inputSchemas)['cases'], 'get'> & { get: z.ZodNumber };
};
