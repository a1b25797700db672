import { defineProject } from 'vitest/config'

// The end-to-end suite: the built web app served by the real server (fresh SQLite, demo accounts),
// driven in Debian's Chromium through playwright-core. One file at a time, because all files share
// the one server started in globalSetup and a loaded 2-core machine must not run several browsers.
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
