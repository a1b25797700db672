// Rules the JSON schema cannot express. They run only on schema-valid metadata, so each check can
// rely on the generated types instead of re-checking shapes.
import type { Problem } from '../problem'
import type { Baustein } from './Baustein.generated'
import {
  checkAufbewahrungsdauer,
  checkGueltigkeit,
  checkKostenAmount,
  checkKostenRange,
  checkSelfRelation,
} from './bausteinChecks'
import { checkBedingungReferences, checkUniqueDatenfeldIds } from './datenfeldReferenceChecks'
import {
  checkAnzahlRange,
  checkFileAttributes,
  checkGroupsHaveFelder,
  checkPraezisierungRanges,
  checkSelectWerte,
  checkUniqueWertCodes,
} from './datenfeldShapeChecks'
import { forEachDatenEntry, forEachDatenfeld } from './walkDatenfelder'

const semanticChecks: readonly ((baustein: Baustein) => Problem[])[] = [
  forEachDatenEntry(checkUniqueDatenfeldIds),
  forEachDatenEntry(checkBedingungReferences),
  forEachDatenfeld(checkGroupsHaveFelder),
  forEachDatenfeld(checkSelectWerte),
  forEachDatenfeld(checkUniqueWertCodes),
  forEachDatenfeld(checkPraezisierungRanges),
  forEachDatenfeld(checkAnzahlRange),
  forEachDatenfeld(checkFileAttributes),
  checkGueltigkeit,
  checkKostenRange,
  checkKostenAmount,
  checkSelfRelation,
  checkAufbewahrungsdauer,
]

export function semanticProblems(baustein: Baustein): Problem[] {
  return semanticChecks.flatMap((check) => check(baustein))
}
