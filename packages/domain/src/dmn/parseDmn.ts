import type { Problem } from '../problem'
import { positionAt } from '../xml/position'
import { recogniseRoot, toDmn13Namespaces, type DmnVersion } from './dmnVersions'
import type { DmnDefinitions } from './model'
import { readDefinitions } from './moddle'
import { moddleWarningToProblem } from './moddleWarnings'
import { at, scanDmnSource } from './sourceIndex'

export interface ParseDmnOptions {
  /** File name for the problems, relative to the block folder, e.g. `hundesteuer.dmn`. */
  file?: string
}

export interface ParsedDmn {
  /** The moddle tree, present whenever the text could be read as DMN (possibly with problems). */
  definitions?: DmnDefinitions
  problems: Problem[]
  /** The DMN version of the text as written; the tree is always DMN 1.3. */
  version?: DmnVersion
}

/**
 * Reads DMN XML: first the hostile-XML pre-scan (size, DTDs, entities, element count, depth,
 * well-formedness), then the root is recognised (DMN 1.1–1.5, else `dmn.notDmn`), then dmn-moddle
 * builds the tree and its warnings become problems with line and column.
 */
export async function parseDmn(xml: string, options: ParseDmnOptions = {}): Promise<ParsedDmn> {
  const where = options.file !== undefined ? { file: options.file } : {}
  const source = scanDmnSource(xml)
  if (source.problems.length > 0) {
    return { problems: source.problems.map((problem) => ({ ...problem, ...where })) }
  }
  if (source.root === undefined) {
    // The scanner accepts no document without a root element; this guards the types only.
    return { problems: [notDmn('?', undefined, where)] }
  }
  const rootPosition = at(positionAt(xml, source.root.offset))
  const recognised = recogniseRoot(source.root)
  if (recognised.kind === 'notDmn') {
    return {
      problems: [{ ...notDmn(recognised.name, recognised.namespace, where), ...rootPosition }],
    }
  }
  if (recognised.kind === 'unsupportedVersion') {
    return {
      problems: [
        {
          code: 'dmn.unsupportedVersion',
          severity: 'error',
          message: {
            de: `Die DMN-Version mit dem Namensraum „${recognised.namespace}“ wird nicht unterstützt; gelesen werden DMN 1.1 bis 1.5 (gespeichert wird DMN 1.3).`,
            en: `The DMN version with the namespace "${recognised.namespace}" is not supported; DMN 1.1 to 1.5 are read (DMN 1.3 is written).`,
          },
          ...rootPosition,
          ...where,
        },
      ],
    }
  }
  const problems: Problem[] = []
  let text = xml
  if (recognised.version !== '1.3') {
    text = toDmn13Namespaces(xml, recognised.namespace)
    problems.push(versionConverted(recognised.version, where, rootPosition))
  }
  let read: Awaited<ReturnType<typeof readDefinitions>>
  try {
    read = await readDefinitions(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    problems.push({
      code: 'dmn.parseFailed',
      severity: 'error',
      message: {
        de: `Die DMN-Datei kann nicht gelesen werden: ${message}`,
        en: `The DMN file cannot be read: ${message}`,
      },
      ...rootPosition,
      ...where,
    })
    return { problems, version: recognised.version }
  }
  for (const warning of read.warnings) {
    problems.push(moddleWarningToProblem(warning, source, options.file))
  }
  return { definitions: read.root as DmnDefinitions, problems, version: recognised.version }
}

function notDmn(name: string, namespace: string | undefined, where: { file?: string }): Problem {
  const ns = namespace ?? '—'
  return {
    code: 'dmn.notDmn',
    severity: 'error',
    message: {
      de: `Die Datei ist kein DMN-Modell: Das Wurzelelement ist <${name}> (Namensraum ${ns}), erwartet wird <definitions> im DMN-Namensraum, z. B. https://www.omg.org/spec/DMN/20191111/MODEL/.`,
      en: `The file is not a DMN model: the root element is <${name}> (namespace ${ns}); expected <definitions> in the DMN namespace, e.g. https://www.omg.org/spec/DMN/20191111/MODEL/.`,
    },
    ...where,
  }
}

function versionConverted(
  version: DmnVersion,
  where: { file?: string },
  position: { line?: number; column?: number }
): Problem {
  const diagram =
    version === '1.1'
      ? {
          de: ' DMN 1.1 kennt keine Diagramminformationen (DMNDI); das Anforderungsdiagramm muss neu angeordnet werden.',
          en: ' DMN 1.1 has no diagram interchange (DMNDI); the requirements diagram has to be laid out again.',
        }
      : { de: '', en: '' }
  return {
    code: 'dmn.versionConverted',
    severity: 'warning',
    message: {
      de: `Das Modell ist in DMN ${version} geschrieben und wird als DMN 1.3 gelesen und gespeichert; Elemente, die DMN 1.3 nicht kennt, werden gemeldet und gehen beim Speichern verloren.${diagram.de}`,
      en: `The model is written in DMN ${version}; it is read and saved as DMN 1.3. Elements DMN 1.3 does not know are reported and lost when saving.${diagram.en}`,
    },
    ...position,
    ...where,
  }
}
