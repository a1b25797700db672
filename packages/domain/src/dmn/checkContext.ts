import type { Problem, Severity } from '../problem'
import type { ModdleElement } from './model'
import { at, scanDmnSource, type DmnSource } from './sourceIndex'

/**
 * Shared by the DMN checks: builds problems with file, element id and — when the XML text is
 * known — the line and column of the element's `id` attribute.
 */
export interface CheckContext {
  problem(
    code: string,
    severity: Severity,
    element: ModdleElement | undefined,
    de: string,
    en: string,
    occurrence?: number
  ): Problem
}

export function createCheckContext(
  xmlText: string | undefined,
  file: string | undefined
): CheckContext {
  let source: DmnSource | undefined
  const sourceIndex = (): DmnSource | undefined => {
    if (xmlText === undefined) return undefined
    source ??= scanDmnSource(xmlText)
    return source
  }
  return {
    problem(code, severity, element, de, en, occurrence = 0) {
      const elementId = element?.id
      return {
        code,
        severity,
        message: { de, en },
        ...(elementId !== undefined ? { elementId } : {}),
        ...(file !== undefined ? { file } : {}),
        ...at(
          elementId !== undefined ? sourceIndex()?.positionOfId(elementId, occurrence) : undefined
        ),
      }
    },
  }
}
