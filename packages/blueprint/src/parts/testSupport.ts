// Test helper: the reference procedures of models/ as ResolvedProcedures, built the simple way
// (every block exists once in models/, so a reference resolves to that one version).
import { createHash } from 'node:crypto'
import { readAllModelFolders } from '@bauplan/models'
import { parseBausteinJson, type Baustein } from '@bauplan/domain'
import type { BlockVersionFiles, ResolvedProcedure } from '../model/exportTypes'

const REFERENCE = /bauplan:baustein="([^"]+)"/g

let cache: Promise<Map<string, BlockVersionFiles>> | undefined

export function referenceBlocks(): Promise<Map<string, BlockVersionFiles>> {
  cache ??= readAllModelFolders().then((folders) => {
    const blocks = new Map<string, BlockVersionFiles>()
    for (const folder of folders) {
      const parsed = parseBausteinJson(folder.files['baustein.json'] ?? '')
      if (!parsed.ok) throw new Error(`${folder.dir}: baustein.json is not valid JSON`)
      const metadata = parsed.value as Baustein
      const hash = createHash('sha256')
      for (const name of Object.keys(folder.files).sort())
        hash.update(name).update(folder.files[name] ?? '')
      blocks.set(metadata.id, {
        id: metadata.id,
        version: metadata.version,
        contentHash: hash.digest('hex'),
        metadata,
        files: folder.files,
      })
    }
    return blocks
  })
  return cache
}

export const REFERENCE_PROCEDURES = [
  'baugenehmigung-beantragen',
  'bewohnerparkausweis-beantragen',
  'gewerbe-anmelden',
  'hundesteuer-anmelden',
  'meldebescheinigung-beantragen',
  'wohngeld-mietzuschuss-beantragen',
] as const

export async function referenceProcedure(slug: string): Promise<ResolvedProcedure> {
  const blocks = await referenceBlocks()
  const root = blocks.get(`urn:bauplan:baustein:sn:${slug}`)
  if (!root) throw new Error(`no reference block ${slug}`)
  const found = new Map<string, BlockVersionFiles>()
  const visit = (block: BlockVersionFiles) => {
    const bpmn = block.files[block.metadata.artefakte.bpmn.datei] ?? ''
    for (const match of bpmn.matchAll(REFERENCE)) {
      const id = match[1] ?? ''
      const dependency = blocks.get(id)
      if (!dependency) throw new Error(`${block.id} references unknown ${id}`)
      if (found.has(id)) continue
      found.set(id, dependency)
      visit(dependency)
    }
  }
  visit(root)
  const dependencies = [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
  return { root, dependencies }
}
