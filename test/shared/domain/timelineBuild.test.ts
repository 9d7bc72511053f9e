import { describe, expect, it } from 'vitest';
import { buildTimeline, sortReminders } from '../../../shared/domain/buildTimeline';
import type { CaseFacts } from '../../../shared/domain/caseFacts';
import type { EnteredDate, Reminder } from '../../../shared/domain/timelineTypes';

const TODAY = '2026-11-23';
const base = { caseId: 'c1', caseName: 'Maya', today: TODAY };
// Refusal to assess, decision 12 Oct 2026: last day to appeal Monday 14 Dec 2026 (see workspace.spec.ts).
const facts: CaseFacts = { decisionType: 'refusalToAssess', decisionDate: '2026-10-12' };
const entered = (kind: EnteredDate['kind'], date: string, note: string | null = null): EnteredDate => ({
  kind,
  date,
  note,
});

describe('buildTimeline', () => {
  it('merges dates from the answers with the Tribunal’s dates, in date order, marking past, soon and later', () => {
    const { entries } = buildTimeline({
      ...base,
      facts,
      entered: [entered('hearing', '2027-05-10', 'Video hearing'), entered('councilResponseDue', '2026-12-01')],
    });
    expect(entries.map((e) => [e.kind, e.date, e.source, e.status])).toEqual([
      ['decisionLetter', '2026-10-12', 'answers', 'past'],
      ['councilResponseDue', '2026-12-01', 'tribunalLetter', 'soon'],
      ['appealDeadline', '2026-12-14', 'answers', 'later'],
      ['hearing', '2027-05-10', 'tribunalLetter', 'later'],
    ]);
    expect(entries.at(-1)?.note).toBe('Video hearing');
    expect(entries[1]?.daysAway).toBe(8);
  });

  it('orders dates on the same day by their stage in the appeal', () => {
    const { entries } = buildTimeline({
      ...base,
      facts: {},
      entered: [entered('caseReviewForm', '2027-01-10'), entered('finalEvidence', '2027-01-10')],
    });
    expect(entries.map((e) => e.kind)).toEqual(['finalEvidence', 'caseReviewForm']);
  });

  it('leaves out dates the answers cannot use (impossible or in the future)', () => {
    const { entries } = buildTimeline({
      ...base,
      facts: { decisionType: 'refusalToAssess', decisionDate: '2027-01-01' },
      entered: [],
    });
    expect(entries).toEqual([]);
  });

  it.each<[string, { facts: CaseFacts; entered: EnteredDate[] }, [string, string][]]>([
    ['nothing entered: no reminders', { facts: {}, entered: [] }, []],
    ['today counts as soon', { facts: {}, entered: [entered('finalEvidence', TODAY)] }, [['finalEvidence', 'soon']]],
    ['14 days ahead is soon', { facts: {}, entered: [entered('bundle', '2026-12-07')] }, [['bundle', 'soon']]],
    ['15 days ahead is not yet', { facts: {}, entered: [entered('bundle', '2026-12-08')] }, []],
    [
      'a missed family deadline is overdue',
      { facts: {}, entered: [entered('caseReviewForm', '2026-11-20')] },
      [['caseReviewForm', 'overdue']],
    ],
    [
      'a past council date is not overdue for the family',
      { facts: {}, entered: [entered('councilResponseDue', '2026-11-20')] },
      [],
    ],
    ['registration is never a reminder', { facts: {}, entered: [entered('registration', '2026-11-25')] }, []],
    [
      'the appeal deadline stops mattering once the appeal is registered',
      {
        facts: { decisionType: 'refusalToAssess', decisionDate: '2026-09-20' },
        entered: [entered('registration', '2026-11-01')],
      },
      [],
    ],
    [
      'a passed appeal deadline is overdue until the appeal is registered',
      { facts: { decisionType: 'refusalToAssess', decisionDate: '2026-09-20' }, entered: [] },
      [['appealDeadline', 'overdue']],
    ],
    [
      'after the hearing nothing is pending',
      { facts: {}, entered: [entered('caseReviewForm', '2026-10-01'), entered('hearing', '2026-11-22')] },
      [],
    ],
  ])('%s', (_name, input, expected) => {
    const { reminders } = buildTimeline({ ...base, ...input });
    expect(reminders.map((r) => [r.kind, r.urgency])).toEqual(expected);
  });

  it('sorts reminders from many cases: overdue first, then soonest', () => {
    const r = (caseName: string, date: string, urgency: Reminder['urgency']): Reminder => ({
      caseId: caseName,
      caseName,
      kind: 'bundle',
      label: 'Bundle',
      date,
      daysAway: 0,
      urgency,
      action: '',
    });
    const sorted = sortReminders([
      r('B', '2026-12-01', 'soon'),
      r('A', '2026-11-30', 'soon'),
      r('C', '2026-11-01', 'overdue'),
    ]);
    expect(sorted.map((x) => x.caseName)).toEqual(['C', 'A', 'B']);
  });
});
