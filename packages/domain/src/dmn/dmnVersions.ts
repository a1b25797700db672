import type { ScannedStartTag } from '../xml/scanTypes'

/**
 * DMN versions this package reads. dmn-moddle implements DMN 1.3 only. DMN 1.2, 1.4 and 1.5 use
 * the same element names for everything a decision table or DRD needs, so their files are read by
 * mapping their namespaces onto 1.3 (and saved as 1.3). DMN 1.1 differs more (no diagram
 * interchange, QName type references), but the same mapping reads its decisions, so it is accepted
 * with a warning that the diagram has to be laid out again.
 */
export type DmnVersion = '1.1' | '1.2' | '1.3' | '1.4' | '1.5'

export const DMN13_MODEL = 'https://www.omg.org/spec/DMN/20191111/MODEL/'
export const DMN13_DMNDI = 'https://www.omg.org/spec/DMN/20191111/DMNDI/'

const MODEL_NAMESPACES: ReadonlyMap<string, DmnVersion> = new Map([
  ['http://www.omg.org/spec/DMN/20151101/dmn.xsd', '1.1'],
  ['http://www.omg.org/spec/DMN/20151101/dmn11.xsd', '1.1'],
  ['http://www.omg.org/spec/DMN/20180521/MODEL/', '1.2'],
  [DMN13_MODEL, '1.3'],
  ['https://www.omg.org/spec/DMN/20211108/MODEL/', '1.4'],
  ['https://www.omg.org/spec/DMN/20230324/MODEL/', '1.5'],
])

/** Diagram-interchange namespaces that differ from 1.3 (DMN 1.4 kept the 1.3 one). */
const DMNDI_NAMESPACES: readonly string[] = [
  'http://www.omg.org/spec/DMN/20180521/DMNDI/',
  'https://www.omg.org/spec/DMN/20230324/DMNDI/',
]

export type RootRecognition =
  | { kind: 'dmn'; version: DmnVersion; namespace: string }
  /** A `definitions` element in an OMG DMN namespace this package does not know (e.g. a newer DMN). */
  | { kind: 'unsupportedVersion'; namespace: string }
  | { kind: 'notDmn'; name: string; namespace?: string }

/** Decides from the root start tag alone, before any parser runs, what kind of document this is. */
export function recogniseRoot(root: ScannedStartTag): RootRecognition {
  const colon = root.name.indexOf(':')
  const prefix = colon === -1 ? '' : root.name.slice(0, colon)
  const localName = colon === -1 ? root.name : root.name.slice(colon + 1)
  const declaration = prefix === '' ? 'xmlns' : `xmlns:${prefix}`
  const namespace = root.attributes.find((attribute) => attribute.name === declaration)?.value
  const version = namespace === undefined ? undefined : MODEL_NAMESPACES.get(namespace)
  if (localName === 'definitions' && namespace !== undefined) {
    if (version !== undefined) return { kind: 'dmn', version, namespace }
    if (/^https?:\/\/www\.omg\.org\/spec\/DMN\//.test(namespace)) {
      return { kind: 'unsupportedVersion', namespace }
    }
  }
  return { kind: 'notDmn', name: root.name, ...(namespace !== undefined ? { namespace } : {}) }
}

/**
 * Rewrites the model and diagram namespaces of another DMN version to those of DMN 1.3. Only the
 * exact namespace URIs are replaced; the 1.1, 1.4 and 1.5 URIs have the same length as the 1.3
 * ones, so line and column numbers stay exact (1.2 URIs are one character shorter).
 */
export function toDmn13Namespaces(text: string, from: string): string {
  let converted = text.replaceAll(from, DMN13_MODEL)
  for (const namespace of DMNDI_NAMESPACES) converted = converted.replaceAll(namespace, DMN13_DMNDI)
  return converted
}
