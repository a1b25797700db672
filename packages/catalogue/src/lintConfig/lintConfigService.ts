import type { LocalizedText } from '@bauplan/domain'
import { validateLintConfig, type LintLevel } from '@bauplan/lint'
import type { JsonObject } from '../model/json'
import type { Actor } from '../lifecycle/actor'
import { hasRole, isAdmin } from '../lifecycle/actor'
import { ForbiddenError, RevisionConflictError, ValidationError } from '../lifecycle/errors'
import type { ServiceContext } from '../lifecycle/serviceContext'
import { viewOf, type LintConfigView } from './lintConfigView'
import { currentOf, readCurrentLintConfig } from './readLintConfig'

export interface LintConfigChange {
  /** The revision the curator edited (0 before the first change). */
  basedOnRevision: number
  /** Levels to set; rules left out keep their current level. */
  rules: Readonly<Record<string, unknown>>
  comment?: string
}

export const LINT_CONFIG_CHANGED = 'lintConfig.changed'

const ACTION: LocalizedText = { de: 'Prüfregeln ändern', en: 'Change the quality rules' }

export async function getLintConfig(ctx: ServiceContext): Promise<LintConfigView> {
  return viewOf(ctx.store, await readCurrentLintConfig(ctx.store))
}

/** Every stored revision, newest first (revision 0, the defaults, is not stored). */
export async function listLintConfigHistory(ctx: ServiceContext): Promise<LintConfigView[]> {
  const names = new Map<string, string>()
  const views: LintConfigView[] = []
  for (const stored of await ctx.store.listLintConfigRevisions()) {
    views.push(await viewOf(ctx.store, currentOf(stored), names))
  }
  return views
}

/**
 * Sets rule levels for the whole catalogue. Curators (of any organisation: the catalogue is shared)
 * and admins may; the levels are validated (unknown rules and levels name their place and the
 * closest valid value); the change is written only on the revision the curator saw, and audited
 * with every level that changed.
 */
export async function changeLintConfig(
  ctx: ServiceContext,
  actor: Actor,
  change: LintConfigChange
): Promise<LintConfigView> {
  if (!(hasRole(actor, 'kurator') || isAdmin(actor))) {
    throw new ForbiddenError('lifecycle.forbidden.lintConfig', {
      de: `${ACTION.de}: Das dürfen nur Kuratoren und Administratoren.`,
      en: `${ACTION.en}: only curators (Kuratoren) and administrators may do this.`,
    })
  }
  const validation = validateLintConfig({ version: 1, rules: change.rules })
  if (!validation.ok) throw new ValidationError(validation.problems)
  return ctx.store.transaction(async (tx) => {
    const before = await readCurrentLintConfig(tx)
    const rules = { ...before.rules }
    for (const [name, level] of Object.entries(change.rules)) {
      rules[name as keyof typeof rules] = level as LintLevel
    }
    const result = await tx.appendLintConfigRevision({
      basedOnRevision: change.basedOnRevision,
      rules: rules as unknown as JsonObject,
      changedBy: actor.userId,
      comment: change.comment ?? null,
    })
    if (!result.ok) {
      throw new RevisionConflictError('lintConfig.revisionConflict', {
        de: `${ACTION.de}: Die Prüfregeln wurden inzwischen geändert (Revision ${result.conflict.actual}, bearbeitet wurde ${result.conflict.expected}). Laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.`,
        en: `${ACTION.en}: the rules were changed meanwhile (revision ${result.conflict.actual}; you edited ${result.conflict.expected}). Reload them and make your change again.`,
      })
    }
    const changes: JsonObject = {}
    for (const [name, level] of Object.entries(rules)) {
      const old = before.rules[name as keyof typeof rules]
      if (old !== level) changes[name] = { from: old, to: level }
    }
    await tx.appendAudit({
      actorId: actor.userId,
      action: LINT_CONFIG_CHANGED,
      details: {
        revision: result.value.revision,
        basedOnRevision: change.basedOnRevision,
        changes,
        ...(result.value.comment !== null ? { comment: result.value.comment } : {}),
      },
    })
    return viewOf(tx, currentOf(result.value))
  })
}
