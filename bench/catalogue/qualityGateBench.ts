// Benchmark: what the quality gates (issue #7) add to checking and submitting a procedure.
// Run: pnpm exec tsx --tsconfig bench/tsconfig.json bench/catalogue/qualityGateBench.ts [--runs 40]
// Method: a temporary SQLite catalogue is seeded with the reference models (models/), as on the first
// start. For each reference procedure: (1) the domain's folder check alone, (2) the service's
// folder check with the quality gates (rules at the current configuration with calls resolved
// against the catalogue, DMN compiled, decision tests run) — what POST /api/pruefen does —, and
// (3) a whole submission of a draft (folder check, publishing gate as dry run, state change), each
// followed by an untimed rejection so the next run can submit it again. Every series starts with
// `warmup` untimed runs; p50/p95 are nearest-rank over `runs` timed runs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createCatalogueService,
  openSqliteStore,
  seedFromModels,
  SEED_ORGANISATION,
  type Actor,
  type SeedFolder,
} from '@bauplan/catalogue'
import { checkBausteinFolder } from '@bauplan/domain'
import { loadNow, currentCommit } from './report'
import { statsOf, timed } from './timing'

const runs = numberOption('--runs', 40)
const warmup = numberOption('--warmup', 5)

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} needs a positive whole number`)
  return value
}

function readModelFolders(): SeedFolder[] {
  const modelsDir = new URL('../../models/', import.meta.url).pathname
  const folders: SeedFolder[] = []
  for (const group of ['bausteine', 'verfahren']) {
    for (const name of readdirSync(join(modelsDir, group)).sort()) {
      const dir = join(modelsDir, group, name)
      if (!statSync(dir).isDirectory()) continue
      const files: Record<string, string> = {}
      for (const file of readdirSync(dir)) files[file] = readFileSync(join(dir, file), 'utf8')
      folders.push({ name: `${group}/${name}`, files })
    }
  }
  return folders
}

/** p50 / p95 of `fn`; with `reportsOwnTime`, `fn` returns the milliseconds of the part to count. */
async function series(fn: () => Promise<unknown>, reportsOwnTime = false): Promise<string> {
  for (let i = 0; i < warmup; i += 1) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const { ms, value } = await timed(fn)
    samples.push(reportsOwnTime ? (value as number) : ms)
  }
  const stats = statsOf(samples)
  return `${stats.p50.toFixed(1)} / ${stats.p95.toFixed(1)}`
}

const directory = mkdtempSync(join(tmpdir(), 'bauplan-gate-bench-'))
const loadAtStart = loadNow()
const store = await openSqliteStore({ file: join(directory, 'catalogue.sqlite') })
try {
  const folders = readModelFolders()
  await seedFromModels(store, folders)
  const member = async (name: string, role: 'modellierer' | 'kurator'): Promise<Actor> => {
    const user = await store.createUser({ displayName: name })
    await store.grantRole({ userId: user.id, organisationId: SEED_ORGANISATION.id, role })
    return { userId: user.id, memberships: [{ organisationId: SEED_ORGANISATION.id, role }] }
  }
  const analyst = await member('Bench Analyst', 'modellierer')
  const curator = await member('Bench Kurator', 'kurator')
  const service = createCatalogueService({ store })

  const rows: string[] = []
  for (const folder of folders.filter((f) => f.name.startsWith('verfahren/'))) {
    process.stderr.write(`${folder.name} …\n`)
    const check = await checkBausteinFolder(folder.files)
    const id = check.metadata?.id
    if (id === undefined) throw new Error(`${folder.name}: no valid metadata`)
    const folderCheck = await series(() => checkBausteinFolder(folder.files))
    const withGates = await series(() => service.checkFolder(analyst, folder.files))
    const draft = (await service.createDraft(analyst, id)).version.version
    const submit = await series(async () => {
      const { ms } = await timed(() => service.submit(analyst, id, draft))
      await service.reject(curator, id, draft, 'Benchmark: zurück in den Entwurf')
      return ms
    }, true)
    rows.push(
      `| ${folder.name.slice('verfahren/'.length)} | ${folderCheck} | ${withGates} | ${submit} |`
    )
  }
  console.log(
    `Commit ${currentCommit()}, load average ${loadAtStart} → ${loadNow()}, ${runs} runs each.\n`
  )
  console.log(
    '| Procedure | folder check (ms, p50 / p95) | check + quality gates | submit (gate as dry run) |'
  )
  console.log('| --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
} finally {
  await store.close()
  rmSync(directory, { recursive: true, force: true })
}
