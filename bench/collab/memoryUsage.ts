// Memory readings for the memory benchmark: of the server process (through memoryProbe.ts) and of
// this process (garbage collected first).
import type { ChildProcess } from 'node:child_process'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export interface Memory {
  rss: number
  heapUsed: number
  /** Memory of ArrayBuffers (Uint8Array updates) outside the JS heap. */
  arrayBuffers: number
  external: number
}

function pick(usage: NodeJS.MemoryUsage): Memory {
  return {
    rss: usage.rss,
    heapUsed: usage.heapUsed,
    arrayBuffers: usage.arrayBuffers,
    external: usage.external,
  }
}

/** Asks the server (started with memoryProbe.ts preloaded) for its memory after a full GC. */
export function serverMemory(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string; usage?: NodeJS.MemoryUsage; gc?: boolean }) => {
      if (message.type !== 'bench:memory' || !message.usage) return
      child.off('message', onMessage)
      if (!message.gc) reject(new Error('the server process runs without --expose-gc'))
      else resolve(pick(message.usage))
    }
    child.on('message', onMessage)
    child.send({ type: 'bench:measure' })
  })
}

// `gc` without a command-line flag: enabled at run time, taken from a fresh context.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** This process's memory after a full GC. */
export async function ownMemory(): Promise<Memory> {
  for (let round = 0; round < 4; round++) {
    collect()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return pick(process.memoryUsage())
}

export function mebibytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(2)
}
