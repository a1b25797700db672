/**
 * Test support: a TCP proxy that a test can cut, restore and point elsewhere. In front of Redis,
 * an instance really loses its connections (and the messages sent meanwhile) and reconnects; in
 * front of two servers, it is the load balancer that sends reconnecting clients to the other one.
 */
import net from 'node:net'

export interface TcpProxy {
  /** `redis://127.0.0.1:<port>` style URL of the proxy for a target URL's path and auth. */
  url: string
  /** Drops every open connection and refuses new ones until `restore`. */
  cut(): void
  restore(): void
  /** New connections go to `targetUrl` from now on; open ones stay where they are. */
  retarget(targetUrl: string): void
  close(): Promise<void>
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  let target = new URL(targetUrl)
  const portOf = (url: URL) => Number(url.port || 6379)
  const sockets = new Set<net.Socket>()
  let down = false
  const server = net.createServer((client) => {
    if (down) return client.destroy()
    const upstream = net.connect(portOf(target), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  const url = new URL(targetUrl)
  url.hostname = '127.0.0.1'
  url.port = String(address.port)
  return {
    url: url.toString(),
    cut() {
      down = true
      for (const socket of sockets) socket.destroy()
    },
    restore() {
      down = false
    },
    retarget(next) {
      target = new URL(next)
    },
    async close() {
      down = true
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
