// Benchmark: exporting each reference procedure as a blueprint bundle, with all its dependencies.
// Run: pnpm exec tsx bench/blueprint/exportBench.ts [--runs 30] [--warmup 5] [--handbook-runs 3]
// Method: the models/ folders are read once (disk I/O is not part of the export); then, per
// procedure, `warmup` untimed and `runs` timed sequential exports, each one full export as
// `bauplan export --from models` does it after reading: resolution to exact versions, the part
// exporters that are plugged in, the manifest with every file's sha256, and the deterministic zip.
// p50/p95 over the timed runs. Then the largest procedure once more with the handbook (Chromium
// draws the diagrams with bpmn-js/dmn-js), a few runs on one browser.
import path from 'node:path'

// The root has no dependency on the workspace packages, so they are loaded by path.
const blueprintUrl = new URL('../../packages/blueprint/src/index.ts', import.meta.url)
const modelsUrl = new URL('../../models/src/index.ts', import.meta.url)

interface FolderInput {
  name: string
  files: Record<string, string>
}
interface Bundle {
  zip: Uint8Array
  manifest: { lock: unknown[]; files: { size: number }[] }
}
interface Renderer {
  close(): Promise<void>
}
interface Blueprint {
  folderBlockSource(folders: FolderInput[]): object
  resolveProcedure(source: object, id: string, version: string): Promise<object>
  buildBundle(
    resolution: object,
    request: { part: string; handbook?: boolean; renderer?: Renderer }
  ): Promise<Bundle>
  PARTS: { frontOffice?: unknown; backOffice?: unknown; xprozess?: unknown; handbook?: unknown }
  createChromiumRenderer(): Renderer
  isChromiumAvailable(): boolean
}
interface Models {
  MODELS_DIR: string
  readAllModelFolders(): Promise<{ dir: string; files: Record<string, string> }[]>
}

const blueprint = (await import(blueprintUrl.href)) as Blueprint
const models = (await import(modelsUrl.href)) as Models

const runs = numberOption('--runs', 30)
const warmup = numberOption('--warmup', 5)

const folders = (await models.readAllModelFolders()).map((folder) => ({
  name: path.relative(models.MODELS_DIR, folder.dir),
  files: folder.files,
}))
const source = blueprint.folderBlockSource(folders)
const procedures = folders
  .filter((folder) => folder.name.startsWith('verfahren'))
  .map(
    (folder) => JSON.parse(folder.files['baustein.json'] ?? '{}') as { id: string; version: string }
  )

const plugged = Object.entries(blueprint.PARTS)
  .filter(([, exporter]) => exporter !== undefined)
  .map(([name]) => name)
console.log(
  `node ${process.version}, ${runs} timed runs after ${warmup} warm-up runs each; parts plugged in: ${plugged.join(', ') || 'none'}`
)
console.log('')
let largest: { id: string; version: string; size: number } | undefined
console.log('| Procedure | blocks in lock | files | uncompressed | zip | p50 | p95 |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const procedure of procedures) {
  const exportOnce = async () => {
    const resolution = await blueprint.resolveProcedure(source, procedure.id, procedure.version)
    return blueprint.buildBundle(resolution, { part: 'all' })
  }
  for (let i = 0; i < warmup; i++) await exportOnce()
  const times: number[] = []
  let bundle: Bundle | undefined
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    bundle = await exportOnce()
    times.push(performance.now() - start)
  }
  if (bundle === undefined) continue
  const uncompressed = bundle.manifest.files.reduce((sum, file) => sum + file.size, 0)
  if (largest === undefined || uncompressed > largest.size) {
    largest = { ...procedure, size: uncompressed }
  }
  console.log(
    `| ${procedure.id.split(':').pop()} | ${bundle.manifest.lock.length} | ${bundle.manifest.files.length} | ${kib(uncompressed)} | ${kib(bundle.zip.length)} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.95))} |`
  )
}
const handbookRuns = numberOption('--handbook-runs', 3)
console.log('')
if (blueprint.PARTS.handbook === undefined || !blueprint.isChromiumAvailable()) {
  console.log('Handbook: not plugged in or no Chromium, so not measured.')
} else if (largest !== undefined) {
  // One browser for all runs, as `bauplan export --handbook` uses one; the first run includes
  // starting it, the others do not.
  const renderer = blueprint.createChromiumRenderer()
  const times: number[] = []
  try {
    for (let i = 0; i <= handbookRuns; i++) {
      const start = performance.now()
      const resolution = await blueprint.resolveProcedure(source, largest.id, largest.version)
      await blueprint.buildBundle(resolution, { part: 'all', handbook: true, renderer })
      times.push(performance.now() - start)
    }
  } finally {
    await renderer.close()
  }
  const [first, ...rest] = times
  console.log(
    `With the handbook (${largest.id.split(':').pop()}): first run incl. browser start ${ms(first ?? NaN)}; then ${rest.map(ms).join(', ')} (median ${ms(percentile(rest, 0.5))})`
  )
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}
function ms(value: number): string {
  return `${value.toFixed(1)} ms`
}
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`
}
function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  return Number.isFinite(value) && value > 0 ? value : fallback
}
