// yjs, y-websocket and ws for the benchmark's own code. bench/ has no node_modules; its tsconfig
// maps these names for the TYPES only, because tsx cannot load a package through a `paths` entry
// that names a package folder. So the values are imported here from the packages that depend on
// them, by file URL. yjs must be the very file @bauplan/collab loads (its ES module build, resolved
// to the real path), or Yjs would run twice and the operations would not recognise our documents.
// Import these names from this module only, never from 'yjs', 'y-websocket' or 'ws' directly.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type WebSocketClass from 'ws'
import type * as YModule from 'yjs'
import type * as YWebsocketModule from 'y-websocket'

const fromCollab = createRequire(new URL('../../packages/collab/package.json', import.meta.url))
const fromServer = createRequire(new URL('../../apps/server/package.json', import.meta.url))

/** The `import` entry of a package's main export, as Node's ES module resolution picks it. */
function esModuleEntry(name: string): string {
  const manifestPath = fromCollab.resolve(`${name}/package.json`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { '.': { import: string } }
  }
  return pathToFileURL(path.join(path.dirname(manifestPath), manifest.exports['.'].import)).href
}

export const Y = (await import(esModuleEntry('yjs'))) as typeof YModule
export const { WebsocketProvider } = (await import(
  esModuleEntry('y-websocket')
)) as typeof YWebsocketModule
// ws is CommonJS; the server's copy.
export const WebSocket = fromServer('ws') as typeof WebSocketClass
