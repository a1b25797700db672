import type { StoreContext } from '../core/context'
import { nowIso } from '../core/context'
import { InvalidInputError } from '../errors'
import { lockCollabDocuments, storeCollabRows } from './collabDocuments'
import { appendCollabGroupInOneStatement } from './collabAppendStatement'
import { planCollabGroup } from './collabGroupPlan'
import { writeGroupOrEachAlone, type CollabGroupWriter } from './collabGroupRetry'
import type { CollabAppendOutcome, NewCollabUpdate } from './collabRecords'

/**
 * Appends a group of updates (of one or many documents) in ONE transaction of a fixed number of
 * statements, however large the group (collabDocuments.ts): lock the documents' version rows in a
 * stable order, read their log totals, then — after deciding every append in TypeScript
 * (collabGroupPlan.ts) — insert the accepted updates and write the new totals. A refused append
 * (frozen, too large, unknown version, malformed) stores nothing and gets its error as its outcome;
 * the others still commit. Outcomes come back in the order of `inputs`, and updates of one document
 * are written in that order. If the transaction fails as a whole, each append is tried alone
 * (collabGroupRetry.ts). On PostgreSQL the same work is one statement (collabAppendStatement.ts).
 */
export async function appendCollabGroup(
  ctx: StoreContext,
  inputs: readonly NewCollabUpdate[]
): Promise<CollabAppendOutcome[]> {
  return refusingMalformed((group) =>
    writeGroupOrEachAlone(group, (each) =>
      ctx.dialect.collabAppendFunction
        ? appendCollabGroupInOneStatement(ctx, each)
        : writeGroupOnce(ctx, each)
    )
  )(inputs)
}

/**
 * A group writer that refuses the malformed appends first (InvalidInputError naming the field,
 * nothing written) and hands only the others to `write` — in this process or elsewhere (the SQLite
 * append thread); the outcomes come back in the order of `inputs`.
 */
export function refusingMalformed(write: CollabGroupWriter): CollabGroupWriter {
  return async (inputs) => {
    const outcomes: (CollabAppendOutcome | undefined)[] = inputs.map((input) => {
      try {
        requireAppendInput(input)
        return undefined
      } catch (error) {
        return { ok: false, error }
      }
    })
    const toWrite = inputs.filter((_, index) => outcomes[index] === undefined)
    if (toWrite.length === 0) return outcomes as CollabAppendOutcome[]
    const written = await write(toWrite)
    let position = 0
    return outcomes.map(
      (outcome) =>
        outcome ??
        written[position++] ?? {
          ok: false,
          error: new TypeError('the group write returned no outcome'),
        }
    )
  }
}

/** One transaction for the whole group; refusals are outcomes, database failures throw. */
async function writeGroupOnce(
  ctx: StoreContext,
  inputs: readonly NewCollabUpdate[]
): Promise<CollabAppendOutcome[]> {
  return ctx.ex.atomic(async (ex) => {
    const documents = await lockCollabDocuments(ctx, ex, inputs)
    const plan = planCollabGroup(inputs, documents)
    if (plan.rows.length > 0) await storeCollabRows(ctx, ex, plan.rows, plan.totals, nowIso(ctx))
    return plan.outcomes
  })
}

/** Checks an append's input before any database work; InvalidInputError names the field. */
export function requireAppendInput(input: NewCollabUpdate): void {
  requireBytes(input.update, 'update')
  requireLimit(input.maxDocumentBytes)
}

export function requireBytes(value: Uint8Array, field: string): void {
  if (!(value instanceof Uint8Array) || value.byteLength === 0) {
    throw new InvalidInputError(field, {
      de: 'muss eine nicht leere Bytefolge (Yjs-Update) sein.',
      en: 'must be a non-empty byte sequence (a Yjs update).',
    })
  }
}

function requireLimit(value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InvalidInputError('maxDocumentBytes', {
      de: 'muss eine ganze Zahl ab 1 sein.',
      en: 'must be a whole number of at least 1.',
    })
  }
}
