import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../../store'
import { ValidationError } from '../errors'
import { sqlite } from '../testing/backends'
import { folder, type FolderSpec } from '../testing/folders'
import { SLOW } from '../testing/slow'
import { expectRefused } from '../testing/snapshot'
import { blockId, createWorld, SN, type World } from '../testing/world'

const A = blockId('gebuehr-festsetzen')
const B = blockId('antrag-bearbeiten')
const FEE_RULES = [
  { id: 'R1', input: '"gewerbe"', output: '20' },
  { id: 'R2', input: '-', output: '10' },
]

describe('quality gates in the publishing gate', { timeout: SLOW }, () => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await sqlite.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  async function draft(spec: FolderSpec) {
    return w.service.createBlock(w.analyst, { organisationId: SN, files: folder(spec) })
  }

  async function setLevels(rules: Record<string, string>, basedOnRevision: number) {
    return w.service.changeLintConfig(w.curator, { basedOnRevision, rules })
  }

  function errors(error: ValidationError) {
    return error.problems.filter((p) => p.severity === 'error')
  }

  it('refuses a rule finding at level error, naming rule, file and element', async () => {
    const created = await draft({ id: A, taskName: '' })
    // The draft is stored; the finding is already reported, as an error still to fix.
    expect(created.problems).toContainEqual(
      expect.objectContaining({ code: 'bauplan/named-flow-nodes', elementId: 'Task_1' })
    )
    expect(created.lintConfigRevision).toBe(0)
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.0'),
      ValidationError,
      422
    )
    expect(errors(error)).toEqual([
      expect.objectContaining({
        code: 'bauplan/named-flow-nodes',
        elementId: 'Task_1',
        file: 'gebuehr-festsetzen.bpmn',
        message: {
          de: expect.stringContaining('keinen Namen'),
          en: expect.stringContaining('has no name'),
        },
      }),
    ])
  })

  it('passes warnings through and records the configuration revision it used', async () => {
    await setLevels({ 'bauplan/named-flow-nodes': 'warning' }, 0)
    await draft({ id: A, taskName: '' })
    const submitted = await w.service.submit(w.analyst, A, '1.0.0')
    expect(submitted.lintConfigRevision).toBe(1)
    expect(submitted.problems).toContainEqual(
      expect.objectContaining({ code: 'bauplan/named-flow-nodes', severity: 'warning' })
    )
    const approved = await w.service.approve(w.curator, A, '1.0.0')
    expect(approved.version.state).toBe('veroeffentlicht')
    expect(approved.lintConfigRevision).toBe(1)
    const audit = (await store.listAudit({ blockId: A, order: 'asc' })).items
    expect(
      audit
        .filter((e) => e.action === 'version.submitted' || e.action === 'version.published')
        .map((e) => [e.action, e.details.lintConfigRevision])
    ).toEqual([
      ['version.submitted', 1],
      ['version.published', 1],
    ])
  })

  it('runs the configuration current at approval, not the one at submission', async () => {
    await setLevels({ 'bauplan/task-verb-object': 'off' }, 0)
    await draft({ id: A, taskName: 'Bearbeitung' })
    expect((await w.service.submit(w.analyst, A, '1.0.0')).problems).not.toContainEqual(
      expect.objectContaining({ code: 'bauplan/task-verb-object' })
    )
    await setLevels({ 'bauplan/task-verb-object': 'error' }, 1)
    const error = await expectRefused(
      store,
      () => w.service.approve(w.curator, A, '1.0.0'),
      ValidationError,
      422
    )
    expect(errors(error).map((p) => [p.code, p.elementId])).toEqual([
      ['bauplan/task-verb-object', 'Task_1'],
    ])
  })

  it('resolves call activities against the catalogue, reporting an unknown block once', async () => {
    await draft({ id: B, calls: [{ id: A, range: '^1.0.0' }] })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, B, '1.0.0'),
      ValidationError,
      422
    )
    expect(errors(error).map((p) => [p.code, p.elementId])).toEqual([
      ['ref.unknownBlock', 'Call_1'],
    ])
  })

  it('runs the decision tests and refuses a failing one with expected and actual values', async () => {
    await draft({
      id: A,
      rules: FEE_RULES,
      tests: [
        {
          name: 'Gewerbe kostet 20',
          eingaben: { verwendungszweck: 'gewerbe' },
          erwartet: { gebuehr: 20 },
        },
        { name: 'Sonst 15', eingaben: { verwendungszweck: 'privat' }, erwartet: { gebuehr: 15 } },
      ],
    })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.0'),
      ValidationError,
      422
    )
    expect(errors(error)).toEqual([
      expect.objectContaining({
        code: 'decisionTest.failed',
        file: 'entscheidungstests.json',
        pointer: '/tests/1',
        message: {
          de: expect.stringContaining('gebuehr: erwartet 15, berechnet 10'),
          en: expect.stringContaining('gebuehr: expected 15, got 10'),
        },
      }),
    ])
  })

  it('reports passing decision tests with the matched rules', async () => {
    await draft({
      id: A,
      rules: FEE_RULES,
      tests: [
        {
          name: 'Gewerbe kostet 20',
          eingaben: { verwendungszweck: 'gewerbe' },
          erwartet: { gebuehr: 20 },
        },
      ],
    })
    const submitted = await w.service.submit(w.analyst, A, '1.0.0')
    expect(submitted.decisionTests).toEqual({
      passed: 1,
      failed: 0,
      results: [
        {
          name: 'Gewerbe kostet 20',
          decisionId: 'Decision_Gebuehr',
          passed: true,
          outputs: [{ name: 'gebuehr', expected: 20, actual: 20, passed: true }],
          matchedRules: [{ decisionId: 'Decision_Gebuehr', rules: [1] }],
          problems: [],
        },
      ],
    })
  })

  it('refuses FEEL that does not parse, naming the DMN file and the rule', async () => {
    await draft({ id: A, rules: [{ id: 'R1', input: '"gewerbe" +', output: '20' }] })
    const error = await expectRefused(
      store,
      () => w.service.submit(w.analyst, A, '1.0.0'),
      ValidationError,
      422
    )
    expect(errors(error)).toContainEqual(
      expect.objectContaining({
        code: 'dmn.feelSyntax',
        file: 'gebuehr-festsetzen.dmn',
        elementId: expect.stringMatching(/^R1/),
        message: expect.objectContaining({ en: expect.stringContaining('does not parse') }),
      })
    )
  })

  it('gives no decision-test report when the metadata is invalid, rather than "no tests"', async () => {
    const created = await draft({
      id: A,
      rules: FEE_RULES,
      tests: [
        { name: 'Gewerbe', eingaben: { verwendungszweck: 'gewerbe' }, erwartet: { gebuehr: 20 } },
      ],
      metadata: { freigabestatus: 99 },
    })
    expect(created.decisionTests).toBeUndefined()
    expect(created.problems).toContainEqual(expect.objectContaining({ pointer: '/freigabestatus' }))
  })

  it('reports a block without decision tests as zero tests', async () => {
    const created = await draft({ id: A, rules: FEE_RULES })
    expect(created.decisionTests).toEqual({ passed: 0, failed: 0, results: [] })
  })

  it('does not run tests the folder check already found broken, and says why', async () => {
    const created = await draft({
      id: A,
      rules: FEE_RULES,
      tests: [
        { name: 'Tippfehler', eingaben: { verwendungszwek: 'x' }, erwartet: { gebuehr: 10 } },
      ],
    })
    expect(created.decisionTests).toBeUndefined()
    expect(created.problems).toContainEqual(
      expect.objectContaining({
        code: 'decisionTest.unknownInput',
        pointer: '/tests/0/eingaben/verwendungszwek',
      })
    )
  })
})
