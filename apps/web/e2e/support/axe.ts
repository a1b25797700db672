/**
 * Runs axe-core inside the page (WCAG 2 A and AA rules) and returns the serious and critical
 * violations, described well enough to fix them from a failing test's output alone.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'

// The diagram canvases are bpmn-js/dmn-js territory (their SVG is not ours to fix and is covered by
// the editors' own keyboard alternatives); everything around them is checked.
const CANVAS_SELECTORS = ['.djs-container', '.dmn-js-parent', '.bjs-container']

export interface AxeFinding {
  id: string
  impact: string
  help: string
  targets: string[]
}

export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  if (!injected) await page.addScriptTag({ content: axe.source })
  const violations = await page.evaluate(async (exclude) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const present = exclude.filter((selector) => document.querySelector(selector) !== null)
    const result = await run(
      { include: [['body']], exclude: present.map((selector) => [selector]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, resultTypes: ['violations'] }
    )
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }, CANVAS_SELECTORS)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** One line per violation for the assertion message. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => `${f.impact} ${f.id}: ${f.help}\n    at ${f.targets.join('\n    at ')}`)
    .join('\n')
}
