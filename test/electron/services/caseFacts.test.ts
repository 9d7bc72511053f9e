import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/handle';
import { handlersFor } from '../../helpers/handlersFor';
import { AppError } from '../../../shared/api/errors';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();

// Worked example E1 (send-appeals.md §6.4): decision Mon 10 Mar 2025, no certificate -> Mon 12 May 2025.
const refusalToAssess = { decisionType: 'refusalToAssess', decisionDate: '2026-10-10' } as const;

describe('case facts', () => {
  it('saves a half-finished interview and keeps it', () => {
    const { services } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    const saved = services.cases.saveFacts({
      id: created.id,
      facts: { decisionType: 'contents', sections: { b: true } },
    });
    expect(saved.facts).toEqual({ decisionType: 'contents', sections: { b: true } });
    expect(saved.deadline).toBeNull();
    expect(services.cases.get({ id: created.id }).facts).toEqual(saved.facts);
  });

  it('stores the deadline the answers give, and the workspace sorts by it', () => {
    const { services } = workspace();
    const later = services.cases.create({ name: 'Later' });
    const none = services.cases.create({ name: 'No dates yet' });
    const sooner = services.cases.create({ name: 'Sooner' });
    services.cases.saveFacts({ id: later.id, facts: { ...refusalToAssess, decisionDate: '2026-11-02' } });
    const saved = services.cases.saveFacts({ id: sooner.id, facts: refusalToAssess });
    // 10 Oct 2026 + 2 months = Thu 10 Dec 2026, a working day.
    expect(saved.deadline).toBe('2026-12-10');
    expect(services.cases.list({}).map((c) => c.name)).toEqual(['Sooner', 'Later', 'No dates yet']);
    expect(services.cases.list({ sort: 'deadline' }).map((c) => c.id)).toEqual([sooner.id, later.id, none.id]);
  });

  it('refuses facts that are not the interview shape, through the dispatcher', async () => {
    const { services } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    const dispatch = createDispatcher({
      handlers: handlersFor(services),
      isTrustedSender: () => true,
      log: { error: () => undefined },
      newReference: () => 'R',
    });
    for (const facts of [{ decisionType: 'somethingElse' }, { decisionDate: '10/10/2026' }, { extra: true }, []]) {
      const result = await dispatch('cases:saveFacts', { id: created.id, facts }, { url: 'app://bundle/' });
      expect(result.ok).toBe(false);
    }
    expect(services.cases.get({ id: created.id }).facts).toEqual({});
  });
});

describe('calendar file', () => {
  it('saves the deadline and the mediation-adviser date with reminders a week before', async () => {
    const { services, saved } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    services.cases.saveFacts({ id: created.id, facts: refusalToAssess });
    const outcome = await services.cases.exportCalendar({ id: created.id });
    expect(outcome).toEqual({ saved: true, fileName: 'Appeal dates - Maya.ics' });
    const text = readFileSync(saved[0] ?? '', 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20261210');
    expect(text).toContain('SUMMARY:Last day to appeal to the SEND Tribunal\\, by 5pm (Maya)');
    expect(text).toMatch(/TRIGGER:-P7D|TRIGGER:-P1W/);
    expect(text).toContain(`UID:${created.id}-appeal-deadline@appeal-bundle`);
  });

  it('writes nothing when the person cancels, and explains when there is no date yet', async () => {
    const { services } = workspace();
    const created = services.cases.create({ name: 'Maya' });
    await expect(services.cases.exportCalendar({ id: created.id })).rejects.toThrow(AppError);
    await expect(services.cases.exportCalendar({ id: created.id })).rejects.toThrow(/cannot be done yet/);
  });
});
