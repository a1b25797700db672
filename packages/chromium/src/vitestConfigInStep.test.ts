import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from './launchArgs'

// The root `vitest.chromium.ts` keeps a copy of the flags: vite bundles a config file but leaves
// bare package imports to Node, which cannot load this package's TypeScript entry. This test keeps
// the copy in step (playwright's vitest provider adds `--headless` itself).
describe('vitest.chromium.ts', () => {
  it('starts Chromium with the same flags as CHROMIUM_ARGS', () => {
    const config = readFileSync(new URL('../../../vitest.chromium.ts', import.meta.url), 'utf8')
    const list = /const CHROMIUM_ARGS = \[([^\]]*)\]/.exec(config)?.[1] ?? ''
    const copied = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1])
    expect(copied.length).toBeGreaterThan(0)
    expect(copied).toEqual(CHROMIUM_ARGS.filter((arg) => arg !== '--headless'))
  })
})
