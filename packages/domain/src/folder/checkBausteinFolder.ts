import type { Baustein } from '../baustein/Baustein.generated'
import { parseBausteinJson } from '../baustein/parseBausteinJson'
import { validateBaustein } from '../baustein/validateBaustein'
import type { BpmnFacts } from '../bpmn/bpmnFacts'
import { checkBpmn } from '../bpmn/checkBpmn'
import { parseBpmn } from '../bpmn/parseBpmn'
import { readBpmnFacts } from '../bpmn/readBpmnFacts'
import type { DecisionTest } from '../dmn/decisionTests/decisionTestsFile'
import { parseDecisionTests } from '../dmn/decisionTests/parseDecisionTests'
import { validateDecisionTests } from '../dmn/decisionTests/validateDecisionTests'
import { checkDmn } from '../dmn/checkDmn'
import { readDmnFacts, type DmnFacts } from '../dmn/dmnFacts'
import { parseDmn } from '../dmn/parseDmn'
import type { Problem } from '../problem'
import type { LocatedBausteinRef } from '../references/bausteinRef'
import { collectReferences } from '../references/collectReferences'
import { checkCrossReferences } from './crossReferences'
import { checkFileSet, METADATA_FILE } from './fileSet'
import { folderLimitProblems } from './limits'

export interface DmnFileFacts {
  file: string
  facts: DmnFacts
}

export interface FolderCheckResult {
  /** The metadata, when `baustein.json` is valid against the schema. */
  metadata?: Baustein
  /** Facts of the block's BPMN model, when it could be read. */
  bpmn?: BpmnFacts
  dmn: DmnFileFacts[]
  decisionTests?: DecisionTest[]
  /** Well-formed references to other blocks, read from the BPMN call activities. */
  references: LocatedBausteinRef[]
  problems: Problem[]
}

/**
 * Checks a whole building-block folder (file name → text), the way `bauplan validate`, the upload
 * API and the publishing gate see it: metadata, every model, the links between metadata and models,
 * decision tests, and the well-formedness of references to other blocks. Whether those references
 * resolve depends on a catalogue, so that is `checkFolderSet`'s (or the catalogue's) job.
 *
 * Every file is checked even when an earlier one has errors, so one run shows all problems.
 */
export async function checkBausteinFolder(
  files: Readonly<Record<string, string>>
): Promise<FolderCheckResult> {
  // Over the limits nothing is parsed: the limits exist to bound the cost of parsing.
  const overLimits = folderLimitProblems(files)
  if (overLimits.length > 0) return { dmn: [], references: [], problems: overLimits }

  const problems: Problem[] = []
  const metadata = readMetadata(files, problems)
  const fileSet = checkFileSet(files, metadata)
  problems.push(...fileSet.problems)

  let bpmn: BpmnFacts | undefined
  if (fileSet.bpmnFile !== undefined) {
    bpmn = await readBpmnFile(fileSet.bpmnFile, files[fileSet.bpmnFile] ?? '', problems)
  }
  const dmn: DmnFileFacts[] = []
  for (const file of fileSet.dmnFiles) {
    const facts = await readDmnFile(file, files[file] ?? '', problems)
    if (facts) dmn.push({ file, facts })
  }
  let decisionTests: DecisionTest[] | undefined
  if (fileSet.testsFile !== undefined) {
    decisionTests = readDecisionTests(
      fileSet.testsFile,
      files[fileSet.testsFile] ?? '',
      dmn,
      problems
    )
  }
  let references: LocatedBausteinRef[] = []
  if (bpmn && fileSet.bpmnFile !== undefined) {
    const collected = collectReferences(bpmn, { file: fileSet.bpmnFile })
    references = collected.references
    problems.push(...collected.problems)
  }
  if (metadata) problems.push(...checkCrossReferences(metadata, bpmn, dmn, references))

  return {
    ...(metadata ? { metadata } : {}),
    ...(bpmn ? { bpmn } : {}),
    dmn,
    ...(decisionTests ? { decisionTests } : {}),
    references,
    problems,
  }
}

function readMetadata(
  files: Readonly<Record<string, string>>,
  problems: Problem[]
): Baustein | undefined {
  const text = files[METADATA_FILE]
  if (text === undefined) return undefined // reported by checkFileSet
  const parsed = parseBausteinJson(text)
  if (!parsed.ok) {
    problems.push(...inFile(METADATA_FILE, parsed.problems))
    return undefined
  }
  const validated = validateBaustein(parsed.value)
  problems.push(...inFile(METADATA_FILE, validated.problems))
  return validated.ok ? validated.value : undefined
}

async function readBpmnFile(
  file: string,
  text: string,
  problems: Problem[]
): Promise<BpmnFacts | undefined> {
  const parsed = await parseBpmn(text)
  problems.push(...inFile(file, parsed.problems))
  if (!parsed.definitions) return undefined
  problems.push(...inFile(file, checkBpmn(parsed.definitions, text)))
  return readBpmnFacts(parsed.definitions)
}

async function readDmnFile(
  file: string,
  text: string,
  problems: Problem[]
): Promise<DmnFacts | undefined> {
  const parsed = await parseDmn(text, { file })
  problems.push(...inFile(file, parsed.problems))
  if (!parsed.definitions) return undefined
  problems.push(...inFile(file, checkDmn(parsed.definitions, text, { file })))
  return readDmnFacts(parsed.definitions)
}

function readDecisionTests(
  file: string,
  text: string,
  dmn: readonly DmnFileFacts[],
  problems: Problem[]
): DecisionTest[] | undefined {
  const parsed = parseDecisionTests(text, { file })
  problems.push(...parsed.problems)
  if (!parsed.tests) return undefined
  problems.push(
    ...validateDecisionTests(
      parsed.tests,
      dmn.map((d) => d.facts),
      { file }
    )
  )
  return parsed.tests
}

/** Problems from a parser that does not know its file name get it here; others keep theirs. */
function inFile(file: string, problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => (problem.file === undefined ? { ...problem, file } : problem))
}
