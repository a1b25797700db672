import { describe, expect, it, vi } from 'vitest'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import {
  checkBpmn,
  checkDmn,
  hasErrors,
  parseBpmn,
  parseDmn,
  readBpmnFacts,
  type Problem,
} from '@bauplan/domain'
import type { BundleFile } from '../model/exportTypes'
import { REFERENCE_PROCEDURES, referenceProcedure } from '../parts/testSupport'
import { parseXmlTree } from '../parts/xml/xmlTree'
import { attribute, descendants, localName } from '../parts/xml/xmlQuery'
import { backOfficeExporter } from './backOfficeExporter'
import type { FilingInstruction } from './eFile'
import type { DeadlineWiring } from './executableBpmn'

// Each test parses and checks a whole procedure with its blocks; in a full parallel run on two
// cores that can take longer than the default five seconds.
vi.setConfig({ testTimeout: 30_000 })

const decoder = new TextDecoder()
const text = (file: BundleFile) => decoder.decode(file.content)
const errorsOf = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error')

async function checkedBpmn(file: BundleFile) {
  const xml = text(file)
  const parsed = await parseBpmn(xml)
  expect(errorsOf(parsed.problems), file.path).toEqual([])
  const definitions = parsed.definitions
  if (!definitions) throw new Error(`${file.path} not read`)
  expect(errorsOf(checkBpmn(definitions, xml)), file.path).toEqual([])
  return readBpmnFacts(definitions)
}

describe.each(['neutral', 'camunda8'] as const)('back office (%s)', (flavour) => {
  for (const slug of REFERENCE_PROCEDURES) {
    it(`${slug}: BPMN and DMN pass the domain checks, call activities reach exported processes`, async () => {
      const procedure = await referenceProcedure(slug)
      const files = backOfficeExporter(procedure, { flavour, locale: 'de' })
      const bpmnFiles = files.filter((file) => file.path.endsWith('.bpmn'))
      expect(bpmnFiles).toHaveLength(1 + procedure.dependencies.length)
      const processIds = new Set<string>()
      const called: string[] = []
      for (const file of bpmnFiles) {
        const facts = await checkedBpmn(file)
        const executable = facts.processes.filter((process) => process.isExecutable)
        expect(executable.length, file.path).toBeGreaterThan(0)
        for (const process of executable) processIds.add(process.id)
        for (const call of facts.callActivities)
          if (call.calledElement) called.push(call.calledElement)
      }
      for (const id of called) expect(processIds).toContain(id)
      for (const file of files.filter((candidate) => candidate.path.endsWith('.dmn'))) {
        const parsed = await parseDmn(text(file))
        expect(hasErrors(parsed.problems), file.path).toBe(false)
        if (!parsed.definitions) throw new Error(`${file.path} not read`)
        expect(errorsOf(checkDmn(parsed.definitions, text(file))), file.path).toEqual([])
      }
      for (const file of files.filter((candidate) => candidate.path.endsWith('.json'))) {
        await expect(text(file)).toMatchFileSnapshot(
          `./__golden__/${flavour}/${slug}/${file.path.replace('back-office/', '')}`
        )
      }
      const rootFile = `back-office/bpmn/${slug}.bpmn`
      const root = files.find((file) => file.path === rootFile)
      if (!root) throw new Error(`${rootFile} missing`)
      await expect(text(root)).toMatchFileSnapshot(`./__golden__/${flavour}/${slug}/${slug}.bpmn`)
    })
  }
})

