import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeRunner, type IntakeRunner } from '../../../electron/pdf/intake/intakeRunner';
import { forkNodeWorker } from '../../../electron/pdf/intake/forkNodeWorker';
import { intakeMessage } from '../../../electron/pdf/intake/intakeMessages';
import { buildIntakeWorker } from '../../fixtures/buildIntakeWorker';
import { buildPdf } from '../../fixtures/pdfFixtures';

// The watchdog: a worker that freezes, dies or eats memory costs one file, gets a catalogue
// message, and the next file is handled by a fresh worker.

let runner: IntakeRunner;
let goodPdf: Uint8Array;

beforeAll(async () => {
  const workerPath = await buildIntakeWorker('test/fixtures/misbehavingIntakeWorker.ts');
  runner = createIntakeRunner({
    spawn: forkNodeWorker(workerPath),
    timeoutMs: 3_000,
    memoryLimitBytes: 600 * 1024 ** 2,
  });
  goodPdf = await buildPdf('runner', [{}, {}]);
});

afterAll(() => runner.close());

async function expectStillWorking(): Promise<void> {
  const next = await runner.intake(goodPdf, 'after.pdf');
  expect(next).toMatchObject({ kind: 'pdf', pageCount: 2 });
}

describe('intake runner watchdog', () => {
  it('handles a normal file', async () => {
    await expectStillWorking();
  });

  it('stops a frozen worker at the time limit, says so, and keeps working', async () => {
    const started = Date.now();
    const outcome = await runner.intake(goodPdf, 'freeze.pdf');
    expect(outcome).toEqual({ kind: 'refused', code: 'timedOut', message: intakeMessage('timedOut', 'freeze.pdf') });
    expect(Date.now() - started).toBeLessThan(6_000);
    await expectStillWorking();
  });

  it('reports a worker that dies as crashed and keeps working', async () => {
    const outcome = await runner.intake(goodPdf, 'crash.pdf');
    expect(outcome).toEqual({ kind: 'refused', code: 'crashed', message: intakeMessage('crashed', 'crash.pdf') });
    await expectStillWorking();
  });

  it('kills a worker that goes over the memory limit and calls the file too large', async () => {
    const outcome = await runner.intake(goodPdf, 'balloon.pdf');
    expect(outcome).toEqual({ kind: 'refused', code: 'tooLarge', message: intakeMessage('tooLarge', 'balloon.pdf') });
    expect(runner.peakRssBytes()).toBeGreaterThan(600 * 1024 ** 2);
    await expectStillWorking();
  });

  it('queues files and answers each in order', async () => {
    const names = ['a.pdf', 'freeze.pdf', 'b.pdf', 'crash.pdf', 'c.pdf'];
    const outcomes = await Promise.all(names.map((name) => runner.intake(goodPdf, name)));
    expect(outcomes.map((o) => (o.kind === 'refused' ? o.code : o.kind))).toEqual([
      'pdf',
      'timedOut',
      'pdf',
      'crashed',
      'pdf',
    ]);
    expect(runner.restartCount()).toBeGreaterThanOrEqual(5);
  });
});
