/** axe-core on a rendered page: no serious or critical accessibility violations allowed. */
import axe from 'axe-core'
import { expect } from 'vitest'

export async function expectNoSeriousA11yViolations(
  context: Element | Document = document,
  exclude: string[] = []
): Promise<void> {
  // Let React commit what effects just scheduled (e.g. a table wrapper that found it overflows).
  await new Promise((resolve) => setTimeout(resolve, 50))
  const result = await axe.run(
    exclude.length > 0
      ? { include: [context as Element], exclude: exclude.map((s) => [s]) }
      : context,
    { resultTypes: ['violations'] }
  )
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
    )
  expect(serious).toEqual([])
}
