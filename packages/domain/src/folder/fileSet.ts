import type { Baustein } from '../baustein/Baustein.generated'
import type { Problem } from '../problem'

export const METADATA_FILE = 'baustein.json'
export const DEFAULT_DECISION_TESTS_FILE = 'entscheidungstests.json'

/** Plain names only: no folders, no `..`, nothing a zip or a file system could misread. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export interface FileSet {
  bpmnFile?: string
  dmnFiles: string[]
  testsFile?: string
  problems: Problem[]
}

/**
 * Decides which files of a folder are its models. With valid metadata, `artefakte` names them and
 * every other file is refused (nothing is carried along by accident). Without valid metadata the
 * models are found by extension, so their own problems can still be reported in the same run.
 */
export function checkFileSet(
  files: Readonly<Record<string, string>>,
  metadata: Baustein | undefined
): FileSet {
  const names = Object.keys(files).sort()
  const problems: Problem[] = names.filter((n) => !FILE_NAME.test(n)).map(invalidName)
  if (!(METADATA_FILE in files)) problems.push(missingMetadata())

  const set = metadata ? fromMetadata(files, metadata, problems) : byExtension(names, problems)
  const expected = new Set([METADATA_FILE, set.bpmnFile, ...set.dmnFiles, set.testsFile])
  for (const name of names) {
    if (!expected.has(name) && FILE_NAME.test(name)) problems.push(unexpectedFile(name, !!metadata))
  }
  return { ...set, problems }
}

function fromMetadata(
  files: Readonly<Record<string, string>>,
  metadata: Baustein,
  problems: Problem[]
): Omit<FileSet, 'problems'> {
  const { artefakte } = metadata
  const present = (name: string, pointer: string): boolean => {
    if (name in files) return true
    problems.push(missingFile(name, pointer))
    return false
  }
  const bpmnFile = present(artefakte.bpmn.datei, '/artefakte/bpmn/datei')
    ? artefakte.bpmn.datei
    : undefined
  const dmnFiles = (artefakte.dmn ?? [])
    .map((dmn, index) => (present(dmn.datei, `/artefakte/dmn/${index}/datei`) ? dmn.datei : ''))
    .filter((name) => name !== '')
  const testsName = artefakte.entscheidungstests?.datei
  const testsFile =
    testsName !== undefined && present(testsName, '/artefakte/entscheidungstests/datei')
      ? testsName
      : undefined
  return {
    ...(bpmnFile !== undefined ? { bpmnFile } : {}),
    dmnFiles,
    ...(testsFile !== undefined ? { testsFile } : {}),
  }
}

function byExtension(names: readonly string[], problems: Problem[]): Omit<FileSet, 'problems'> {
  const bpmn = names.filter((n) => n.endsWith('.bpmn'))
  if (bpmn.length === 0) problems.push(missingBpmn())
  if (bpmn.length > 1) problems.push(severalBpmn(bpmn))
  return {
    ...(bpmn[0] !== undefined ? { bpmnFile: bpmn[0] } : {}),
    dmnFiles: names.filter((n) => n.endsWith('.dmn')),
    ...(names.includes(DEFAULT_DECISION_TESTS_FILE)
      ? { testsFile: DEFAULT_DECISION_TESTS_FILE }
      : {}),
  }
}

// problems //////////

function invalidName(name: string): Problem {
  return {
    code: 'folder.invalidFileName',
    severity: 'error',
    file: name,
    message: {
      de: `Der Dateiname „${name}“ ist nicht erlaubt: nur Buchstaben A–Z, Ziffern, Punkt, Binde- und Unterstrich, ohne Unterordner, höchstens 100 Zeichen.`,
      en: `The file name "${name}" is not allowed: only letters A–Z, digits, dot, hyphen and underscore, no sub-folders, at most 100 characters.`,
    },
  }
}

function missingMetadata(): Problem {
  return {
    code: 'folder.missingMetadata',
    severity: 'error',
    file: METADATA_FILE,
    message: {
      de: `Die Datei ${METADATA_FILE} mit den Metadaten des Bausteins fehlt.`,
      en: `The file ${METADATA_FILE} with the building block's metadata is missing.`,
    },
  }
}

function missingFile(name: string, pointer: string): Problem {
  return {
    code: 'folder.missingFile',
    severity: 'error',
    file: METADATA_FILE,
    pointer,
    message: {
      de: `Die Metadaten nennen die Datei „${name}“, aber sie ist nicht im Ordner.`,
      en: `The metadata names the file "${name}", but it is not in the folder.`,
    },
  }
}

function unexpectedFile(name: string, haveMetadata: boolean): Problem {
  return {
    code: 'folder.unexpectedFile',
    severity: 'error',
    file: name,
    message: haveMetadata
      ? {
          de: `Die Datei „${name}“ wird in ${METADATA_FILE} unter „artefakte“ nicht genannt. Nennen Sie sie dort oder entfernen Sie sie.`,
          en: `The file "${name}" is not named under "artefakte" in ${METADATA_FILE}. Name it there or remove it.`,
        }
      : {
          de: `Die Datei „${name}“ gehört nicht zum Ordnerformat (baustein.json, eine .bpmn-, .dmn-Dateien, entscheidungstests.json).`,
          en: `The file "${name}" is not part of the folder format (baustein.json, one .bpmn, .dmn files, entscheidungstests.json).`,
        },
  }
}

function missingBpmn(): Problem {
  return {
    code: 'folder.missingBpmn',
    severity: 'error',
    message: {
      de: 'Der Ordner enthält kein BPMN-Modell (.bpmn). Jeder Baustein braucht genau eines.',
      en: 'The folder contains no BPMN model (.bpmn). Every building block needs exactly one.',
    },
  }
}

function severalBpmn(names: readonly string[]): Problem {
  return {
    code: 'folder.severalBpmn',
    severity: 'error',
    message: {
      de: `Der Ordner enthält mehrere BPMN-Modelle (${names.join(', ')}); erlaubt ist genau eines.`,
      en: `The folder contains several BPMN models (${names.join(', ')}); exactly one is allowed.`,
    },
  }
}
