import { defineProject } from 'vitest/config'

export default defineProject({
  // Validating all of models/ and talking to a real server take seconds on a busy machine;
  // starting the server takes longer still.
  test: { name: 'cli', environment: 'node', testTimeout: 60_000, hookTimeout: 180_000 },
})
