import type { Problem } from '../problem'
import { scanXmlText } from './scanner'

/**
 * The gate every XML text passes before a real parser sees it: refuses oversized input, any DTD or
 * entity declaration (never expanded, so billion-laughs and XXE are impossible), too many elements,
 * too deep nesting, and text that is not well-formed. Linear time, no dependencies, runs in the
 * browser. Stops at the first fatal problem; an empty `problems` list means the text may be parsed.
 */
export function scanXml(text: string): {
  problems: Problem[]
  stats: { bytes: number; elements: number; maxDepth: number }
} {
  return scanXmlText(text)
}
