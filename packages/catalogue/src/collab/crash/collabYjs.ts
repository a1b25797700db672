import { createRequire } from 'node:module'

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
