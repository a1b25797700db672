// Loaded into the Bauplan server process by the memory benchmark (`--import`, with --expose-gc):
// on request over the IPC channel it collects garbage and reports the process's memory. It
// imports nothing of the server's and changes nothing in it.

interface MemoryRequest {
  type?: string
}

const collect = (globalThis as { gc?: () => void }).gc

process.on('message', (message: MemoryRequest) => {
  if (message?.type !== 'bench:measure') return
  void (async () => {
    // A few rounds, with turns of the event loop between them, so finalisers and weak references
    // released by one collection are gone before the next.
    for (let round = 0; round < 4; round++) {
      collect?.()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    process.send?.({
      type: 'bench:memory',
      usage: process.memoryUsage(),
      gc: collect !== undefined,
    })
  })()
})
