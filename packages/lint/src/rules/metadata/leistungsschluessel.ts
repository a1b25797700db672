import type { Bausteinart, LocalizedText } from '@bauplan/domain'
import { jsonPointer } from '../../text/jsonPointer'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/leistungsschluessel`: the format (14 digits starting with 99) is the schema's job and
 * never reaches this rule. It adds the plausibility checks the schema cannot express: a
 * Stammprozess or Referenzprozess describes how one administrative service is carried out, so it
 * names at least one Leistung; and a Leistungsschlüssel is listed only once.
 *
 * LeiKa keys are assigned by the LeiKa editorial office, not by the modeller. A procedure still in
 * draft status (freigabestatus 1–3) may be modelled before its key is confirmed: then the missing
 * Leistung is a reminder (at most a warning); from status 4 (methodisch freigegeben) on it is the
 * rule's configured level. A made-up key would be worse than none — portals would route by it.
 */
export const leistungsschluessel: MetadataRuleFactory = () => ({
  check({ metadata }, reporter) {
    const leistungen = metadata.leistungen ?? []
    const needsLeistung = NEEDS_LEISTUNG[metadata.bausteinart]
    if (needsLeistung && leistungen.length === 0) {
      const draft = metadata.freigabestatus <= LAST_DRAFT_STATUS
      reporter.report(
        { pointer: jsonPointer('leistungen') },
        draft
          ? 'leistungsschluessel.missingLeistungInDraft'
          : 'leistungsschluessel.missingLeistung',
        { bausteinart: needsLeistung, status: metadata.freigabestatus },
        { atMostWarning: draft }
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

/** XProzess status 3 "Entwurf"; 4 is "methodisch freigegeben". */
const LAST_DRAFT_STATUS = 3

const NEEDS_LEISTUNG: Readonly<Partial<Record<Bausteinart, LocalizedText>>> = {
  stammprozess: { de: 'Stammprozess', en: 'Stammprozess (master process)' },
  referenzprozess: { de: 'Referenzprozess', en: 'Referenzprozess (reference process)' },
}
