import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();
const CANARY = 'Zephyrine Quillfeather';

function containsCanary(path: string): { utf8: boolean; utf16: boolean } {
  if (!existsSync(path)) return { utf8: false, utf16: false };
  const bytes = readFileSync(path);
  return { utf8: bytes.includes(Buffer.from(CANARY, 'utf8')), utf16: bytes.includes(Buffer.from(CANARY, 'utf16le')) };
}

describe('delete for good', () => {
  it('leaves no copy of a deleted case’s name in the database file or its WAL', () => {
    const { file, services } = workspace();
    const keep = services.cases.create({ name: 'Sam' });
    const doomed = services.cases.create({ name: CANARY });
    services.cases.updateDetails({ id: doomed.id, council: `${CANARY} Council` });
    services.notes.create({ caseId: doomed.id, body: `Session with ${CANARY}'s mum.` });
    services.timeline.setDate({ caseId: doomed.id, kind: 'hearing', date: '2027-05-10', note: CANARY });
    services.cases.rename({ id: keep.id, name: 'Sam B' });
    // Before deleting, the name really is on disk (in the WAL), so the check below means something.
    const before = [containsCanary(file), containsCanary(`${file}-wal`)];
    expect(before.some((found) => found.utf8)).toBe(true);

    services.cases.delete({ id: doomed.id, confirm: true });

    for (const path of [file, `${file}-wal`, `${file}-journal`]) {
      expect({ path, ...containsCanary(path) }).toEqual({ path, utf8: false, utf16: false });
    }
    expect(services.cases.list({}).map((c) => c.name)).toEqual(['Sam B']);
  });
});
