/** When the suite rebuilds the web app: missing build, or any source newer than the build. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isWebBuildStale, newestMtime } from './webBuild'

describe('isWebBuildStale', () => {
  let root = ''
  const at = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), '')
    utimesSync(path.join(root, file), seconds, seconds)
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bauplan-webbuild-'))
    at('apps/web/src/main.tsx', 100)
    at('apps/web/index.html', 100)
    at('packages/domain/src/index.ts', 100)
    for (const dir of ['apps/web/src', 'apps/web', 'packages/domain/src', 'packages/domain']) {
      utimesSync(path.join(root, dir), 100, 100)
    }
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('is stale without a build', () => {
    expect(isWebBuildStale(root)).toBe(true)
  })

  it('is fresh when the build is newer than every source', () => {
    at('apps/web/dist/index.html', 200)
    expect(isWebBuildStale(root)).toBe(false)
  })

  it("is stale when the web app's or a package's source changed after the build", () => {
    at('apps/web/dist/index.html', 200)
    at('apps/web/src/features/page.tsx', 300)
    expect(isWebBuildStale(root)).toBe(true)
    rmSync(path.join(root, 'apps/web/src/features'), { recursive: true })
    utimesSync(path.join(root, 'apps/web/src'), 100, 100)
    expect(isWebBuildStale(root)).toBe(false)
    at('packages/domain/src/problem.ts', 300)
    expect(isWebBuildStale(root)).toBe(true)
  })

  it('ignores node_modules', () => {
    at('apps/web/dist/index.html', 200)
    at('apps/web/src/node_modules/x/index.js', 300)
    utimesSync(path.join(root, 'apps/web/src'), 100, 100)
    expect(newestMtime(path.join(root, 'apps/web/src'))).toBe(100_000)
    expect(isWebBuildStale(root)).toBe(false)
  })
})