describe('Camunda 8 flavour', () => {
  it('gives every service and send task a job type and every call activity its called process', async () => {
    const procedure = await referenceProcedure('hundesteuer-anmelden')
    const files = backOfficeExporter(procedure, { flavour: 'camunda8', locale: 'de' })
    expect(files.some((file) => text(file).includes('<bpmn:receiveTask'))).toBe(true)
    for (const file of files.filter((candidate) => candidate.path.endsWith('.bpmn'))) {
      const root = parseXmlTree(text(file))
      expect(attribute(root, 'xmlns:zeebe')).toBe('http://camunda.org/schema/zeebe/1.0')
      for (const element of descendants(root)) {
        const kind = localName(element.name)
        const extensions = descendants(element).map((child) => child.name)
        if (kind === 'serviceTask' || kind === 'sendTask') {
          expect(extensions, attribute(element, 'id')).toContain('zeebe:taskDefinition')
        }
        if (kind === 'callActivity') expect(extensions).toContain('zeebe:calledElement')
        if (kind === 'receiveTask') {
          // Zeebe waits only for a message with a correlation key.
          const message = descendants(root).find(
            (candidate) =>
              localName(candidate.name) === 'message' &&
              attribute(candidate, 'id') === attribute(element, 'messageRef')
          )
          expect(message, attribute(element, 'id')).toBeDefined()
          expect(descendants(message!).map((child) => child.name)).toContain('zeebe:subscription')
        }
        if (kind === 'businessRuleTask') {
          expect(
            extensions.some(
              (name) => name === 'zeebe:calledDecision' || name === 'zeebe:taskDefinition'
            )
          ).toBe(true)
        }
      }
    }
    const rootBpmn = text(
      files.find((file) => file.path === 'back-office/bpmn/hundesteuer-anmelden.bpmn')!
    )
    expect(rootBpmn).toContain(
      '<zeebe:calledDecision decisionId="Decision_Steuersatz" resultVariable="jahressteuer" />'
    )
  })

  it('the neutral flavour has no engine extensions', async () => {
    const files = backOfficeExporter(await referenceProcedure('gewerbe-anmelden'), {
      flavour: 'neutral',
      locale: 'de',
    })
    for (const file of files) expect(text(file)).not.toContain('zeebe')
  })
})

describe('OpenAPI description of the interfaces', () => {
  for (const slug of REFERENCE_PROCEDURES) {
    it(`${slug}: validates as OpenAPI 3.1 and its schemas compile`, async () => {
      const files = backOfficeExporter(await referenceProcedure(slug), {
        flavour: 'neutral',
        locale: 'de',
      })
      const file = files.find(
        (candidate) => candidate.path === 'back-office/schnittstellen.openapi.json'
      )
      if (!file) throw new Error('OpenAPI missing')
      const document = JSON.parse(text(file)) as {
        paths: object
        components: { schemas: Record<string, object> }
      }
      const validator = new Validator()
      const result = await validator.validate(document)
      expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
      expect(result.valid).toBe(true)
      expect(Object.keys(document.paths).length).toBeGreaterThan(0)
      const ajv = new Ajv2020({ strict: true })
      addFormats(ajv)
      for (const [name, schema] of Object.entries(document.components.schemas)) {
        expect(() => ajv.compile(schema), name).not.toThrow()
      }
    })
  }
})

describe('deadlines and e-file', () => {
  it('puts the Frist of the Empfangsbescheinigung on its timer and files every end of Gewerbe anmelden', async () => {
    const files = backOfficeExporter(await referenceProcedure('gewerbe-anmelden'), {
      flavour: 'neutral',
      locale: 'de',
    })
    const json = (path: string): unknown =>
      JSON.parse(text(files.find((file) => file.path === path)!))
    const { fristen } = json('back-office/fristen.json') as { fristen: DeadlineWiring[] }
    expect(fristen).toContainEqual(
      expect.objectContaining({
        bpmnElementId: 'Event_EmpfangsbescheinigungFrist',
        dauer: 'P3D',
        umsetzung: 'timer',
      })
    )
    const { ablage } = json('back-office/eakte.json') as { ablage: FilingInstruction[] }
    expect(ablage.length).toBeGreaterThan(0)
    const filed = ablage.find((entry) => entry.endEvent.bpmnElementId === 'Event_AnzeigeBearbeitet')
    expect(filed?.ablageDurch?.bpmnElementId).toBe('Activity_VorgangZurEakteNehmen')
    expect(filed?.Aktenplaneinheit?.Kennzeichen).toBeTruthy()
  })
})
