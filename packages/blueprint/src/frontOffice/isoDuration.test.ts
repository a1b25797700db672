import { describe, expect, it } from 'vitest'
import { durationInUnits } from './isoDuration'

describe('ISO 8601 durations as XZuFi units', () => {
  it('converts single-unit durations and leaves mixed ones alone', () => {
    expect(durationInUnits('P14D')).toEqual({ dauer: 14, einheit: 'TAG' })
    expect(durationInUnits('P1M')).toEqual({ dauer: 1, einheit: 'MONAT' })
    expect(durationInUnits('P3Y')).toEqual({ dauer: 3, einheit: 'JAHR' })
    expect(durationInUnits('P4W')).toEqual({ dauer: 4, einheit: 'WOCHE' })
    expect(durationInUnits('PT12H')).toEqual({ dauer: 12, einheit: 'STUNDE' })
    expect(durationInUnits('P1M15D')).toBeUndefined()
  })
})
