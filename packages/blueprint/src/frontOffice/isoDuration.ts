/** XZuFi `Zeiteinheit` for an ISO 8601 duration of a single unit (P14D → 14 TAG); undefined for mixed durations. */
export function durationInUnits(
  iso: string
):
  | { dauer: number; einheit: 'JAHR' | 'MONAT' | 'WOCHE' | 'TAG' | 'STUNDE' | 'MINUTE' | 'SEKUNDE' }
  | undefined {
  const date = /^P(\d+)([YMWD])$/.exec(iso)
  if (date) {
    const unit = ({ Y: 'JAHR', M: 'MONAT', W: 'WOCHE', D: 'TAG' } as const)[
      date[2] as 'Y' | 'M' | 'W' | 'D'
    ]
    return { dauer: Number(date[1]), einheit: unit }
  }
  const time = /^PT(\d+)([HMS])$/.exec(iso)
  if (time) {
    const unit = ({ H: 'STUNDE', M: 'MINUTE', S: 'SEKUNDE' } as const)[time[2] as 'H' | 'M' | 'S']
    return { dauer: Number(time[1]), einheit: unit }
  }
  return undefined
}
