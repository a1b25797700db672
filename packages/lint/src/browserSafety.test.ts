import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm

/** Source files the package ships: not tests and not test helpers. */
function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testSupport' ? [] : shippedSources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('@bauplan/lint in the browser', () => {
  it('imports nothing but the domain, bpmnlint, bpmnlint-utils and its own files', () => {
    const files = shippedSources(SRC)
    expect(files.length).toBeGreaterThan(20)
    const foreign = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .map((match) => match[1] ?? '')
        .filter((source) => !source.startsWith('.'))
        .filter((source) => !['@bauplan/domain', 'bpmnlint', 'bpmnlint-utils'].includes(source))
        .map((source) => `${relative(SRC, file)}: ${source}`)
    )
    expect(foreign).toEqual([])
  })
})
