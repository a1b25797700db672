/** Names of catalogue terms as users read them, in both languages. */
import type { VersionState } from '@bauplan/api-types'
import type { Locale } from '@bauplan/domain'

const STATES: Record<VersionState, Record<Locale, string>> = {
  entwurf: { de: 'Entwurf', en: 'draft' },
  in_pruefung: { de: 'In Prüfung', en: 'in review' },
  veroeffentlicht: { de: 'Veröffentlicht', en: 'published' },
  abgekuendigt: { de: 'Abgekündigt', en: 'deprecated' },
}

export function stateLabel(state: string, lang: Locale): string {
  return STATES[state as VersionState]?.[lang] ?? state
}

/** `2026-11-27T10:15:00.000Z` → `2026-11-27 10:15` (UTC; exact enough for a listing). */
export function shortTime(iso: string | null | undefined): string {
  if (!iso) return '–'
  return iso.replace('T', ' ').slice(0, 16)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
