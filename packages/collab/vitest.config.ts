import { defineProject } from 'vitest/config'

export default defineProject({
  test: { name: 'collab', environment: 'node' },
})
