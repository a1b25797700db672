/**
 * ISO 8601 durations as people say them: "P4W" → "4 Wochen" / "4 weeks", "P1M2D" → "1 Monat,
 * 2 Tage". Deadlines (Fristen) are stored as ISO durations; nobody should have to decode "PT12H".
 */
import type { Locale } from '@bauplan/domain'

const PATTERN =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second'
const UNITS: readonly Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second']

const NAMES: Record<Locale, Record<Unit, [one: string, many: string]>> = {
  de: {
    year: ['Jahr', 'Jahre'],
    month: ['Monat', 'Monate'],
    week: ['Woche', 'Wochen'],
    day: ['Tag', 'Tage'],
    hour: ['Stunde', 'Stunden'],
    minute: ['Minute', 'Minuten'],
    second: ['Sekunde', 'Sekunden'],
  },
  en: {
    year: ['year', 'years'],
    month: ['month', 'months'],
    week: ['week', 'weeks'],
    day: ['day', 'days'],
    hour: ['hour', 'hours'],
    minute: ['minute', 'minutes'],
    second: ['second', 'seconds'],
  },
}

/** The duration in words; a value that is not an ISO duration comes back unchanged. */
export function formatIsoDuration(value: string, locale: Locale): string {
  const match = PATTERN.exec(value)
  if (!match || value === 'P' || value.endsWith('T')) return value
  const parts: string[] = []
  UNITS.forEach((unit, index) => {
    const amount = match[index + 1]
    if (amount === undefined) return
    const count = Number(amount)
    const [one, many] = NAMES[locale][unit]
    parts.push(
      `${count.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB')} ${count === 1 ? one : many}`
    )
  })
  return parts.length > 0 ? parts.join(', ') : value
}
