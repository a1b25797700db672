import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The part of Yjs the crash test uses. */
export interface YMapLike {
  set(key: string, value: number): void
  has(key: string): boolean
  readonly size: number
}
export interface YDocLike {
  getMap(name: string): YMapLike
  on(event: 'update', listener: (update: Uint8Array) => void): void
  /** Updates waiting for ones that never arrived; null when the document is complete. */
  readonly store: { pendingStructs: unknown }
}
export interface YjsModule {
  Doc: new () => YDocLike
  applyUpdate(doc: YDocLike, update: Uint8Array): void
  encodeStateAsUpdate(doc: YDocLike): Uint8Array
}

/**
 * Yjs for the crash test only. @bauplan/catalogue itself does not depend on Yjs (it stores opaque
 * updates), so the test takes the copy that @bauplan/collab — a dependency — brings along.
 */
export function loadYjs(): YjsModule {
  const collabPackage = new URL('../../../../collab/package.json', import.meta.url)
  return createRequire(collabPackage)('yjs') as YjsModule
}

/**
 * The same Yjs as `loadYjs`, as the ES module @bauplan/collab itself imports: for tests that run
 * collab's hub in this process (a second, CommonJS copy would make Yjs warn that it was imported
 * twice).
 */
export async function importYjs(): Promise<YjsModule> {
  const collabPackage = new URL('../../../../collab/package.json', import.meta.url)
  const yjsPackage = createRequire(collabPackage).resolve('yjs/package.json')
  const entry = pathToFileURL(join(dirname(yjsPackage), 'dist', 'yjs.mjs'))
  return (await import(entry.href)) as YjsModule
}
