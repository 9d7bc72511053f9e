import { z } from 'zod';
import { decisionTypeIds } from './decisionTypes';
import { letterItemIds } from './checkDecisionLetter';

// Only the shape is checked here, so that a half-typed date can still be saved as a draft;
// validateCaseDates explains impossible dates (like 30 February) in plain words.
const isoDateShape = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD');

const letterTicksSchema = z.partialRecord(z.enum(letterItemIds), z.boolean());

/**
 * Answers from the "start a case" interview. Everything is optional so a half-finished
 * interview is still valid and can be assessed for what is known so far.
 */
export const caseFactsSchema = z
  .object({
    decisionType: z.enum(decisionTypeIds).optional(),
    /** Parts of the plan disputed (contents appeals, or combined with refusal to amend / cease – R2.8). */
    sections: z
      .object({
        b: z.boolean().optional(),
        f: z.boolean().optional(),
        i: z.enum(['namedSchoolOrType', 'noSchoolNamed']).nullable().optional(),
      })
      .strict()
      .optional(),
    /** For a disagreement that cannot be appealed: is there also a decision that can be (§9 S2)? */
    alsoHasAppealableDecision: z.boolean().optional(),
    decisionDate: isoDateShape.optional(),
    certificateDate: isoDateShape.optional(),
    dateOfBirth: isoDateShape.optional(),
    youngPersonHasCapacity: z.union([z.boolean(), z.literal('unsure')]).optional(),
    letter: letterTicksSchema.optional(),
  })
  .strict();

export type CaseFacts = z.infer<typeof caseFactsSchema>;
