import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();

describe('timeline service', () => {
  it('stores Tribunal dates (one of each kind), merges them with the answers and removes them', () => {
    const { services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    services.cases.saveFacts({ id: maya.id, facts: { decisionType: 'refusalToAssess', decisionDate: '2026-10-12' } });
    services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-05-10', note: 'By video' });
    const replaced = services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-05-17', note: '' });
    expect(replaced.entries.map((e) => [e.kind, e.date, e.note])).toEqual([
      ['decisionLetter', '2026-10-12', null],
      ['appealDeadline', '2026-12-14', null],
      ['hearing', '2027-05-17', null],
    ]);
    const removed = services.timeline.removeDate({ caseId: maya.id, kind: 'hearing' });
    expect(removed.entries.map((e) => e.kind)).toEqual(['decisionLetter', 'appealDeadline']);
    expect(() => services.timeline.removeDate({ caseId: maya.id, kind: 'hearing' })).toThrow(AppError);
  });

  it('collects reminders from active cases only, most urgent first', () => {
    const { services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    const sam = services.cases.create({ name: 'Sam' });
    const archived = services.cases.create({ name: 'Archived' });
    services.timeline.setDate({ caseId: maya.id, kind: 'finalEvidence', date: '2026-12-01' });
    services.timeline.setDate({ caseId: sam.id, kind: 'caseReviewForm', date: '2026-11-20' });
    services.timeline.setDate({ caseId: archived.id, kind: 'finalEvidence', date: '2026-11-24' });
    services.cases.setArchived({ id: archived.id, archived: true });
    expect(services.timeline.reminders({}).map((r) => [r.caseName, r.kind, r.urgency])).toEqual([
      ['Sam', 'caseReviewForm', 'overdue'],
      ['Maya', 'finalEvidence', 'soon'],
    ]);
  });

  it('exports the whole timeline as a calendar file, and refuses when there are no dates', async () => {
    const { services, saved } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    await expect(services.timeline.exportCalendar({ caseId: maya.id })).rejects.toThrow(AppError);
    services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-05-10', note: 'Room 2' });
    services.timeline.setDate({ caseId: maya.id, kind: 'bundle', date: '2027-04-26' });
    const outcome = await services.timeline.exportCalendar({ caseId: maya.id });
    expect(outcome).toEqual({ saved: true, fileName: 'Appeal timeline - Maya.ics' });
    const ics = readFileSync(saved[0] ?? '', 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270510');
    expect(ics).toContain('Room 2');
    expect(ics).toContain(`UID:${maya.id}-timeline-hearing@appeal-bundle`);
  });

  it('dates and notes go with their case when it is deleted', () => {
    const { db, services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    services.timeline.setDate({ caseId: maya.id, kind: 'hearing', date: '2027-05-10' });
    services.notes.create({ caseId: maya.id, body: 'Met mum at the library.' });
    services.cases.delete({ id: maya.id, confirm: true });
    const count = (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table}`).pluck().get();
    expect(count('case_dates')).toBe(0);
    expect(count('case_notes')).toBe(0);
  });
});
