import { BlueprintError, blueprintProblem } from '../model/blueprintError'
import type {
  BackOfficeFlavour,
  BlockVersionFiles,
  BlueprintPart,
  BundleFile,
  DiagramRenderer,
  ExportOptions,
  HandbookLocale,
} from '../model/exportTypes'
import { buildManifest } from '../manifest/buildManifest'
import { MANIFEST_FILE, type BlueprintManifest } from '../manifest/manifestTypes'
import type { Resolution } from '../resolve/resolveProcedure'
import { writeDeterministicZip } from '../zip/writeZip'
import { blockFolder } from './blockFolder'
import { PARTS, type PartsRegistry } from './parts'

/** The version the manifest names as `tool.version` unless the caller says otherwise. */
export const BLUEPRINT_TOOL = { name: 'bauplan', version: '0.1.0' } as const

export type PartSelection = BlueprintPart | 'all'

export interface BundleRequest {
  part: PartSelection
  flavour?: BackOfficeFlavour
  locale?: HandbookLocale
  /** Render the handbook (needs `renderer` for the diagrams). Off by default: it is the slow part. */
  handbook?: boolean
  renderer?: DiagramRenderer
  tool?: { name: string; version: string }
  /** Called after each step, for progress bars: (done, total, what). */
  onProgress?: (done: number, total: number, step: string) => void
}

export interface Bundle {
  zip: Uint8Array
  manifest: BlueprintManifest
  /** Every file of the archive, manifest included, in path order. */
  files: BundleFile[]
}

const encoder = new TextEncoder()

/**
 * Builds the bundle of a resolved procedure: the raw files of every block (so an import can
 * reconstruct them), the selected parts, and the manifest over all of it, zipped
 * deterministically. Pure: same resolution and request → same bytes.
 */
export async function buildBundle(
  resolution: Resolution,
  request: BundleRequest,
  registry: PartsRegistry = PARTS
): Promise<Bundle> {
  const parts: BlueprintPart[] =
    request.part === 'all' ? ['front-office', 'back-office'] : [request.part]
  const options: ExportOptions = {
    flavour: request.flavour ?? 'neutral',
    locale: request.locale ?? 'de',
  }
  const { procedure } = resolution
  const steps = stepsOf(parts, request.handbook === true, registry)
  const total = steps.length + 2
  let done = 0
  const progress = (step: string) => request.onProgress?.(++done, total, step)

  const files: BundleFile[] = [
    ...blockFiles(procedure.root),
    ...procedure.dependencies.flatMap(blockFiles),
  ]
  progress('bausteine')
  for (const step of steps) {
    if (step === 'handbook') {
      files.push(...((await registry.handbook?.(procedure, options, request.renderer)) ?? []))
    } else {
      files.push(...(registry[step]?.(procedure, options) ?? []))
    }
    progress(step)
  }
  const manifest = buildManifest(resolution, files, {
    parts,
    flavour: options.flavour,
    locale: options.locale,
    handbook: request.handbook === true && registry.handbook !== undefined,
    tool: request.tool ?? BLUEPRINT_TOOL,
  })
  files.push({
    path: MANIFEST_FILE,
    content: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`),
  })
  const sorted = files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const zip = writeDeterministicZip(sorted)
  progress('zip')
  return { zip, manifest, files: sorted }
}

type Step = 'frontOffice' | 'backOffice' | 'xprozess' | 'handbook'

function stepsOf(
  parts: readonly BlueprintPart[],
  handbook: boolean,
  registry: PartsRegistry
): Step[] {
  const steps: Step[] = []
  if (parts.includes('front-office')) steps.push('frontOffice')
  if (parts.includes('back-office')) steps.push('backOffice', 'xprozess')
  if (handbook) {
    if (registry.handbook === undefined) {
      throw new BlueprintError('invalidBundle', [
        blueprintProblem('blueprint.handbookUnavailable', {
          de: 'Das Handbuch kann in dieser Version noch nicht erzeugt werden.',
          en: 'The handbook cannot be produced by this version yet.',
        }),
      ])
    }
    steps.push('handbook')
  }
  return steps
}

function blockFiles(block: BlockVersionFiles): BundleFile[] {
  const folder = blockFolder(block.id, block.version)
  return Object.keys(block.files)
    .sort()
    .map((name) => ({
      path: `${folder}/${name}`,
      content: encoder.encode(block.files[name] ?? ''),
    }))
}
