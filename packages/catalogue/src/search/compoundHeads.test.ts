import { describe, expect, it } from 'vitest'
import { compoundHeadsOf, withCompoundHeads } from './compoundHeads'

describe('compoundHeadsOf', () => {
  it('finds the head of compounds, inflected or not', () => {
    expect(compoundHeadsOf('Baugenehmigung erteilen')).toEqual(['Genehmigung'])
    expect(compoundHeadsOf('Baugenehmigungen und Abbruchgenehmigungen')).toEqual(['Genehmigung'])
    expect(compoundHeadsOf('Hundesteuer festsetzen, Elterngeld bewilligen')).toEqual([
      'Steuer',
      'Geld',
    ])
    expect(compoundHeadsOf('Aufenthaltserlaubnis verlängern')).toEqual(['Erlaubnis'])
  })

  it('leaves the head itself and too short modifiers alone', () => {
    expect(compoundHeadsOf('Genehmigung erteilen')).toEqual([])
    expect(compoundHeadsOf('Steuer')).toEqual([])
    // "Urgeld": a modifier of two letters is no compound this list splits.
    expect(compoundHeadsOf('Urgeld')).toEqual([])
  })
})

describe('withCompoundHeads', () => {
  it('appends the heads to the text', () => {
    expect(withCompoundHeads('Baugenehmigung erteilen')).toBe('Baugenehmigung erteilen Genehmigung')
    expect(withCompoundHeads('Gewerbe anmelden')).toBe('Gewerbe anmelden')
  })
})
