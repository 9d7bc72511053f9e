import { z } from 'zod';
import './plainZodErrors';
import { caseFactsSchema } from '../domain/caseFacts';
import { CASE_FILTERS, caseSearchSchema } from './workspaceSchemas';

// Input schemas: every IPC message is hostile until one of these has parsed it. The same schemas
// drive the renderer's forms, so a message here is what a person sees next to the field.

const caseId = z.uuid({ error: 'That case reference is not valid.' });

/** A name for the case, usually the child's or young person's first name. */
export const caseNameSchema = z
  .string({ error: 'Enter a name for this appeal.' })
  .trim()
  .min(1, { error: 'Enter a name for this appeal.' })
  .max(120, { error: 'The name must be 120 characters or fewer.' })
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
    error: 'The name must not contain hidden control characters.',
  });

export const listCasesInput = z
  .object({
    /** `deadline` (default): soonest last day to appeal first; `updated`: most recently changed first. */
    sort: z.enum(['deadline', 'updated', 'name']).optional(),
    /** Words to find in the name, council or Tribunal reference (issue 7). */
    search: caseSearchSchema.optional(),
    /** Which cases to show; all of them by default. */
    show: z.enum(CASE_FILTERS).optional(),
  })
  .strict();

export const caseRefInput = z.object({ id: caseId }).strict();

export const createCaseInput = z.object({ name: caseNameSchema }).strict();

export const renameCaseInput = z.object({ id: caseId, name: caseNameSchema }).strict();

export const setArchivedInput = z.object({ id: caseId, archived: z.boolean() }).strict();

export const deleteCaseInput = z
  .object({
    id: caseId,
    // The UI asks "are you sure?" first; the flag makes a stray or replayed call harmless.
    confirm: z.literal(true, { error: 'Confirm that you want to delete this appeal.' }),
  })
  .strict();

export const saveFactsInput = z.object({ id: caseId, facts: caseFactsSchema }).strict();

export type ListCasesInput = z.output<typeof listCasesInput>;
export type CaseRefInput = z.input<typeof caseRefInput>;
export type CreateCaseInput = z.input<typeof createCaseInput>;
export type RenameCaseInput = z.input<typeof renameCaseInput>;
export type SetArchivedInput = z.input<typeof setArchivedInput>;
export type DeleteCaseInput = z.input<typeof deleteCaseInput>;
export type SaveFactsInput = z.input<typeof saveFactsInput>;
export * from './documentSchemas';
export * from './workspaceSchemas';
export * from './bundleSchemas';
export * from './handoverSchemas';
export * from './submissionSchemas';
export * from './lockSchemas';
