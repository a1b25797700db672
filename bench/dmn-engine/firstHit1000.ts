// Benchmark: one decision with a generated 1,000-rule FIRST-hit table, compiled once and evaluated
// many times. Run: pnpm exec tsx bench/dmn-engine/firstHit1000.ts
// Prints milliseconds per evaluation (p50/p95) for a match in the middle and near the end.

// The root has no dependency on the workspace package, so the engine is loaded by path.
const engineUrl = new URL('../../packages/dmn-engine/src/index.ts', import.meta.url)

interface Engine {
  compileDmn(definitions: object): { problems: unknown[] }
  evaluateDecision(
    model: object,
    decisionId: string,
    inputs: Record<string, unknown>
  ): { result: unknown; errors: unknown[] }
}

const RULES = 1000
const REGIONS = 10

/** The table as dmn-moddle would read it: rule i matches alter in [i..i+1) and one region. */
function definitions(): object {
  const rules = Array.from({ length: RULES }, (_, i) => ({
    $type: 'dmn:DecisionRule',
    id: `Rule_${i + 1}`,
    inputEntry: [
      { $type: 'dmn:UnaryTests', text: `[${i}..${i + 1})` },
      { $type: 'dmn:UnaryTests', text: `"R${i % REGIONS}"` },
    ],
    outputEntry: [{ $type: 'dmn:LiteralExpression', text: `${i + 1}` }],
  }))
  const inputData = (id: string, name: string, typeRef: string) => ({
    $type: 'dmn:InputData',
    id,
    name,
    variable: { $type: 'dmn:InformationItem', name, typeRef },
  })
  return {
    $type: 'dmn:Definitions',
    name: 'firstHit1000',
    namespace: 'urn:bench',
    drgElement: [
      inputData('Input_Alter', 'alter', 'number'),
      inputData('Input_Region', 'region', 'string'),
      {
        $type: 'dmn:Decision',
        id: 'Decision_Tarif',
        name: 'Tarif',
        variable: { $type: 'dmn:InformationItem', name: 'Tarif', typeRef: 'number' },
        informationRequirement: [
          { $type: 'dmn:InformationRequirement', requiredInput: { href: '#Input_Alter' } },
          { $type: 'dmn:InformationRequirement', requiredInput: { href: '#Input_Region' } },
        ],
        decisionLogic: {
          $type: 'dmn:DecisionTable',
          hitPolicy: 'FIRST',
          input: [
            {
              $type: 'dmn:InputClause',
              inputExpression: { $type: 'dmn:LiteralExpression', text: 'alter', typeRef: 'number' },
            },
            {
              $type: 'dmn:InputClause',
              inputExpression: {
                $type: 'dmn:LiteralExpression',
                text: 'region',
                typeRef: 'string',
              },
            },
          ],
          output: [{ $type: 'dmn:OutputClause', name: 'tarif', typeRef: 'number' }],
          rule: rules,
        },
      },
    ],
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN
}

const engine = (await import(engineUrl.href)) as Engine
const model = engine.compileDmn(definitions())
if (model.problems.length > 0) throw new Error('the generated model has problems')

const cases = [
  {
    label: 'match in the middle (rule 500)',
    inputs: { alter: 499.5, region: 'R9' },
    expected: 500,
  },
  { label: 'match near the end (rule 990)', inputs: { alter: 989.5, region: 'R9' }, expected: 990 },
]
for (const { label, inputs, expected } of cases) {
  const check = engine.evaluateDecision(model, 'Decision_Tarif', inputs)
  if (check.result !== expected || check.errors.length > 0)
    throw new Error(`${label}: wrong result`)
  for (let i = 0; i < 2_000; i++) engine.evaluateDecision(model, 'Decision_Tarif', inputs)
  const times: number[] = []
  for (let i = 0; i < 20_000; i++) {
    const start = performance.now()
    engine.evaluateDecision(model, 'Decision_Tarif', inputs)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  console.log(
    `${label}: p50 ${percentile(times, 50).toFixed(4)} ms, p95 ${percentile(times, 95).toFixed(4)} ms per evaluation`
  )
}
