import { defineConfig } from 'vitest/config';

// Two projects: pure rules (shared) and main-process code against real SQLite files and real
// PDFs (electron). Browser journeys are Playwright's job (playwright.config.ts).
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'shared',
          include: ['test/shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'electron',
          include: ['test/electron/**/*.test.ts', 'test/config/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
