import type { CatalogueStore } from '../store'
import type { SubmissionEvent } from './notificationTypes'
import type { SubmissionStatus, SubmissionView } from './notificationViews'

/** At most this many of the latest submissions are listed. */
export const MAX_SUBMISSIONS = 100

function statusOf(state: SubmissionEvent['currentState'], decision: SubmissionEvent | undefined) {
  const byState: Partial<Record<SubmissionEvent['currentState'], SubmissionStatus>> = {
    in_pruefung: 'inReview',
    veroeffentlicht: 'published',
    abgekuendigt: 'deprecated',
  }
  return (byState[state] ??
    (decision?.kind === 'zurueckgezogen' ? 'withdrawn' : 'rejected')) satisfies SubmissionStatus
}

/**
 * The versions `userId` submitted, latest submission first, each with its state today and the
 * decision on its latest submission (who, when, why). Built from the review events in one query.
 */
export async function submissionsOf(
  store: CatalogueStore,
  userId: string
): Promise<SubmissionView[]> {
  const byVersion = new Map<string, SubmissionEvent[]>()
  for (const event of await store.listSubmissionEvents(userId)) {
    const key = `${event.blockId}@${event.version}`
    byVersion.set(key, [...(byVersion.get(key) ?? []), event])
  }
  const found: Array<
    Omit<SubmissionView, 'blockName' | 'decision'> & { decided?: SubmissionEvent }
  > = []
  for (const events of byVersion.values()) {
    const lastIndex = events.findLastIndex((e) => e.kind === 'eingereicht' && e.actorId === userId)
    const submission = events[lastIndex]
    if (submission === undefined) continue
    const decided = events.slice(lastIndex + 1).find((e) => e.kind !== 'eingereicht')
    found.push({
      blockId: submission.blockId,
      version: submission.version,
      state: submission.currentState,
      status: statusOf(submission.currentState, decided),
      submittedAt: submission.at,
      note: submission.reason,
      ...(decided ? { decided } : {}),
    })
  }
  const latest = found
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    .slice(0, MAX_SUBMISSIONS)
  const names = await store.lookupNames({
    blockIds: latest.map((s) => s.blockId),
    userIds: latest.flatMap((s) => (s.decided?.actorId ? [s.decided.actorId] : [])),
  })
  return latest.map(({ decided, ...submission }) => ({
    ...submission,
    blockName: names.blocks[submission.blockId] ?? null,
    decision:
      decided === undefined
        ? null
        : {
            kind: decided.kind,
            at: decided.at,
            actorId: decided.actorId,
            actorName: decided.actorId === null ? null : (names.users[decided.actorId] ?? null),
            reason: decided.reason,
          },
  }))
}
