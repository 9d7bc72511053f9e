// Lint rules, including the architecture's import boundaries (ARCHITECTURE.md). Each boundary
// rule carries a message saying why, so whoever trips it learns the reason, not just the rule.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'worker_threads',
  'stream',
  'buffer',
  'util',
];

const sharedBoundary = {
  patterns: [
    {
      group: NODE_BUILTINS,
      message:
        'shared/ holds pure rules that also run in the sandboxed renderer: no Node APIs. Put I/O in electron/services.',
    },
    { group: ['electron'], message: 'shared/ must not import Electron: only electron/main and electron/preload may.' },
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react-router'],
      message: 'shared/ is UI-free so the rules can be tested and reused anywhere: no React.',
    },
    {
      group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
      message: 'shared/ must not touch the database: repositories live in electron/db.',
    },
    {
      group: ['pdf-lib', '@cantoo/pdf-lib', 'pdfjs-dist', 'pdfjs-dist/*', 'docx', 'sharp'],
      message:
        'shared/ plans documents without touching bytes: PDF, DOCX and image work lives in electron/pdf and electron/docx.',
    },
    {
      group: ['**/electron/**', '**/renderer/**'],
      message: 'shared/ is imported by both sides, so it may import neither.',
    },
  ],
};

const rendererBoundary = {
  patterns: [
    {
      group: NODE_BUILTINS,
      message: 'The renderer is sandboxed with no Node access: ask the main process through window.api.',
    },
    {
      group: ['electron'],
      message: 'The renderer must not import Electron: everything goes through window.api (the preload).',
    },
    {
      group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', '@cantoo/pdf-lib', 'pdfjs-dist', 'sharp'],
      message: 'The renderer does no storage or file work: call a service through window.api.',
    },
    {
      group: ['**/electron/**'],
      message: 'The renderer may not import main-process code: share types and rules through shared/.',
    },
  ],
};

const electronOutsideShell = {
  patterns: [
    {
      group: ['electron'],
      message:
        'Only electron/main and electron/preload may import Electron; services, db and pdf code must run in plain Node for tests (requiring electron there throws).',
    },
    { group: ['**/renderer/**'], message: 'Main-process code must not import the renderer.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-*/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', '.ci/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Playwright fixtures declare "no fixtures needed" with an empty pattern: `async ({}, use) =>`.
  { files: ['test/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  // Test assertions use expect's asymmetric matchers, which are typed `any`.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', sharedBoundary] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', rendererBoundary] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', electronOutsideShell] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOutsideShell.patterns[1]] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NODE_BUILTINS,
              message: 'The sandboxed preload cannot load Node modules; it only bridges window.api.',
            },
            {
              group: ['**/electron/**', '!**/electron/preload/**'],
              message: 'The preload holds no logic: it only builds window.api from shared/api.',
            },
          ],
        },
      ],
    },
  },
);
