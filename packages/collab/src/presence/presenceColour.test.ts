import { describe, expect, it } from 'vitest'
import { contrastRatio } from './contrast'
import { PRESENCE_PALETTE, presenceColour } from './presenceColour'

const WHITE_CANVAS = '#ffffff'

describe('presence colours', () => {
  it('has twelve distinct colours', () => {
    expect(PRESENCE_PALETTE).toHaveLength(12)
    expect(new Set(PRESENCE_PALETTE.map((c) => c.fill)).size).toBe(12)
  })

  it.each(PRESENCE_PALETTE.map((c) => [c.fill, c] as const))(
    '%s stands out on the white canvas (≥ 3:1) and carries readable text (≥ 4.5:1)',
    (_fill, colour) => {
      expect(contrastRatio(colour.fill, WHITE_CANVAS)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio(colour.text, colour.fill)).toBeGreaterThanOrEqual(4.5)
    }
  )

  it('gives a user the same colour every time', () => {
    expect(presenceColour('u-anna')).toBe(presenceColour('u-anna'))
    expect(presenceColour('7f0c2a1e-0000-4000-8000-000000000001')).toEqual(
      presenceColour('7f0c2a1e-0000-4000-8000-000000000001')
    )
  })

  it('spreads user ids over the whole palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => presenceColour(`user-${i}`).index))
    expect(used.size).toBe(PRESENCE_PALETTE.length)
  })

  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/)
  })
})
