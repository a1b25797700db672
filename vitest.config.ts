import { defineConfig } from 'vitest/config'

// Every workspace folder with its own vitest.config.ts is one project; `pnpm test` runs them all.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'models/vitest.config.ts',
      'apps/web/vitest.e2e.config.ts',
    ],
  },
})
