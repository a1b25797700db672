/**
 * The reference models from `models/` (the repository's real building blocks and procedures), for
 * component tests. Vite inlines them at transform time, so the browser needs no file access.
 */
const bpmnByPath = import.meta.glob('../../../../../../models/**/*.bpmn', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

const dmnByPath = import.meta.glob('../../../../../../models/**/*.dmn', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

const metadataByPath = import.meta.glob('../../../../../../models/**/baustein.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

const testsByPath = import.meta.glob('../../../../../../models/**/entscheidungstests.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** `models/verfahren/gewerbe-anmelden/x.bpmn` → `verfahren/gewerbe-anmelden/x.bpmn` */
function relative(path: string): string {
  return path.slice(path.indexOf('/models/') + '/models/'.length)
}

function byRelativePath(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [relative(path), text]))
}

export const referenceBpmn = byRelativePath(bpmnByPath)
export const referenceDmn = byRelativePath(dmnByPath)

/** One model folder as the catalogue stores it: file name → text. */
export function referenceFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const source of [bpmnByPath, dmnByPath, metadataByPath, testsByPath]) {
    for (const [path, text] of Object.entries(byRelativePath(source))) {
      const slash = path.lastIndexOf('/')
      if (path.slice(0, slash) === folder) files[path.slice(slash + 1)] = text
    }
  }
  if (Object.keys(files).length === 0) throw new Error(`no reference model folder ${folder}`)
  return files
}

/** The metadata (baustein.json) of every reference folder. */
export function referenceMetadata(): Record<string, unknown>[] {
  return Object.values(metadataByPath).map((text) => JSON.parse(text) as Record<string, unknown>)
}
