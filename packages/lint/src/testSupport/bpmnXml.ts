// Helpers for tests: inline BPMN snippets parsed with the domain's parseBpmn, linted for real.
import {
  parseBpmn,
  validateBaustein,
  type Baustein,
  type ModdleElement,
  type Problem,
} from '@bauplan/domain'
import { expect } from 'vitest'
import { lintBaustein, type LintBausteinInput } from '../runner/lintBaustein'

export interface ModelOptions {
  /** Extra content of `bpmn:collaboration`; when given, a collaboration with these children is written. */
  collaboration?: string
  /** Further root elements, e.g. a second process. */
  roots?: string
  processId?: string
}

/** A complete BPMN document around the body of one process. */
export function bpmnXml(processBody: string, options: ModelOptions = {}): string {
  const processId = options.processId ?? 'Process_1'
  const collaboration =
    options.collaboration === undefined
      ? ''
      : `<bpmn:collaboration id="Collaboration_1">${options.collaboration}</bpmn:collaboration>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bauplan="urn:bauplan:bpmn:1" id="Definitions_1" targetNamespace="urn:test">
  ${collaboration}
  <bpmn:process id="${processId}" name="Testprozess">
    ${processBody}
  </bpmn:process>
  ${options.roots ?? ''}
</bpmn:definitions>`
}

/** A sequence flow; `attributes` and `content` add a name, a condition and the like. */
export function flow(
  id: string,
  source: string,
  target: string,
  attributes = '',
  content = ''
): string {
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${source}" targetRef="${target}" ${attributes}>${content}</bpmn:sequenceFlow>`
}

export function condition(text: string): string {
  return `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${text}</bpmn:conditionExpression>`
}

/** Start → the given middle → end, with the flows between them: the smallest clean process. */
export function linear(...middle: Array<{ id: string; xml: string }>): string {
  const ids = ['Start_1', ...middle.map((node) => node.id), 'End_1']
  const flows = ids.slice(1).map((id, index) => flow(`Flow_${index + 1}`, ids[index] ?? '', id))
  return [
    '<bpmn:startEvent id="Start_1" name="Antrag eingegangen" />',
    ...middle.map((node) => node.xml),
    '<bpmn:endEvent id="End_1" name="Antrag bearbeitet" />',
    ...flows,
  ].join('\n')
}

export function task(
  id: string,
  name: string,
  type = 'task',
  attributes = ''
): { id: string; xml: string } {
  return { id, xml: `<bpmn:${type} id="${id}" name="${name}" ${attributes} />` }
}

export async function definitionsOf(xml: string): Promise<ModdleElement> {
  const parsed = await parseBpmn(xml)
  if (!parsed.definitions)
    throw new Error(`test model did not parse: ${JSON.stringify(parsed.problems)}`)
  return parsed.definitions
}

/** Lints a BPMN text with the defaults unless the input says otherwise. */
export async function lintXml(
  xml: string,
  input: Omit<LintBausteinInput, 'bpmnDefinitions'> = {}
): Promise<Problem[]> {
  return lintBaustein({ ...input, bpmnDefinitions: await definitionsOf(xml) })
}

export function withCode(problems: readonly Problem[], code: string): Problem[] {
  return problems.filter((problem) => problem.code === code)
}

export interface ExpectedFinding {
  code: string
  severity: 'error' | 'warning'
  elementId?: string
  pointer?: string
  /** Fragments the German message must contain. */
  de: string[]
  /** Fragments the English message must contain. */
  en: string[]
}

/** Asserts a finding completely: code, place, severity, and both languages with no placeholder left. */
export function expectFinding(problem: Problem | undefined, expected: ExpectedFinding): void {
  expect(problem).toBeDefined()
  if (!problem) return
  expect(problem.code).toBe(expected.code)
  expect(problem.severity).toBe(expected.severity)
  if (expected.elementId !== undefined) expect(problem.elementId).toBe(expected.elementId)
  if (expected.pointer !== undefined) expect(problem.pointer).toBe(expected.pointer)
  for (const fragment of expected.de) expect(problem.message.de).toContain(fragment)
  for (const fragment of expected.en) expect(problem.message.en).toContain(fragment)
  expect(problem.message.de).not.toMatch(/\{[A-Za-z]+\}/)
  expect(problem.message.en).not.toMatch(/\{[A-Za-z]+\}/)
  expect(problem.message.de).not.toBe(problem.message.en)
}

/** Minimal schema-valid metadata, checked with the domain's validator so tests use real shapes. */
export function baustein(overrides: Partial<Baustein> = {}): Baustein {
  const candidate: Baustein = {
    id: 'urn:bauplan:baustein:test:antrag-pruefen',
    version: '1.0.0',
    name: 'Antrag prüfen',
    bausteinart: 'prozessbaustein',
    einsatzbereich: 'backoffice',
    freigabestatus: 3,
    letzteAenderung: '2026-01-01T00:00:00Z',
    herausgeber: { organisationsname: 'Testbehörde' },
    handlungsgrundlagen: [{ name: '§ 1 TestG' }],
    artefakte: { bpmn: { datei: 'antrag-pruefen.bpmn', processId: 'Process_1' } },
    ...overrides,
  }
  const validated = validateBaustein(candidate)
  if (!validated.ok) throw new Error(`test metadata invalid: ${JSON.stringify(validated.problems)}`)
  return validated.value
}
