import { isBausteinId, nextDraftVersion } from '@bauplan/domain'
import { NotFoundError } from '../errors'
import type { JsonObject, JsonValue } from '../model/json'
import type { Actor } from './actor'
import { timestampOf } from './draftMetadata'
import { ValidationError } from './errors'
import { folderOf } from './folderFiles'
import { audit, readFiles, requireState, requireVersion } from './operationSupport'
import type { DraftResult } from './results'
import { requireAnalyst } from './rights'
import type { ServiceContext } from './serviceContext'

const ACTION = { de: 'Variante ableiten', en: 'Derive a variant' }

export interface DeriveVariantInput {
  originId: string
  originVersion: string
  /** The organisation that will own the variant (e.g. a municipality adapting a state block). */
  organisationId: string
  newId: string
}

/** Relations of the origin carried over, minus its own origin: the variant derives from the origin. */
function variantRelations(
  origin: JsonObject,
  originId: string,
  originVersion: string
): JsonValue[] {
  const kept = Array.isArray(origin.relationen)
    ? origin.relationen.filter(
        (r) => !(typeof r === 'object' && r !== null && !Array.isArray(r) && r.praedikat === 'ABL')
      )
    : []
  return [...kept, { praedikat: 'ABL', objekt: { id: originId, version: originVersion } }]
}

/**
 * A municipal variant of a published block: a new block owned by the target organisation, with
 * relation ABL to origin id@version (stored as a block relation and in the metadata `relationen`), and
 * a first draft 1.0.0 with the origin's files. The metadata keeps the origin's content; id, version,
 * publisher (herausgeber: the target organisation), relations and last change are the variant's own.
 */
export async function deriveVariant(
  ctx: ServiceContext,
  actor: Actor,
  input: DeriveVariantInput
): Promise<DraftResult> {
  requireAnalyst(actor, input.organisationId, ACTION)
  if (!isBausteinId(input.newId)) {
    throw new ValidationError([
      {
        code: 'lifecycle.invalidDraft',
        severity: 'error',
        pointer: '/newId',
        message: {
          de: `„${input.newId}“ ist keine Baustein-ID (URN wie urn:bauplan:baustein:dresden:identitaet-pruefen).`,
          en: `"${input.newId}" is not a block id (a URN like urn:bauplan:baustein:dresden:identitaet-pruefen).`,
        },
      },
    ])
  }
  return ctx.store.transaction(async (tx) => {
    const origin = await requireVersion(tx, {
      blockId: input.originId,
      version: input.originVersion,
    })
    requireState(origin, ['veroeffentlicht'], ACTION)
    const organisation = await tx.getOrganisation(input.organisationId)
    if (organisation === null) throw new NotFoundError('organisation', input.organisationId)
    const version = nextDraftVersion(undefined)
    const metadata: JsonObject = {
      ...origin.metadata,
      id: input.newId,
      version,
      herausgeber: { organisationsname: organisation.name },
      relationen: variantRelations(origin.metadata, input.originId, input.originVersion),
      letzteAenderung: timestampOf(ctx.clock()),
    }
    const files = await readFiles(tx, origin)
    const key = { blockId: input.newId, version }
    await tx.createBlock({
      id: input.newId,
      organisationId: input.organisationId,
      createdBy: actor.userId,
    })
    const stored = await tx.createDraft({ ...key, metadata, files, createdBy: actor.userId })
    const references = await tx.listReferences(origin)
    await tx.setReferences(
      key,
      references.map((r) => ({ targetBlockId: r.targetBlockId, range: r.range }))
    )
    await tx.addRelation({
      blockId: input.newId,
      predicate: 'ABL',
      targetBlockId: input.originId,
      targetVersion: input.originVersion,
    })
    await audit(tx, actor, 'block.variantDerived', key, {
      organisationId: input.organisationId,
      originId: input.originId,
      originVersion: input.originVersion,
    })
    const check = await ctx.checkFolder(folderOf(metadata, files))
    return { version: stored, problems: check.problems }
  })
}
