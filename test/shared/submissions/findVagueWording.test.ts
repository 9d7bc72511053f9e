import { describe, expect, it } from 'vitest';
import { findVagueWording, type VagueRuleId } from '../../../shared/submissions/findVagueWording';

// send-appeals.md §10 and Code of Practice 9.69: Section F must be specific and quantified.

const flagged: [string, VagueRuleId, string][] = [
  ['Sam will have access to a speech and language therapist.', 'accessTo', 'access to'],
  ['He will have regular sessions with a SALT.', 'regular', 'regular'],
  ['A TA will check in regularly with Sam.', 'regular', 'regularly'],
  ['Movement breaks as required.', 'asRequired', 'as required'],
  ['Sensory breaks as needed.', 'asRequired', 'as needed'],
  ['Sam will be given opportunities to practise social skills.', 'opportunities', 'opportunities'],
  ['Support with reading and writing.', 'support', 'Support'],
  ['Sam would benefit from a social skills group.', 'wouldBenefitFrom', 'would benefit from'],
  ['Sam may need help at lunchtime.', 'may', 'may'],
  ['The school should provide a quiet space.', 'should', 'should'],
  ['Up to 3 sessions of occupational therapy per term by an OT.', 'upTo', 'Up to'],
  ['Periodic review of his programme by the SENCO.', 'periodic', 'Periodic'],
  ['Ongoing advice from the educational psychologist.', 'ongoing', 'Ongoing'],
  ['Visual timetables will be used where appropriate.', 'whereAppropriate', 'where appropriate'],
  ['A laptop will be provided if possible.', 'ifPossible', 'if possible'],
  ['Sam will work in a small group for literacy with a teacher daily for 30 minutes.', 'smallGroup', 'small group'],
  ['Input from a specialist teacher.', 'inputFrom', 'Input from'],
  ['Speech and language therapy.', 'amountMissing', 'Speech and language'],
  ['Weekly occupational therapy sessions.', 'amountMissing', 'therapy'],
  ['A literacy intervention for 20 minutes daily.', 'amountMissing', 'intervention'],
];

const specific: string[] = [
  '1:1 speech and language therapy for 45 minutes weekly by a qualified SALT.',
  'Sam will have 1:1 support from a trained teaching assistant for 25 hours a week.',
  'A specialist teacher of the deaf will teach Sam for 1 hour twice a week.',
  'Occupational therapy: 30-minute sessions, once a week, delivered by an HCPC-registered occupational therapist.',
  'Sam will be taught in a group of no more than 6 pupils by a qualified teacher for 5 hours each week.',
  'The SENCO will review the programme with Sam’s parents once each half-term for 30 minutes.',
  'Sam will be supported by a full-time 1:1 teaching assistant throughout the school day.',
  'The class teacher will use a visual timetable with Sam every morning for 10 minutes.',
  'The EP report of 12 May 2025 sets out his needs.',
  'A reading intervention (Toe by Toe) for 20 minutes daily, delivered by a trained TA.',
  'Sam has a severe language disorder.',
];

describe('findVagueWording', () => {
  it.each(flagged)('flags %s as %s', (sentence, rule, phrase) => {
    const findings = findVagueWording(sentence);
    const finding = findings.find((f) => f.rule === rule);
    expect(finding, JSON.stringify(findings)).toBeDefined();
    expect(finding?.phrase).toBe(phrase);
    expect(sentence.slice(finding?.start, finding?.end)).toBe(phrase);
    expect(finding?.prompt.length).toBeGreaterThan(20);
  });

  it.each(specific)('finds nothing in already specific wording: %s', (sentence) => {
    expect(findVagueWording(sentence)).toEqual([]);
  });

  it('gives spans into the whole text across several sentences, in order', () => {
    const textValue =
      '1:1 speech and language therapy for 45 minutes weekly by a qualified SALT. Sam should have regular support.';
    const findings = findVagueWording(textValue);
    expect(findings.map((f) => f.rule)).toEqual(['should', 'regular', 'support']);
    for (const f of findings) expect(textValue.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('asks who, what, how often, for how long and by whom', () => {
    const [finding] = findVagueWording('Access to a quiet room.');
    expect(finding?.prompt).toMatch(/who/);
    expect(finding?.prompt).toMatch(/how often/);
    expect(finding?.prompt).toMatch(/how long/);
    expect(findVagueWording('Speech and language therapy.')[0]?.prompt).toMatch(/how often.*for how long.*who/);
  });

  it('does not mistake the month of May for "may"', () => {
    expect(findVagueWording('Sam had a SALT assessment in May 2025.')).toEqual([]);
    expect(findVagueWording('The plan dated 3 May 2025 is wrong.')).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(findVagueWording('')).toEqual([]);
  });
});
