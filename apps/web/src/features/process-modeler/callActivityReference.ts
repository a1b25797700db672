import { isValidRange, isVersion } from '@bauplan/domain'
import type { DiagramElement, Modeling } from './bpmnServices'

/** What a call activity says about the building block it calls (all optional while unlinked). */
export interface BausteinReference {
  calledElement?: string
  blockId?: string
  versionRange?: string
}

/** A catalogue block chosen in the picker, with what the call activity needs to call it. */
export interface ChosenBlock {
  blockId: string
  processId: string
  version: string
}

export function isCallActivity(element: DiagramElement | undefined): element is DiagramElement {
  return element?.businessObject?.$type === 'bpmn:CallActivity' && !element.labelTarget
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function readReference(element: DiagramElement): BausteinReference {
  const bo = element.businessObject
  const calledElement = text(bo.get('calledElement'))
  const blockId = text(bo.get('bauplan:baustein'))
  const versionRange = text(bo.get('bauplan:version'))
  return {
    ...(calledElement ? { calledElement } : {}),
    ...(blockId ? { blockId } : {}),
    ...(versionRange ? { versionRange } : {}),
  }
}

/**
 * The default range for a newly linked block: compatible with the chosen minor version and every
 * later one of the same major (`^1.4.0` for 1.4.2), so patches and compatible features flow in while
 * a breaking change (a new major) needs a deliberate update.
 */
export function defaultRange(version: string): string {
  if (!isVersion(version)) return '*'
  const [major, minor] = version.split('.')
  return `^${major}.${minor}.0`
}

/**
 * Links the call activity to a block. One `updateProperties` command sets all three attributes, so a
 * single undo reverts the whole link.
 */
export function linkBlock(
  modeling: Modeling,
  element: DiagramElement,
  chosen: ChosenBlock,
  versionRange = defaultRange(chosen.version)
): void {
  if (!isValidRange(versionRange)) throw new Error(`invalid version range: ${versionRange}`)
  modeling.updateProperties(element, {
    calledElement: chosen.processId,
    'bauplan:baustein': chosen.blockId,
    'bauplan:version': versionRange,
  })
}

export function setVersionRange(
  modeling: Modeling,
  element: DiagramElement,
  versionRange: string
): void {
  if (!isValidRange(versionRange)) throw new Error(`invalid version range: ${versionRange}`)
  modeling.updateProperties(element, { 'bauplan:version': versionRange.trim() })
}
