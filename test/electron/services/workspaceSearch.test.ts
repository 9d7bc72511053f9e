import { describe, expect, it } from 'vitest';
import { escapeLike } from '../../../electron/db/repositories/caseSearchRepo';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();

// The helper's today is 2026-11-23.
function seed() {
  const ws = workspace();
  const { services } = ws;
  const make = (name: string, details: { council?: string; tribunalReference?: string }, deadline?: string) => {
    const created = services.cases.create({ name });
    services.cases.updateDetails({ id: created.id, ...details });
    // The deadline column is set directly: these tests are about searching, not working it out.
    if (deadline) ws.db.prepare('UPDATE cases SET deadline = ? WHERE id = ?').run(deadline, created.id);
    return created.id;
  };
  const ids = {
    maya: make('Maya', { council: 'Surrey County Council', tribunalReference: 'EH936/23/00567' }, '2026-12-01'),
    sam: make('Sam 50% plan', { council: 'Kent' }, '2026-11-20'),
    ali: make('Ali_B', { council: 'Surrey County Council' }, '2027-02-01'),
    old: make('Old case', { council: 'Kent' }, '2026-11-25'),
  };
  services.cases.setArchived({ id: ids.old, archived: true });
  const names = (input: Parameters<typeof services.cases.list>[0]) => services.cases.list(input).map((c) => c.name);
  return { ...ws, ids, names };
}

describe('workspace search and filters', () => {
  it('finds by name, council or Tribunal reference, case-insensitively, every word counting', () => {
    const { names } = seed();
    expect(names({ search: 'maya' })).toEqual(['Maya']);
    expect(names({ search: 'surrey' })).toEqual(['Maya', 'Ali_B']);
    expect(names({ search: 'eh936/23' })).toEqual(['Maya']);
    expect(names({ search: 'surrey ali' })).toEqual(['Ali_B']);
    expect(names({ search: '   ' })).toHaveLength(4);
    expect(names({ search: 'nobody' })).toEqual([]);
  });

  it('treats SQL wildcards in the search as ordinary characters', () => {
    const { names } = seed();
    expect(names({ search: '%' })).toEqual(['Sam 50% plan']);
    expect(names({ search: '_' })).toEqual(['Ali_B']);
    expect(names({ search: 'i_b' })).toEqual(['Ali_B']);
    expect(names({ search: '\\' })).toEqual([]);
    expect(names({ search: "'; DROP TABLE cases; --" })).toEqual([]);
    expect(names({})).toHaveLength(4);
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
  });

  it('filters active, archived, deadline within 14 days and late, soonest deadline first', () => {
    const { names } = seed();
    expect(names({ show: 'active' })).toEqual(['Sam 50% plan', 'Maya', 'Ali_B']);
    expect(names({ show: 'archived' })).toEqual(['Old case']);
    // 23 Nov + 14 days = 7 Dec: Maya (1 Dec) is due soon; the archived case is left out.
    expect(names({ show: 'dueSoon' })).toEqual(['Maya']);
    expect(names({ show: 'late' })).toEqual(['Sam 50% plan']);
    expect(names({ show: 'active', search: 'kent' })).toEqual(['Sam 50% plan']);
    expect(names({ show: 'all', sort: 'name' })).toEqual(['Ali_B', 'Maya', 'Old case', 'Sam 50% plan']);
  });

  it('saves the council and reference, normalising the reference and clearing an empty answer', () => {
    const { services, ids } = seed();
    const changed = services.cases.updateDetails({ id: ids.sam, tribunalReference: ' eh886/24/01234 ' });
    expect(changed.tribunalReference).toBe('EH886/24/01234');
    expect(changed.council).toBe('Kent');
    const cleared = services.cases.updateDetails({ id: ids.sam, council: '  ' });
    expect(cleared.council).toBeNull();
    expect(cleared.tribunalReference).toBe('EH886/24/01234');
  });
});
