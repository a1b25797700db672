import type { BundleFile, PartExporter } from '../model/exportTypes'
import { blockSlug, blockFile } from '../parts/blockNames'
import { jsonFile, sortedFiles, textFile } from '../parts/bundleFile'
import { filingInstructions } from './eFile'
import { executableBpmn, type DeadlineWiring } from './executableBpmn'
import { laneRoles, roles } from './roles'
import { serviceApi } from './serviceApi'

export const BACK_OFFICE_DIR = 'back-office'

/**
 * The back-office part: one executable BPMN file per process (the procedure and every called
 * block, each call activity pointing at the called block's process id), the DMN files, the
 * OpenAPI description of the interfaces, roles, e-file instructions and deadlines.
 */
export const backOfficeExporter: PartExporter = (procedure, options) => {
  const blocks = [procedure.root, ...procedure.dependencies]
  const byId = new Map(blocks.map((block) => [block.id, block]))
  const files: BundleFile[] = []
  const deadlines: DeadlineWiring[] = []
  const processes: Array<Record<string, unknown>> = []
  for (const block of blocks) {
    const slug = blockSlug(block)
    const model = executableBpmn(block, byId, options.flavour, laneRoles(block))
    files.push(textFile(`${BACK_OFFICE_DIR}/bpmn/${slug}.bpmn`, model.xml))
    deadlines.push(...model.deadlines)
    const dmnFiles = (block.metadata.artefakte.dmn ?? []).map((dmn) => {
      const path = `${BACK_OFFICE_DIR}/dmn/${slug}/${dmn.datei}`
      files.push(textFile(path, blockFile(block, dmn.datei)))
      return { datei: path, decisionIds: dmn.decisionIds ?? [] }
    })
    processes.push({
      baustein: block.id,
      version: block.version,
      processId: block.metadata.artefakte.bpmn.processId,
      bpmn: `${BACK_OFFICE_DIR}/bpmn/${slug}.bpmn`,
      dmn: dmnFiles,
      hauptprozess: block === procedure.root,
    })
  }
  files.push(
    jsonFile(`${BACK_OFFICE_DIR}/prozesse.json`, {
      variante: options.flavour,
      prozesse: processes,
    }),
    jsonFile(`${BACK_OFFICE_DIR}/schnittstellen.openapi.json`, serviceApi(procedure)),
    jsonFile(`${BACK_OFFICE_DIR}/rollen.json`, { rollen: roles(procedure) }),
    jsonFile(`${BACK_OFFICE_DIR}/eakte.json`, { ablage: filingInstructions(procedure) }),
    jsonFile(`${BACK_OFFICE_DIR}/fristen.json`, { fristen: deadlines })
  )
  return sortedFiles(files)
}
