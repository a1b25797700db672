/**
 * Where the shared document of a draft lives: the server's WebSocket endpoint on the page's own
 * host (the session cookie goes along) and the room `encodeURIComponent(blockId)/version`, which
 * y-websocket appends to it (docs/api.md § Zusammenarbeit / Collaboration).
 */
export function collabServerUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${scheme}//${location.host}/api/collab`
}

export function collabRoom(blockId: string, version: string): string {
  return `${encodeURIComponent(blockId)}/${version}`
}
