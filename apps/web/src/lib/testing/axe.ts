/** axe-core on a rendered page: no serious or critical accessibility violations allowed. */
import axe from 'axe-core'
import { expect } from 'vitest'

export async function expectNoSeriousA11yViolations(
  context: Element | Document = document,
  exclude: string[] = []
): Promise<void> {
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
