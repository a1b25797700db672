// Where the page's time goes: a V8 CPU profile (Chrome DevTools protocol) summed per function,
// inclusive (a function's own time plus everything it called), for the render benchmark's
// `--profile`. Function names need the page built without minification.

export interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number }
    children?: number[]
  }[]
  samples: number[]
  timeDeltas: number[]
}

/** The `top` functions by inclusive time, as table lines `ms | share | function`. */
export function inclusiveTimes(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const selfMicros = new Map<number, number>()
  profile.samples.forEach((id, index) => {
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
  })
  const inclusive = new Map<string, number>()
  let busy = 0
  for (const [id, micros] of selfMicros) {
    const name = byId.get(id)?.callFrame.functionName
    if (name === '(idle)' || name === '(program)') continue
    busy += micros
    // A recursive function counts once per sample.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame
      const key = frame?.functionName || '(anonymous)'
      if (seen.has(key) || key === '(root)') continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros)
    }
  }
  return [...inclusive]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([name, micros]) =>
        `| ${Math.round(micros / 1000)} | ${((100 * micros) / busy).toFixed(0)} % | \`${name}\` |`
    )
}

/** The `top` functions by self time (where the CPU actually was), as `ms | share | function | file`. */
export function selfTimes(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let busy = 0
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)?.callFrame
    if (!frame || frame.functionName === '(idle)') return
    const micros = profile.timeDeltas[index] ?? 0
    busy += micros
    const file = frame.url.split('/').slice(-2).join('/')
    const key = `\`${frame.functionName || '(anonymous)'}\` | ${file || '—'}`
    self.set(key, (self.get(key) ?? 0) + micros)
  })
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([key, micros]) =>
        `| ${Math.round(micros / 1000)} | ${((100 * micros) / busy).toFixed(0)} % | ${key} |`
    )
}
