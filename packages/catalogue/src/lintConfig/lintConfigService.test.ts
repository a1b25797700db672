import { DEFAULT_LINT_CONFIG } from '@bauplan/lint'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ForbiddenError, RevisionConflictError, ValidationError } from '../lifecycle/errors'
import { lifecycleBackends } from '../lifecycle/testing/backends'
import { SLOW } from '../lifecycle/testing/slow'
import { expectRefused } from '../lifecycle/testing/snapshot'
import { createWorld, type World } from '../lifecycle/testing/world'
import type { CatalogueStore } from '../store'
import { LINT_CONFIG_CHANGED } from './lintConfigService'

describe.each(lifecycleBackends())('rule configuration on $name', { timeout: SLOW }, (backend) => {
  let store: CatalogueStore
  let w: World
  beforeEach(async () => {
    store = await backend.open()
    w = await createWorld(store)
  })
  afterEach(() => store.close())

  it('is every rule at its default level (revision 0) before the first change', async () => {
    expect(await w.service.getLintConfig(w.itProvider)).toEqual({
      revision: 0,
      rules: DEFAULT_LINT_CONFIG.rules,
      changedAt: null,
      changedBy: null,
      comment: null,
    })
    expect(await w.service.listLintConfigHistory(w.analyst)).toEqual([])
  })

  it('lets a curator change levels on the current revision; others keep theirs', async () => {
    const changed = await w.service.changeLintConfig(w.curator, {
      basedOnRevision: 0,
      rules: { 'bauplan/task-verb-object': 'error', 'bauplan/no-implicit-join': 'off' },
      comment: 'Objekt + Verb verbindlich',
    })
    expect(changed).toEqual({
      revision: 1,
      rules: {
        ...DEFAULT_LINT_CONFIG.rules,
        'bauplan/task-verb-object': 'error',
        'bauplan/no-implicit-join': 'off',
      },
      changedAt: expect.any(String),
      changedBy: { id: w.curator.userId, name: 'curator' },
      comment: 'Objekt + Verb verbindlich',
    })
    const second = await w.service.changeLintConfig(w.admin, {
      basedOnRevision: 1,
      rules: { 'bauplan/no-implicit-join': 'warning' },
    })
    expect(second.rules['bauplan/task-verb-object']).toBe('error')
    expect(await w.service.getLintConfig(w.analyst)).toEqual(second)
    const history = await w.service.listLintConfigHistory(w.analyst)
    expect(
      history.map((r) => [r.revision, r.changedBy?.name, r.rules['bauplan/no-implicit-join']])
    ).toEqual([
      [2, 'admin', 'warning'],
      [1, 'curator', 'off'],
    ])
  })

  it('audits who changed which rule from which level to which', async () => {
    await w.service.changeLintConfig(w.koordCurator, {
      basedOnRevision: 0,
      rules: { 'bauplan/task-verb-object': 'error', 'bauplan/task-in-lane': 'error' },
      comment: 'strenger',
    })
    const entry = (await store.listAudit()).items.find((e) => e.action === LINT_CONFIG_CHANGED)
    expect(entry).toMatchObject({
      actorId: w.koordCurator.userId,
      blockId: null,
      details: {
        revision: 1,
        basedOnRevision: 0,
        // task-in-lane was already at error: only real changes are listed.
        changes: { 'bauplan/task-verb-object': { from: 'warning', to: 'error' } },
        comment: 'strenger',
      },
    })
  })

  it.each([
    ['an analyst', 'analyst'],
    ['an IT provider', 'itProvider'],
  ] as const)('refuses %s (403) and writes nothing', async (_label, who) => {
    const error = await expectRefused(
      store,
      () =>
        w.service.changeLintConfig(w[who], {
          basedOnRevision: 0,
          rules: { 'bauplan/task-verb-object': 'off' },
        }),
      ForbiddenError,
      403
    )
    expect(error.problem.code).toBe('lifecycle.forbidden.lintConfig')
    expect(error.problem.message.en).toContain('only curators (Kuratoren) and administrators')
  })

  it('refuses a stale revision (409) and writes nothing', async () => {
    await w.service.changeLintConfig(w.curator, {
      basedOnRevision: 0,
      rules: { 'bauplan/task-verb-object': 'error' },
    })
    const error = await expectRefused(
      store,
      () =>
        w.service.changeLintConfig(w.ddCurator, {
          basedOnRevision: 0,
          rules: { 'bauplan/task-verb-object': 'off' },
        }),
      RevisionConflictError,
      409
    )
    expect(error.problem.code).toBe('lintConfig.revisionConflict')
    expect(error.problem.message.de).toContain('Revision 1')
  })

  it('refuses unknown rules and invalid levels (422), each named by its pointer', async () => {
    const error = await expectRefused(
      store,
      () =>
        w.service.changeLintConfig(w.curator, {
          basedOnRevision: 0,
          rules: { 'task-verb-object': 'error', 'bauplan/task-in-lane': 'warn' },
        }),
      ValidationError,
      422
    )
    expect(error.problems.map((p) => [p.code, p.pointer])).toEqual([
      ['lintConfig.unknownRule', '/rules/task-verb-object'],
      ['lintConfig.invalidLevel', '/rules/bauplan~1task-in-lane'],
    ])
    expect(error.problems[0]?.message.de).toContain('bauplan/task-verb-object')
    expect(error.problems[1]?.message.en).toContain('warning')
  })
})
