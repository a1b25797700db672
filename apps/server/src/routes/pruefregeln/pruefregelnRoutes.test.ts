import path from 'node:path'
import { DEFAULT_LINT_CONFIG, LINT_RULES } from '@bauplan/lint'
import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestsFor } from '../../testing/requests'
import { startTestApp, type CookieLogin, type TestApp } from '../../testing/testApp'

// The rule configuration over HTTP, and the quality gates in the answer of POST /api/pruefen.

let t: TestApp
let analyst: CookieLogin
let curator: CookieLogin
let itProvider: CookieLogin

beforeAll(async () => {
  t = await startTestApp()
  await t.addOrganisation('test-kommune', 'kommune')
  await t.addOrganisation('test-it', 'it_dienstleister')
  await t.addUser('anna', [{ organisationId: 'test-kommune', role: 'modellierer' }])
  await t.addUser('kurt', [{ organisationId: 'test-kommune', role: 'kurator' }])
  await t.addUser('ines', [{ organisationId: 'test-it', role: 'it_dienstleister' }])
  analyst = await t.login('anna')
  curator = await t.login('kurt')
  itProvider = await t.login('ines')
})
afterAll(async () => t.close())

const requests = () => requestsFor(t)

describe('GET /api/pruefregeln', () => {
  it('needs a login (401)', async () => {
    const response = await t.app.inject({ url: '/api/pruefregeln' })
    expect(response.statusCode).toBe(401)
  })

  it('gives every signed-in user the defaults (revision 0) and the rule catalogue', async () => {
    const response = await requests().get(itProvider, '/api/pruefregeln')
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json()
    expect(body).toMatchObject({
      revision: 0,
      rules: DEFAULT_LINT_CONFIG.rules,
      changedAt: null,
      changedBy: null,
      comment: null,
    })
    expect(body.catalogue).toHaveLength(LINT_RULES.length)
    expect(body.catalogue[0]).toEqual({
      name: 'bauplan/named-flow-nodes',
      target: 'bpmn',
      defaultLevel: 'error',
      title: { de: expect.any(String), en: expect.any(String) },
      description: { de: expect.any(String), en: expect.any(String) },
    })
  })
})

describe('PUT /api/pruefregeln', () => {
  it('refuses an analyst (403) and stores nothing', async () => {
    const problem = await requests().refused(403, () =>
      requests().send(analyst, 'PUT', '/api/pruefregeln', {
        basedOnRevision: 0,
        rules: { 'bauplan/task-verb-object': 'error' },
      })
    )
    expect(problem.code).toBe('lifecycle.forbidden.lintConfig')
    expect(problem.detail).toContain('Kuratoren und Administratoren')
  })

  it('refuses unknown rules and invalid levels (422), naming each by its pointer', async () => {
    const problem = await requests().refused(422, () =>
      requests().send(curator, 'PUT', '/api/pruefregeln?lang=en', {
        basedOnRevision: 0,
        rules: { 'bauplan/task-verb-objekt': 'error', 'bauplan/task-in-lane': 2 },
      })
    )
    expect(problem.code).toBe('lifecycle.invalid')
    expect(problem.problems.map((p: { pointer: string }) => p.pointer)).toEqual([
      '/rules/bauplan~1task-verb-objekt',
      '/rules/bauplan~1task-in-lane',
    ])
    expect(problem.problems[0].message.en).toContain('bauplan/task-verb-object')
    expect(problem.problems[1].message.de).toContain('error')
  })

  it('refuses a body without rules (400)', async () => {
    const response = await requests().send(curator, 'PUT', '/api/pruefregeln', {
      basedOnRevision: 0,
    })
    expect(response.statusCode).toBe(400)
  })

  it('lets a curator change levels, then refuses a change on the old revision (409)', async () => {
    const response = await requests().send(curator, 'PUT', '/api/pruefregeln', {
      basedOnRevision: 0,
      rules: { 'bauplan/task-verb-object': 'error' },
      comment: 'Objekt + Verb verbindlich',
    })
    expect(response.statusCode, response.body).toBe(200)
    const changed = response.json()
    expect(changed).toMatchObject({
      revision: 1,
      rules: { ...DEFAULT_LINT_CONFIG.rules, 'bauplan/task-verb-object': 'error' },
      changedBy: { name: 'kurt' },
      comment: 'Objekt + Verb verbindlich',
    })
    expect(changed.catalogue).toHaveLength(LINT_RULES.length)
    expect((await requests().get(analyst, '/api/pruefregeln')).json().revision).toBe(1)

    const problem = await requests().refused(409, () =>
      requests().send(curator, 'PUT', '/api/pruefregeln', {
        basedOnRevision: 0,
        rules: { 'bauplan/task-verb-object': 'off' },
      })
    )
    expect(problem.code).toBe('lintConfig.revisionConflict')
  })

  it('lists the history, newest first', async () => {
    const response = await requests().get(itProvider, '/api/pruefregeln/verlauf')
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().items).toEqual([
      expect.objectContaining({
        revision: 1,
        changedBy: expect.objectContaining({ name: 'kurt' }),
      }),
    ])
  })
})

describe('POST /api/pruefen with the quality gates', () => {
  async function hundesteuer(change: (tests: string) => string = (tests) => tests) {
    const folder = await readModelFolder(path.join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
    const tests = folder.files['entscheidungstests.json'] ?? ''
    return { ...folder.files, 'entscheidungstests.json': change(tests) }
  }

  it('runs the decision tests and names the rule configuration it used', async () => {
    const response = await requests().send(analyst, 'POST', '/api/pruefen', {
      files: await hundesteuer(),
    })
    expect(response.statusCode, response.body).toBe(200)
    const body = response.json()
    expect(body.lintConfigRevision).toBe(1)
    expect(body.decisionTests.failed).toBe(0)
    expect(body.decisionTests.passed).toBeGreaterThan(3)
    expect(body.decisionTests.results[0]).toMatchObject({
      decisionId: 'Decision_Steuersatz',
      passed: true,
      outputs: [{ name: 'jahressteuer', expected: 65, actual: 65, passed: true }],
      matchedRules: [expect.objectContaining({ rules: [expect.any(Number)] })],
    })
    // The blocks it calls are not in this catalogue: the rule resolves calls against the
    // catalogue and reports each call activity once.
    const calls = body.problems.filter(
      (p: { code: string }) => p.code === 'bauplan/call-activity-reference'
    )
    expect(calls.length).toBeGreaterThan(0)
    for (const call of calls) {
      expect(call).toMatchObject({ severity: 'error', file: 'hundesteuer-anmelden.bpmn' })
      expect(call.message.en).toContain('urn:bauplan:baustein:')
    }
    const elements = calls.map((p: { elementId: string }) => p.elementId)
    expect(new Set(elements).size).toBe(elements.length)
  })

  it('reports a failing decision test with expected and computed value', async () => {
    const files = await hundesteuer((tests) =>
      tests.replace('"erwartet": { "jahressteuer": 65 }', '"erwartet": { "jahressteuer": 66 }')
    )
    const body = (await requests().send(analyst, 'POST', '/api/pruefen?lang=en', { files })).json()
    expect(body.valid).toBe(false)
    expect(body.decisionTests.failed).toBe(1)
    expect(body.problems).toContainEqual(
      expect.objectContaining({
        code: 'decisionTest.failed',
        file: 'entscheidungstests.json',
        pointer: '/tests/0',
        message: expect.objectContaining({ en: expect.stringContaining('expected 66, got 65') }),
      })
    )
  })
})
