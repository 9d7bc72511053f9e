import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { planBundle } from '../../shared/bundle/planBundle';
import type { PlanBundleInput } from '../../shared/bundle/bundleTypes';
import type { BundleCorpus } from '../fixtures/bundle/bundleCorpus';
import { buildProgram } from '../helpers/buildProgram';

// Issue 5's benchmark, as a function: our full export (cover, index, links, stamps, bookmarks, page
// labels) against a baseline measured in the same run: qpdf merging the same stored pages, then
// qpdf --overlay of a stamp PDF. Each export runs in its own process so peak RSS is its own.

export interface RunFigures {
  wallMs: number;
  /** User + system CPU: steadier than wall time on a busy machine. */
  cpuMs: number | null;
  maxRssKb: number | null;
  bytes: number;
}

export interface BenchFigures {
  pages: number;
  ours: RunFigures;
  reexportAfterMove: RunFigures;
  baseline: RunFigures & { mergeMs: number; overlayMs: number };
  ratios: { time: number; cpu: number | null; reexportTime: number; size: number; rss: number | null };
}

/** The run with the median wall time (runs >= 1). */
function medianRun<T extends { wallMs: number }>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('No benchmark runs');
  return middle;
}

function timed(command: string, args: string[]): { wallMs: number; cpuMs: number | null; maxRssKb: number | null } {
  // GNU time gives the child's peak RSS; without it, wall time only.
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', command, ...args], { encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.error) {
    const plain = spawnSync(command, args);
    if (plain.status !== 0 && plain.status !== 3) throw new Error(`${command} failed`);
    return { wallMs, cpuMs: null, maxRssKb: null };
  }
  if (result.status !== 0 && result.status !== 3) throw new Error(`${command} failed: ${result.stderr}`);
  const match = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (!match) return { wallMs, cpuMs: null, maxRssKb: null };
  return { wallMs, cpuMs: (Number(match[1]) + Number(match[2])) * 1000, maxRssKb: Number(match[3]) };
}

function runOurs(
  program: string,
  folder: string,
  input: PlanBundleInput,
  corpus: BundleCorpus,
  name: string,
): RunFigures {
  const planPath = join(folder, `${name}.plan.json`);
  const sourcesPath = join(folder, 'sources.json');
  writeFileSync(planPath, JSON.stringify(planBundle(input)));
  writeFileSync(sourcesPath, JSON.stringify(corpus.sourcePaths));
  const result = spawnSync(process.execPath, [program, planPath, sourcesPath, join(folder, `${name}.pdf`)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
  });
  if (result.status !== 0) throw new Error(`export failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim()) as RunFigures;
}

async function stampPdf(pages: number, file: string): Promise<void> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) doc.addPage([595.28, 841.89]).drawText(String(n), { x: 290, y: 8, size: 10, font });
  writeFileSync(file, await doc.save({ addDefaultPage: false }));
}

export async function benchBundle(corpus: BundleCorpus, folder: string, runs = 3): Promise<BenchFigures> {
  const program = await buildProgram('test/fixtures/bundle/benchExportProgram.ts', folder);
  const plan = planBundle(corpus.input);

  const ours = medianRun(Array.from({ length: runs }, () => runOurs(program, folder, corpus.input, corpus, 'ours')));

  // Move the first document of "our evidence" to the end of its section and export again.
  const evidence = plan.sections.find((s) => s.id === 'C')?.documents.map((d) => d.id) ?? [];
  const moved = { ...corpus.input, savedOrder: { C: [...evidence.slice(1), ...evidence.slice(0, 1)] } };
  const reexportAfterMove = medianRun(
    Array.from({ length: runs }, () => runOurs(program, folder, moved, corpus, 'moved')),
  );

  const merged = join(folder, 'baseline-merged.pdf');
  const stamps = join(folder, 'baseline-stamps.pdf');
  const overlaid = join(folder, 'baseline.pdf');
  await stampPdf(corpus.pageCount, stamps); // untimed: the baseline gets its stamps for free
  const baselines = Array.from({ length: runs }, () => {
    const merge = timed('qpdf', ['--empty', '--pages', ...corpus.baselinePdfs, '--', merged]);
    const overlay = timed('qpdf', [merged, '--overlay', stamps, '--', overlaid]);
    const cpuMs = merge.cpuMs === null || overlay.cpuMs === null ? null : merge.cpuMs + overlay.cpuMs;
    return {
      wallMs: merge.wallMs + overlay.wallMs,
      cpuMs,
      mergeMs: merge.wallMs,
      overlayMs: overlay.wallMs,
      maxRssKb:
        merge.maxRssKb === null || overlay.maxRssKb === null ? null : Math.max(merge.maxRssKb, overlay.maxRssKb),
      bytes: statSync(overlaid).size,
    };
  });
  const baseline = medianRun(baselines);

  return {
    pages: plan.pageCount,
    ours,
    reexportAfterMove,
    baseline,
    ratios: {
      time: ours.wallMs / baseline.wallMs,
      cpu: ours.cpuMs !== null && baseline.cpuMs !== null ? ours.cpuMs / baseline.cpuMs : null,
      reexportTime: reexportAfterMove.wallMs / baseline.wallMs,
      size: ours.bytes / baseline.bytes,
      rss: ours.maxRssKb !== null && baseline.maxRssKb !== null ? ours.maxRssKb / baseline.maxRssKb : null,
    },
  };
}
