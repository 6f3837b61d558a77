// The lint of the tree: typescript-eslint's recommended rules, no import cycles, and the import
// boundaries that say what the folders mean (docs/ARCHITECTURE.md, "Folders and what each may import").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
/** Packages that touch the disk, the window or the database: never in the pure domain code. */
const RUNTIME_PACKAGES = [
  'better-sqlite3',
  'exceljs',
  'docx',
  'yauzl',
  'saxes',
  '@e965/xlsx',
  'electron',
  'react',
  'react-dom',
  'zustand',
  '@tanstack/react-virtual',
];

/** `no-restricted-imports` with the given folders (as import path patterns) and packages refused, saying why. */
const refuse = (message, { folders = [], packages = [] }) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message })),
    patterns: folders.length ? [{ group: folders, message }] : [],
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'test-output/**', 'node_modules/**', 'renderer/dist/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle reads the files an import leads to: TypeScript ones with TypeScript's parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // File names and XML text are cleaned of control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': refuse('shared/ is the pure domain: it imports nothing from electron/, renderer/, Node or the runtime packages', {
        folders: ['**/electron/**', '**/renderer/**'],
        packages: [...NODE, ...RUNTIME_PACKAGES],
      }),
    },
  },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': refuse('renderer/ imports shared/ and its own files; it reaches the services only through renderer/src/api/', {
        folders: ['**/electron/**'],
        packages: [...NODE, 'better-sqlite3', 'exceljs', 'docx', 'yauzl', 'saxes', '@e965/xlsx', 'electron'],
      }),
    },
  },
  {
    files: ['renderer/src/components/**', 'renderer/src/stores/**', 'renderer/src/hooks/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Calls to the services go through renderer/src/api/client.ts' }],
    },
  },
  {
    files: ['electron/db/**'],
    rules: {
      'no-restricted-imports': refuse('electron/db/ is the bottom layer: it imports no services, import, export, jobs or cli', {
        folders: ['**/services/**', '**/import/**', '**/export/**', '**/jobs/**', '**/cli/**', '**/web/**', '**/main/**', '**/renderer/**'],
      }),
    },
  },
  {
    files: ['electron/cli/**'],
    rules: {
      'no-restricted-imports': refuse('electron/cli/ goes through electron/services/ (and reads files with electron/import/), never the store directly', {
        folders: ['**/db/**', '**/export/**', '**/jobs/**', '**/renderer/**'],
      }),
    },
  },
  {
    files: ['electron/import/**', 'electron/export/**'],
    rules: {
      'no-restricted-imports': refuse('reading and writing workbooks knows nothing of the services, the CLI or the window', {
        folders: ['**/services/**', '**/cli/**', '**/web/**', '**/main/**', '**/renderer/**'],
      }),
    },
  },
  {
    // The benchmark's page scripts run in Chromium.
    files: ['bench/run.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The command's launcher is CommonJS, as Node runs a package's bin.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
