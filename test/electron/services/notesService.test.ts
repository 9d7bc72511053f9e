import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();
const missing = '00000000-0000-4000-8000-000000000000';

describe('notes service', () => {
  it('adds, lists (newest first), edits and deletes a case’s notes, keeping cases apart', () => {
    const { services } = workspace();
    const maya = services.cases.create({ name: 'Maya' });
    const sam = services.cases.create({ name: 'Sam' });
    const first = services.notes.create({ caseId: maya.id, body: 'First session: went through the letter.' });
    const second = services.notes.create({ caseId: maya.id, body: 'Second session.' });
    services.notes.create({ caseId: sam.id, body: 'Sam only.' });
    expect(services.notes.list({ caseId: maya.id }).map((n) => n.body)).toEqual([
      'Second session.',
      'First session: went through the letter.',
    ]);

    const edited = services.notes.update({ id: first.id, body: 'First session: letter checked.' });
    expect(edited.body).toBe('First session: letter checked.');
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt > first.updatedAt).toBe(true);

    expect(services.notes.delete({ id: second.id, confirm: true })).toEqual({ deleted: true });
    expect(services.notes.list({ caseId: maya.id }).map((n) => n.id)).toEqual([first.id]);
    expect(services.notes.list({ caseId: sam.id })).toHaveLength(1);
  });

  it('says NOT_FOUND for a missing case or note', () => {
    const { services } = workspace();
    for (const run of [
      () => services.notes.list({ caseId: missing }),
      () => services.notes.create({ caseId: missing, body: 'x' }),
      () => services.notes.update({ id: missing, body: 'x' }),
      () => services.notes.delete({ id: missing, confirm: true }),
    ]) {
      expect(run).toThrow(AppError);
    }
  });
});
