import { defineConfig } from 'vitest/config'

// Every workspace folder with its own vitest.config.ts is one project; `pnpm test` runs them all.
// The end-to-end suite (apps/web/vitest.e2e.config.ts: real server, fresh SQLite, Chromium) runs
// one file at a time, so vitest schedules it after the other projects; `pnpm test:e2e` runs it alone.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'models/vitest.config.ts',
      // The bpmn-js ↔ Yjs binding needs real SVG geometry: its tests run in Chromium.
      'packages/collab/vitest.browser.config.ts',
      'apps/web/vitest.e2e.config.ts',
    ],
  },
})
