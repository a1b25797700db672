import type { Bausteinart, LocalizedText } from '@bauplan/domain'
import { jsonPointer } from '../../text/jsonPointer'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/leistungsschluessel`: the format (14 digits starting with 99) is the schema's job and
 * never reaches this rule. It adds the plausibility checks the schema cannot express: a
 * Stammprozess or Referenzprozess describes how one administrative service is carried out, so it
 * names at least one Leistung; and a Leistungsschlüssel is listed only once.
 */
export const leistungsschluessel: MetadataRuleFactory = () => ({
  check({ metadata }, reporter) {
    const leistungen = metadata.leistungen ?? []
    const needsLeistung = NEEDS_LEISTUNG[metadata.bausteinart]
    if (needsLeistung && leistungen.length === 0) {
      reporter.report(
        { pointer: jsonPointer('leistungen') },
        'leistungsschluessel.missingLeistung',
        {
          bausteinart: needsLeistung,
        }
      )
    }
    const firstIndex = new Map<string, number>()
    leistungen.forEach(({ leistungsschluessel: schluessel }, index) => {
      const first = firstIndex.get(schluessel)
      if (first === undefined) {
        firstIndex.set(schluessel, index)
        return
      }
      const pointer = jsonPointer('leistungen', index, 'leistungsschluessel')
      reporter.report({ pointer }, 'leistungsschluessel.duplicate', {
        schluessel,
        pointer,
        first: jsonPointer('leistungen', first, 'leistungsschluessel'),
      })
    })
  },
})

const NEEDS_LEISTUNG: Readonly<Partial<Record<Bausteinart, LocalizedText>>> = {
  stammprozess: { de: 'Stammprozess', en: 'Stammprozess (master process)' },
  referenzprozess: { de: 'Referenzprozess', en: 'Referenzprozess (reference process)' },
}
