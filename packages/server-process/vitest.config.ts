import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'server-process', environment: 'node', testTimeout: 180_000 },
})
