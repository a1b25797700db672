// Benchmark: exporting each reference procedure as a blueprint bundle, with all its dependencies.
// Run: pnpm exec tsx bench/blueprint/exportBench.ts [--runs 30] [--warmup 5]
// Method: the models/ folders are read once (disk I/O is not part of the export); then, per
// procedure, `warmup` untimed and `runs` timed sequential exports, each one full export as
// `bauplan export --from models` does it after reading: resolution to exact versions, the part
// exporters that are plugged in, the manifest with every file's sha256, and the deterministic zip.
// p50/p95 over the timed runs. The handbook (a browser renders the diagrams) is timed separately
// once it is plugged in; until then the script says so.
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
interface Blueprint {
  folderBlockSource(folders: FolderInput[]): object
  resolveProcedure(source: object, id: string, version: string): Promise<object>
  buildBundle(resolution: object, request: { part: string; handbook?: boolean }): Promise<Bundle>
  PARTS: { frontOffice?: unknown; backOffice?: unknown; xprozess?: unknown; handbook?: unknown }
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
  console.log(
    `| ${procedure.id.split(':').pop()} | ${bundle.manifest.lock.length} | ${bundle.manifest.files.length} | ${kib(uncompressed)} | ${kib(bundle.zip.length)} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.95))} |`
  )
}
if (blueprint.PARTS.handbook === undefined) {
  console.log('')
  console.log('Handbook: not plugged in yet (src/bundle/parts.ts), so not measured.')
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
