// Checks on the building block as a whole that compare two values, which the schema cannot do.
import type { Problem } from '../problem'
import type { Baustein } from './Baustein.generated'
import { joinPointer } from './jsonPointer'
import { fieldProblem } from './makeProblem'

/** Dates are schema-checked YYYY-MM-DD strings, so comparing them as text compares the dates. */
export function checkGueltigkeit(baustein: Baustein): Problem[] {
  const { gueltigAb, gueltigBis } = baustein
  if (gueltigAb === undefined || gueltigBis === undefined || gueltigAb <= gueltigBis) return []
  return [
    fieldProblem('baustein.gueltigkeitRange', '/gueltigBis', {
      de: `Das Ende der Gültigkeit (${gueltigBis}) liegt vor ihrem Beginn (gueltigAb ${gueltigAb}).`,
      en: `The end of validity (${gueltigBis}) is before its start (gueltigAb ${gueltigAb}).`,
    }),
  ]
}

/** A fee range whose lower bound exceeds its upper bound cannot be shown to citizens. */
export function checkKostenRange(baustein: Baustein): Problem[] {
  return (baustein.kosten ?? []).flatMap((kosten, index) => {
    const { untergrenze, obergrenze } = kosten.variabel ?? {}
    if (untergrenze === undefined || obergrenze === undefined || untergrenze <= obergrenze)
      return []
    return [
      fieldProblem(
        'kosten.variabelRange',
        joinPointer('/kosten', index, 'variabel', 'untergrenze'),
        {
          de: `Die Untergrenze ${untergrenze} € ist größer als die Obergrenze ${obergrenze} €.`,
          en: `The lower bound ${untergrenze} € is greater than the upper bound ${obergrenze} €.`,
        }
      ),
    ]
  })
}

/**
 * A fee says how much: a fixed amount, a range, or the DMN decision that computes it. A fixed
 * amount and a range at once contradict each other (XZuFi lets a fee be one or the other).
 */
export function checkKostenAmount(baustein: Baustein): Problem[] {
  return (baustein.kosten ?? []).flatMap((kosten, index) => {
    const pointer = joinPointer('/kosten', index)
    if (kosten.fix !== undefined && kosten.variabel !== undefined) {
      return [
        fieldProblem('kosten.fixAndVariabel', joinPointer(pointer, 'variabel'), {
          de: 'Ein Kosteneintrag ist entweder fix (fester Betrag) oder variabel (Spanne), nicht beides.',
          en: 'A fee is either fixed (fix, one amount) or variable (variabel, a range), not both.',
        }),
      ]
    }
    if (
      kosten.fix === undefined &&
      kosten.variabel === undefined &&
      kosten.dmnDecisionRef === undefined
    ) {
      return [
        fieldProblem('kosten.amountMissing', pointer, {
          de: 'Der Kosteneintrag nennt keinen Betrag. Bitte fix (fester Betrag), variabel (Spanne) oder dmnDecisionRef (DMN-Entscheidung, die den Betrag berechnet) angeben.',
          en: 'The fee gives no amount. Add fix (a fixed amount), variabel (a range) or dmnDecisionRef (the DMN decision that computes the amount).',
        }),
      ]
    }
    return []
  })
}

/** A block derived from, replacing or equal to itself is a copy-paste slip and would loop the catalogue graph. */
export function checkSelfRelation(baustein: Baustein): Problem[] {
  return (baustein.relationen ?? []).flatMap((relation, index) =>
    relation.objekt.id === baustein.id
      ? [
          fieldProblem('relation.self', joinPointer('/relationen', index, 'objekt', 'id'), {
            de: `Die Relation „${relation.praedikat}“ verweist auf den Baustein selbst (${baustein.id}). Relationen verbinden mit anderen Bausteinen.`,
            en: `The relation "${relation.praedikat}" points at the building block itself (${baustein.id}). Relations link to other building blocks.`,
          }),
        ]
      : []
  )
}

/** A retention period is either a number of years or unlimited; both at once is contradictory. */
export function checkAufbewahrungsdauer(baustein: Baustein): Problem[] {
  const dauer = baustein.eakte?.aufbewahrungsdauer
  if (dauer?.anzahlJahre === undefined || dauer.unbefristet !== true) return []
  return [
    fieldProblem('eakte.aufbewahrungsdauerConflict', '/eakte/aufbewahrungsdauer/unbefristet', {
      de: `Die Aufbewahrungsdauer ist zugleich befristet (anzahlJahre ${dauer.anzahlJahre}) und unbefristet. Bitte nur eines angeben.`,
      en: `The retention period is both limited (anzahlJahre ${dauer.anzahlJahre}) and unlimited (unbefristet). Give only one.`,
    }),
  ]
}
