import { afterAll, describe, expect, it } from 'vitest';
import { createIntakeRunner } from '../../../electron/pdf/intake/intakeRunner';
import { forkNodeWorker } from '../../../electron/pdf/intake/forkNodeWorker';
import { intakeMessage, intakeNotes } from '../../../electron/pdf/intake/intakeMessages';
import type { IntakeOutcome } from '../../../electron/pdf/intake/intakeTypes';
import { buildIntakeWorker } from '../../fixtures/buildIntakeWorker';
import { basePdfFixtures, buildBasePdfs, encryptedPdfFixtures } from '../../fixtures/pdfFixtures';
import { pdfMutationFixtures } from '../../fixtures/pdfMutations';
import { imageFixtures } from '../../fixtures/imageFixtures';
import { otherFileFixtures } from '../../fixtures/otherFileFixtures';
import type { Fixture } from '../../fixtures/intakeFixture';
import { isUprightPattern } from '../../fixtures/checkOrientation';
import { exiftoolJson, independentPageCount, requiresPasswordExit, writeScratch } from '../../fixtures/externalTools';

// The whole generated corpus goes through the real runner and the real compiled worker (one
// worker, reused), and every result is checked with tools that share no code with intake:
// qpdf/pdfinfo for page counts and encryption, exiftool for metadata, pixels for orientation.

const workerPath = await buildIntakeWorker();
const bases = await buildBasePdfs();
const encryptionBases = bases.filter((b) =>
  [
    'text-1p',
    'text-3p',
    'rotate90-2p',
    'scanned-3p',
    'mixed-sizes-4p',
    'form-2p',
    'text-3p-objstm',
    'text-3p-ghostscript',
  ].includes(b.name),
);
const mutationBases = bases.filter((b) =>
  ['text-3p', 'scanned-3p', 'mixed-rotations-4p', 'text-12p', 'text-3p-objstm', 'text-3p-ghostscript'].includes(b.name),
);
const fixtures: Fixture[] = [
  ...basePdfFixtures(bases),
  ...encryptedPdfFixtures(encryptionBases),
  ...pdfMutationFixtures(mutationBases, 10),
  ...(await imageFixtures()),
  ...otherFileFixtures(),
];

const runner = createIntakeRunner({ spawn: forkNodeWorker(workerPath), timeoutMs: 30_000 });
const storedImages: string[] = [];
const startedAt = Date.now();

afterAll(() => {
  runner.close();
  console.info(
    `intake corpus: ${fixtures.length} inputs in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ` +
      `worker peak RSS ${(runner.peakRssBytes() / 1024 ** 2).toFixed(0)} MB, restarts ${runner.restartCount()}`,
  );
});

function expectCatalogued(outcome: IntakeOutcome, fileName: string): void {
  if (outcome.kind === 'refused') expect(outcome.message).toBe(intakeMessage(outcome.code, fileName));
}

/** Stored PDF bytes must open without a password and have exactly the reported pages. */
function checkStoredPdf(outcome: Extract<IntakeOutcome, { kind: 'pdf' }>): void {
  const stored = writeScratch(outcome.storedBytes, 'pdf');
  expect(requiresPasswordExit(stored)).toBe(2);
  expect(independentPageCount(stored)).toBe(outcome.pageCount);
  expect(outcome.pages).toHaveLength(outcome.pageCount);
}

describe('intake corpus', () => {
  it('has at least 300 generated inputs', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(300);
  });

  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const { expect: expected, fileName, bytes } = fixture;
      const outcome = await runner.intake(bytes, fileName);
      expectCatalogued(outcome, fileName);
      switch (expected.kind) {
        case 'pdf': {
          expect(outcome.kind, JSON.stringify(outcome).slice(0, 300)).toBe('pdf');
          if (outcome.kind !== 'pdf') return;
          expect(outcome.pageCount).toBe(expected.pageCount);
          expect(independentPageCount(writeScratch(bytes, 'pdf'))).toBe(outcome.pageCount);
          checkStoredPdf(outcome);
          if (expected.unlocked) expect(outcome.notes).toContain(intakeNotes.unlocked);
          else expect(outcome.notes).toEqual([]);
          if (!fixture.name.includes('scanned-')) expect(outcome.text).toContain('page 1 of');
          const rotation = /rotate(\d+)/.exec(fixture.name)?.[1];
          if (rotation) expect(outcome.pages.every((p) => p.rotation === Number(rotation))).toBe(true);
          break;
        }
        case 'userPassword': {
          expect(outcome).toMatchObject({
            kind: 'needsPassword',
            wrongPassword: false,
            message: intakeMessage('locked', fileName),
          });
          const wrong = await runner.intake(bytes, fileName, { password: 'not-the-password' });
          expect(wrong).toMatchObject({ kind: 'needsPassword', wrongPassword: true });
          const right = await runner.intake(bytes, fileName, { password: expected.password });
          expect(right.kind).toBe('pdf');
          if (right.kind !== 'pdf') return;
          expect(right.pageCount).toBe(expected.pageCount);
          expect(right.notes).toContain(intakeNotes.unlocked);
          checkStoredPdf(right);
          break;
        }
        case 'images': {
          expect(outcome.kind, JSON.stringify(outcome).slice(0, 300)).toBe('images');
          if (outcome.kind !== 'images') return;
          expect(outcome.pages).toHaveLength(expected.pageCount);
          for (const page of outcome.pages) {
            expect([...page.jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
            expect(Math.max(page.width, page.height)).toBeLessThanOrEqual(2900);
            if (expected.upright) expect(await isUprightPattern(page.jpeg, expected.upright)).toBe(true);
            storedImages.push(writeScratch(page.jpeg, 'jpg'));
          }
          break;
        }
        case 'refused':
          expect(outcome).toMatchObject({ kind: 'refused', code: expected.code });
          break;
        case 'mutation': {
          // A damaged file may be repaired or refused, but never hang, never be mistaken for a
          // password-protected file, never take the worker down, and never come in with pages lost
          // or invented.
          expect(outcome.kind).not.toBe('needsPassword');
          if (outcome.kind === 'refused') expect(outcome.code).not.toMatch(/^(timedOut|crashed)$/);
          if (outcome.kind === 'pdf') {
            expect(outcome.pageCount).toBe(expected.basePageCount);
            checkStoredPdf(outcome);
            const original = independentPageCount(writeScratch(bytes, 'pdf'));
            if (original !== null) expect(original).toBe(outcome.pageCount);
          }
          break;
        }
      }
    });
  }

  it('leaves no GPS, camera or other EXIF in any stored image page (exiftool)', () => {
    expect(storedImages.length).toBeGreaterThan(40);
    for (const tags of exiftoolJson(storedImages)) {
      const names = Object.keys(tags);
      expect(
        names.filter((n) => /^(GPS|ExifIFD|IFD0|IFD1|XMP|IPTC|MakerNotes|Composite:GPS)/.test(n)),
        String(tags.SourceFile),
      ).toEqual([]);
      expect(JSON.stringify(tags)).not.toMatch(/FixturePhone|SN-0042|Sam Parent|FixtureOS/);
    }
  });
});
