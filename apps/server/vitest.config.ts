import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'server',
    environment: 'node',
    // Logins run real scrypt hashes (deliberately slow) and apps compile their schemas at start;
    // with the other projects running in parallel on two cores, 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
