import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'dmn-engine', environment: 'node' },
})
