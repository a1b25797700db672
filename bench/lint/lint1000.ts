// Benchmark: lint time for a generated 1,000-element building-block diagram (with DI), and for one
// with 1,000 flow nodes. Run: pnpm exec tsx bench/lint/lint1000.ts [--runs 300] [--warmup 30]
// Method: the diagram is parsed once with the domain's parseBpmn; then the whole rule set
// (14 rules, default levels, with metadata and a catalogue lookup) runs `warmup` times untimed and
// `runs` times timed, one run at a time; p50/p95 are taken over the timed runs. The editor path
// (bpmnlint's Linter on the bundle for bpmn-js-bpmnlint, German marker texts) is timed the same way.
import { createRequire } from 'node:module'
import { benchMetadata } from '../shared/benchDraft'
import { CALLED_BLOCK, generateDiagram, segmentsFor } from './diagram'

// The root has no dependency on the workspace packages, so they are loaded by path.
const domainUrl = new URL('../../packages/domain/src/index.ts', import.meta.url)
const lintUrl = new URL('../../packages/lint/src/index.ts', import.meta.url)
const requireFromLint = createRequire(new URL('../../packages/lint/package.json', import.meta.url))

interface Problem {
  code: string
  message: { de: string }
}
interface Domain {
  parseBpmn(xml: string): Promise<{ definitions?: object; problems: Problem[] }>
  readBpmnFacts(definitions: object): { elementCount: number; flowNodes: unknown[] }
  validateBaustein(data: unknown): { ok: boolean; value?: object; problems: Problem[] }
}
interface Lint {
  lintBaustein(input: object): Promise<Problem[]>
  createBpmnlintBundle(options?: object): object
}
interface Bpmnlint {
  Linter: new (bundle: object) => { lint(root: object): Promise<Record<string, unknown[]>> }
}

const domain = (await import(domainUrl.href)) as Domain
const lint = (await import(lintUrl.href)) as Lint
const bpmnlint = requireFromLint('bpmnlint') as Bpmnlint

const runs = numberOption('--runs', 300)
const warmup = numberOption('--warmup', 30)

const validated = domain.validateBaustein(
  benchMetadata({
    blockId: 'urn:bauplan:baustein:bench:grosses-verfahren',
    version: '1.0.0',
    name: 'Großes Verfahren bearbeiten',
    bpmnFile: 'bench.bpmn',
  })
)
if (!validated.ok) throw new Error(`bench metadata invalid: ${JSON.stringify(validated.problems)}`)
const metadata = validated.value
const lookup = (id: string) => (id === CALLED_BLOCK ? ['1.0.0', '1.1.0'] : undefined)

const sizes = [
  { label: '1,000 elements', diagram: generateDiagram(segmentsFor({ elements: 1000 }), 1000) },
  { label: '1,000 flow nodes', diagram: generateDiagram(segmentsFor({ flowNodes: 1000 })) },
]

console.log(`node ${process.version}, ${runs} timed runs after ${warmup} warm-up runs each`)
for (const { label, diagram } of sizes) {
  const parseStart = performance.now()
  const parsed = await domain.parseBpmn(diagram.xml)
  const parseMs = performance.now() - parseStart
  if (!parsed.definitions || parsed.problems.length > 0) {
    throw new Error(
      `${label}: the generated diagram does not parse cleanly: ${JSON.stringify(parsed.problems)}`
    )
  }
  const definitions = parsed.definitions
  const facts = domain.readBpmnFacts(definitions)
  if (facts.elementCount !== diagram.elements) {
    throw new Error(
      `${label}: expected ${diagram.elements} elements, the model has ${facts.elementCount}`
    )
  }
  const input = { bpmnDefinitions: definitions, metadata, lookup }
  const findings = await lint.lintBaustein(input)
  if (findings.length > 0) {
    throw new Error(
      `${label}: the generated diagram should be clean: ${findings.map((p) => p.message.de).join('\n')}`
    )
  }
  const bundle = lint.createBpmnlintBundle({ context: { metadata, lookup } })
  const runner = await time(() => lint.lintBaustein(input))
  const editor = await time(() => new bpmnlint.Linter(bundle).lint(definitions))
  console.log(
    `${label} (${facts.elementCount} elements, ${facts.flowNodes.length} flow nodes, ` +
      `${Math.round(diagram.xml.length / 1024)} KiB XML with DI, parsed once in ${parseMs.toFixed(0)} ms):`
  )
  console.log(`  lintBaustein (all 14 rules):      ${summary(runner)}`)
  console.log(`  editor bundle (10 BPMN rules, de): ${summary(editor)}`)
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

function summary(sorted: number[]): string {
  const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length
  return [
    `p50 ${percentile(sorted, 50).toFixed(2)} ms`,
    `p95 ${percentile(sorted, 95).toFixed(2)} ms`,
    `mean ${mean.toFixed(2)} ms`,
    `max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms`,
  ].join(', ')
}

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`)
  return value
}
