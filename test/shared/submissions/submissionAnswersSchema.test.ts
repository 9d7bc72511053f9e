import { describe, expect, it } from 'vitest';
import { submissionAnswersSchema } from '../../../shared/submissions/submissionAnswersSchema';
import { ALL_FIXTURES } from '../../fixtures/submissions/submissionCases';

describe('submissionAnswersSchema', () => {
  it('accepts an empty, half-finished form', () => {
    expect(submissionAnswersSchema.safeParse({}).success).toBe(true);
    expect(submissionAnswersSchema.safeParse({ child: { firstName: 'Sam' }, sectionF: {} }).success).toBe(true);
  });

  it.each(ALL_FIXTURES.map((f) => [f.name, f.answers] as const))('accepts the %s fixture', (_name, answers) => {
    expect(submissionAnswersSchema.safeParse(answers).error).toBeUndefined();
  });

  it.each([
    [{ contact: { email: 'not an email' } }, 'Enter an email address in the correct format, like name@example.com'],
    [{ contact: { phone: 'call me' } }, 'Enter a phone number using only numbers, spaces and the + sign'],
    [{ declaration: { date: '23/11/2026' } }, 'Enter the date as year-month-day, for example 2025-03-14'],
    [{ sectionF: { evidence: [{ documentId: 'ep', page: 0 }] } }, 'Page numbers start at 1'],
    [{ sectionF: { evidence: [{ documentId: '', page: 2 }] } }, 'Choose the document'],
  ])('explains a mistake in plain English: %j', (answers, message) => {
    const result = submissionAnswersSchema.safeParse(answers);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it('rejects unknown fields, so a typo in a saved draft is caught', () => {
    expect(submissionAnswersSchema.safeParse({ chlid: {} }).success).toBe(false);
  });
});
