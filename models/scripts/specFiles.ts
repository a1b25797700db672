/**
 * Finds the diagram specs and where their BPMN files go:
 *   scripts/specs/<slug>.ts           → bausteine/<slug>/<slug>.bpmn
 *   scripts/specs/verfahren/<slug>.ts → verfahren/<slug>/<slug>.bpmn
 */
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { DiagramSpec } from './bpmnLayout'

export const MODELS_DIR = dirname(dirname(fileURLToPath(import.meta.url)))
const SPECS_DIR = join(MODELS_DIR, 'scripts', 'specs')

export interface SpecFile {
  slug: string
  /** Absolute path of the spec module. */
  specPath: string
  /** Absolute path of the BPMN file generated from it. */
  bpmnPath: string
}

function listSpecs(dir: string, targetFolder: string): SpecFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
    )
    .map((entry) => entry.name.replace(/\.ts$/, ''))
    .sort()
    .map((slug) => ({
      slug,
      specPath: join(dir, `${slug}.ts`),
      bpmnPath: join(MODELS_DIR, targetFolder, slug, `${slug}.bpmn`),
    }))
}

export function findSpecFiles(): SpecFile[] {
  return [
    ...listSpecs(SPECS_DIR, 'bausteine'),
    ...listSpecs(join(SPECS_DIR, 'verfahren'), 'verfahren'),
  ]
}

export async function loadSpec(file: SpecFile): Promise<DiagramSpec> {
  const module = (await import(pathToFileURL(file.specPath).href)) as { default?: DiagramSpec }
  if (!module.default) throw new Error(`${file.specPath} has no default export (the DiagramSpec).`)
  return module.default
}
