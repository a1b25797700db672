/**
 * Call activities for the generic building blocks of models/bausteine, so every procedure spec
 * refers to a block the same way (calledElement = the block's process, bauplan:baustein = its URN,
 * accepted range ^1.0.0) and a typo in a slug fails type checking instead of producing a dangling
 * reference. This folder is a sub-folder on purpose: buildModels only treats files directly in
 * specs/verfahren/ as diagram specs.
 */
import type { NodeSpec } from '../../../bpmnLayout'

/** Slug → process id of the 15 generic blocks (models/bausteine/<slug>/baustein.json). */
const BLOCK_PROCESS_IDS = {
  'antrag-entgegennehmen': 'Process_AntragEntgegennehmen',
  'zustaendigkeit-pruefen': 'Process_ZustaendigkeitPruefen',
  'identitaet-pruefen': 'Process_IdentitaetPruefen',
  'vollstaendigkeit-pruefen': 'Process_VollstaendigkeitPruefen',
  'unterlagen-nachfordern': 'Process_UnterlagenNachfordern',
  'register-abfragen': 'Process_RegisterAbfragen',
  'gebuehr-berechnen-und-festsetzen': 'Process_GebuehrBerechnenUndFestsetzen',
  'zahlung-abwickeln': 'Process_ZahlungAbwickeln',
  'stellen-beteiligen': 'Process_StellenBeteiligen',
  'anhoerung-durchfuehren': 'Process_AnhoerungDurchfuehren',
  'bescheid-erstellen': 'Process_BescheidErstellen',
  'bescheid-bekanntgeben': 'Process_BescheidBekanntgeben',
  'daten-uebermitteln': 'Process_DatenUebermitteln',
  'verfahrensstand-mitteilen': 'Process_VerfahrensstandMitteilen',
  'vorgang-zur-eakte-nehmen': 'Process_VorgangZurEakteNehmen',
} as const

export type BlockSlug = keyof typeof BLOCK_PROCESS_IDS

/** The version range every reference procedure accepts for the blocks it calls. */
export const BLOCK_RANGE = '^1.0.0'

/**
 * A call activity of `slug`. The name says what the step does in this procedure (e.g.
 * "Empfangsbescheinigung bekanntgeben" calls bescheid-bekanntgeben), so it may differ from the
 * block's own name.
 */
export function callBlock(
  slug: BlockSlug,
  node: Omit<NodeSpec, 'type' | 'calledElement' | 'baustein'>
): NodeSpec {
  return {
    ...node,
    type: 'callActivity',
    calledElement: BLOCK_PROCESS_IDS[slug],
    baustein: { id: `urn:bauplan:baustein:sn:${slug}`, version: BLOCK_RANGE },
  }
}

/** Documentation for a business rule task: which decision of which DMN file it evaluates. */
export function evaluatesDecision(
  dmnFile: string,
  decisionId: string,
  inputs: string,
  result: string
): string {
  return `Wertet die DMN-Entscheidung ${decisionId} (${dmnFile}) aus. Eingaben: ${inputs}. Ergebnis: ${result}.`
}
