import { checkDmn, hasErrors, parseDmn } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { render } from 'vitest-browser-react'
import { LocaleProvider } from '../../lib/i18n/i18n'
import { referenceDmn } from '../editor/testing/referenceModels'
import { DecisionModeler, type DecisionModelerHandle } from './DecisionModeler'

describe('decision modeler', () => {
  const models = Object.entries(referenceDmn)

  it('finds the reference decision models', () => {
    expect(models.length).toBeGreaterThanOrEqual(5)
  })

  it.each(models)(
    'opens %s, shows a decision table in German and exports valid DMN',
    async (path, xml) => {
      let handle: DecisionModelerHandle | undefined
      const screen = await render(
        <LocaleProvider initial="de">
          <DecisionModeler file={path} initialXml={xml} onReady={(h) => (handle = h)} />
        </LocaleProvider>
      )
      await expect.poll(() => handle, { timeout: 10_000 }).toBeDefined()
      const table = handle!.modeler.getViews().find((view) => view.type === 'decisionTable')
      expect(table).toBeDefined()
      expect(await handle!.selectElement(table!.element.id)).toBe(true)
      await expect
        .element(screen.getByText('Trefferrichtlinie:', { exact: false }).first())
        .toBeVisible()
      expect(screen.container.querySelector('.dmn-decision-table-container')).not.toBeNull()
      // dmn-js keeps its own watermark; it must stay visible.
      expect(
        screen.container.querySelector('.powered-by-logo, .djs-powered-by, .bjs-powered-by')
      ).not.toBeNull()
      const exported = await handle!.getXml()
      const parsed = await parseDmn(exported, { file: path })
      expect(parsed.definitions).toBeDefined()
      expect(
        hasErrors([...parsed.problems, ...checkDmn(parsed.definitions!, exported, { file: path })])
      ).toBe(false)
    }
  )
})
