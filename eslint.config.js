// Lint encodes the architecture: each restriction says why, so the message teaches the rule.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'

const deepImport = {
  group: ['@bauplan/*/*', '!@bauplan/*/*.schema.json'],
  message: 'Import another package only through its entry point (its index.ts).',
}
const relativeIntoPackage = {
  group: ['**/packages/*/src/**', '**/apps/*/src/**', '../../packages/**', '../../apps/**'],
  message: 'Do not reach into another workspace package by path; import its entry point.',
}
const httpOnlyInServer = [
  { name: 'fastify', message: 'HTTP lives only in apps/server.' },
  { name: 'ws', message: 'Network transport lives only in apps/server.' },
]
const reactOnlyInWeb = [
  { name: 'react', message: 'React lives only in apps/web.' },
  { name: 'react-dom', message: 'React lives only in apps/web.' },
]

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-types/**',
      '**/coverage/**',
      'data/**',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js', '.json'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'no-restricted-imports': ['error', { patterns: [deepImport, relativeIntoPackage] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImport,
            relativeIntoPackage,
            {
              group: ['@bauplan/server', '@bauplan/web', '@bauplan/cli'],
              message: 'Packages never import apps.',
            },
          ],
          paths: [...httpOnlyInServer, ...reactOnlyInWeb],
        },
      ],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImport,
            relativeIntoPackage,
            {
              group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process'],
              message: 'domain is pure: no I/O. Read files in an app or in @bauplan/models.',
            },
            {
              group: ['@bauplan/*', '!@bauplan/domain'],
              message: 'domain depends on no other workspace package.',
            },
          ],
          paths: [
            ...httpOnlyInServer,
            ...reactOnlyInWeb,
            { name: 'yjs', message: 'domain is CRDT-free; Yjs code belongs in @bauplan/collab.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'domain is pure: no I/O.' },
        { name: 'setTimeout', message: 'domain is pure: inject clocks instead.' },
        { name: 'setInterval', message: 'domain is pure: inject clocks instead.' },
      ],
    },
  }
)
