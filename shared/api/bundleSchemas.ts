import { z } from 'zod';
import './plainZodErrors';

// Input schemas of the bundle namespace (re-exported by schemas.ts). The options schema also drives
// the bundle screen's form, so each message is what a person sees next to the field.

const caseId = z.uuid({ error: 'That case reference is not valid.' });
const documentId = z.uuid({ error: 'That document reference is not valid.' });

export const bundleCaseInput = z.object({ caseId }).strict();

export const saveBundleOrderInput = z
  .object({
    caseId,
    sections: z
      .array(
        z
          .object({
            sectionId: z.enum(['A', 'B', 'C'], { error: 'That section is not valid.' }),
            documentIds: z.array(documentId).max(5000, { error: 'That is more documents than a bundle can have.' }),
          })
          .strict(),
      )
      .max(3, { error: 'A bundle has at most three sections.' }),
  })
  .strict();

export const emailBudgetMbSchema = z
  .number({ error: 'Enter the largest email you can send, in MB, for example 20.' })
  .min(1, { error: 'The email size must be at least 1 MB.' })
  .max(1000, { error: 'The email size must be 1,000 MB or less.' });

export const saveBundleOptionsInput = z
  .object({
    caseId,
    sectionPrefixes: z.boolean(),
    dividerPages: z.boolean(),
    emailBudgetMb: emailBudgetMbSchema,
  })
  .strict();

export const exportBundleInput = z.object({ caseId, split: z.boolean() }).strict();

export const exportRefInput = z.object({ exportId: z.uuid({ error: 'That export reference is not valid.' }) }).strict();

/** "Try an example appeal" takes nothing: the example is always the same fictional family. */
export const createExampleInput = z.object({}).strict();

export type CreateExampleInput = z.input<typeof createExampleInput>;
export type BundleCaseInput = z.input<typeof bundleCaseInput>;
export type SaveBundleOrderInput = z.input<typeof saveBundleOrderInput>;
export type SaveBundleOptionsInput = z.input<typeof saveBundleOptionsInput>;
export type ExportBundleInput = z.input<typeof exportBundleInput>;
export type ExportRefInput = z.input<typeof exportRefInput>;
