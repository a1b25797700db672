/**
 * A user's submissions and what became of them, read from the review history of each version:
 * every "eingereicht" event by the user, paired with the next decision on that version
 * (rejected with a reason, published, withdrawn) or still pending.
 */
import type { BlockOverview, ReviewEvent } from '../../lib/api/types'

export type Outcome = ReviewEvent['kind'] | 'pending'

export interface Submission {
  blockId: string
  version: string
  submittedAt: string
  note: string | null
  outcome: Outcome
  decidedAt: string | null
  reason: string | null
}

const DECISIONS: readonly ReviewEvent['kind'][] = [
  'zurueckgewiesen',
  'veroeffentlicht',
  'zurueckgezogen',
]

export function submissionsOf(userId: string, overviews: readonly BlockOverview[]): Submission[] {
  const result: Submission[] = []
  for (const overview of overviews) {
    for (const version of overview.versions) {
      const events = [...version.history].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)
      events.forEach((event, index) => {
        if (event.kind !== 'eingereicht' || event.actorId !== userId) return
        const decision = events.slice(index + 1).find((e) => DECISIONS.includes(e.kind))
        result.push({
          blockId: overview.block.id,
          version: version.version,
          submittedAt: event.at,
          note: event.reason,
          outcome: decision?.kind ?? 'pending',
          decidedAt: decision?.at ?? null,
          reason: decision?.kind === 'zurueckgewiesen' ? decision.reason : null,
        })
      })
    }
  }
  return result.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
}
