import { z } from 'zod';

// Everything the SEND35 / SEND35a asks that the "start a case" facts (caseFacts.ts) do not already
// hold: the fields of the Tribunal's online journey (anchors.md §1a) and the registration checklist
// (send-appeals.md §4). Every field is optional so a half-finished form can be saved as a draft;
// listMissingAnswers.ts says which answers are still needed before the documents are complete.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as year-month-day, for example 2025-03-14');
const shortText = z.string().trim().max(200, 'This answer must be 200 characters or fewer');
const longText = z.string().max(20_000, 'This answer is too long. Keep it under 20,000 characters');
const email = z.string().trim().email('Enter an email address in the correct format, like name@example.com');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{6,20}$/, 'Enter a phone number using only numbers, spaces and the + sign');

/** "EP report, p.12": a page of a stored document, turned into a bundle page at export. */
export const citationSchema = z
  .object({
    documentId: z.string().min(1, 'Choose the document'),
    page: z.number().int('Enter a whole page number').min(1, 'Page numbers start at 1'),
  })
  .strict();

const evidence = z.array(citationSchema).max(100, 'List no more than 100 pieces of evidence here');

/** Sections B and F (§7.4): what the plan says now, what the family wants it to say, why and the evidence. */
export const sectionAnswerSchema = z
  .object({
    currentWording: longText.optional(),
    proposedWording: longText.optional(),
    reasons: longText.optional(),
    evidence: evidence.optional(),
  })
  .strict();

/** Section I (R2.5): the school or college wanted, evidence of contact and, if independent, a place. */
export const placementSchema = z
  .object({
    settingName: shortText.optional(),
    address: longText.optional(),
    /** e.g. "mainstream primary school", "special school", "further education college". */
    settingType: shortText.optional(),
    sector: z.enum(['maintained', 'independent']).optional(),
    dateContacted: isoDate.optional(),
    reply: longText.optional(),
    /** Independent settings only: written confirmation that it can meet needs and has a place. */
    placeConfirmedInWriting: z.boolean().optional(),
    reasons: longText.optional(),
    evidence: evidence.optional(),
  })
  .strict();

/** §8: what the family asks the Tribunal to recommend for one of C, D, G, H1, H2. */
export const recommendationAnswerSchema = z
  .object({
    issue: longText.optional(),
    recommendationSought: longText.optional(),
    evidence: evidence.optional(),
  })
  .strict();

const personName = z
  .object({
    firstName: shortText.optional(),
    lastName: shortText.optional(),
  })
  .strict();

export const otherPersonSchema = z
  .object({
    name: shortText.optional(),
    relationship: shortText.optional(),
    address: longText.optional(),
    hasParentalResponsibility: z.boolean().optional(),
    toldAboutAppeal: z.boolean().optional(),
  })
  .strict();

export const recommendationSectionIds = ['c', 'd', 'g', 'h1', 'h2'] as const;
export type RecommendationSectionId = (typeof recommendationSectionIds)[number];

export const submissionAnswersSchema = z
  .object({
    child: personName
      .extend({
        gender: shortText.optional(),
        schoolOrSetting: shortText.optional(),
        languages: shortText.optional(),
      })
      .strict()
      .optional(),
    appellant: personName
      .extend({
        /** e.g. "mother", "foster carer", "the young person", "deputy". */
        relationship: shortText.optional(),
      })
      .strict()
      .optional(),
    contact: z
      .object({
        address: longText.optional(),
        postcode: shortText.optional(),
        phone: phone.optional(),
        email: email.optional(),
        preferredContact: z.enum(['email', 'phone', 'post']).optional(),
      })
      .strict()
      .optional(),
    /** Up to two more parents or carers on the form, plus anyone else with parental responsibility. */
    otherPeople: z.array(otherPersonSchema).max(10, 'List no more than 10 people').optional(),
    representative: z
      .object({
        name: shortText.optional(),
        organisation: shortText.optional(),
        address: longText.optional(),
        phone: phone.optional(),
        email: email.optional(),
        tribunalShouldContact: z.boolean().optional(),
      })
      .strict()
      .optional(),
    council: z.object({ name: shortText.optional() }).strict().optional(),
    /** Whether the decision followed an annual review (a question on the online form). */
    followsAnnualReview: z.boolean().optional(),
    /** §4 urgency flags: phase transfer, out of education, permanent exclusion. */
    urgency: longText.optional(),
    /** Reasons for appeals that are not about plan wording (refusal to assess, issue, amend, cease). */
    generalReasons: z.object({ reasons: longText.optional(), evidence: evidence.optional() }).strict().optional(),
    sectionB: sectionAnswerSchema.optional(),
    sectionF: sectionAnswerSchema.optional(),
    placement: placementSchema.optional(),
    recommendations: z.partialRecord(z.enum(recommendationSectionIds), recommendationAnswerSchema).optional(),
    mediation: z
      .object({
        hasCertificate: z.boolean().optional(),
        reasonForNoCertificate: longText.optional(),
        adviserName: shortText.optional(),
        adviserOrganisation: shortText.optional(),
        /** Whether the family wants to try mediation before appealing (§5; they do not have to). */
        wantsMediation: z.boolean().optional(),
      })
      .strict()
      .optional(),
    lateAppeal: z.object({ explanation: longText.optional() }).strict().optional(),
    otherAppeals: z
      .object({
        hasOtherAppeals: z.boolean().optional(),
        otherAppealsDetails: longText.optional(),
        hasCourtCases: z.boolean().optional(),
        courtCasesDetails: longText.optional(),
      })
      .strict()
      .optional(),
    hearing: z
      .object({
        /** SEND35a: the family agrees the appeal can be decided on the papers (§4). */
        paperDecisionAgreed: z.boolean().optional(),
        attendance: z.enum(['video', 'inPerson', 'noPreference']).optional(),
        canJoinByVideo: z.boolean().optional(),
        earlierHearingWanted: z.boolean().optional(),
        interpreterLanguage: shortText.optional(),
        reasonableAdjustments: longText.optional(),
      })
      .strict()
      .optional(),
    /** Letter to the council: §4 (missing Section K appendices) and §7.4 (Word copy for the working document). */
    councilRequest: z
      .object({
        planDate: isoDate.optional(),
        missingAppendices: z.array(shortText).max(30, 'List no more than 30 appendices').optional(),
        wantsWordCopy: z.boolean().optional(),
      })
      .strict()
      .optional(),
    declaration: z.object({ name: shortText.optional(), date: isoDate.optional() }).strict().optional(),
  })
  .strict();

export type Citation = z.infer<typeof citationSchema>;
export type SectionAnswer = z.infer<typeof sectionAnswerSchema>;
export type PlacementAnswer = z.infer<typeof placementSchema>;
export type RecommendationAnswer = z.infer<typeof recommendationAnswerSchema>;
export type OtherPerson = z.infer<typeof otherPersonSchema>;
export type SubmissionAnswers = z.infer<typeof submissionAnswersSchema>;
