import { configDefaults, defineProject } from 'vitest/config'

export default defineProject({
  // Round trips over the MIWG corpus and the randomized convergence runs take seconds each on a
  // busy two-core machine; the default 5 s would fail them for load, not for a bug.
  test: {
    name: 'collab',
    environment: 'node',
    testTimeout: 60_000,
    // The bpmn-js binding's tests need Chromium: vitest.browser.config.ts runs them.
    exclude: [...configDefaults.exclude, 'src/**/*.browser.test.ts'],
  },
})
