/**
 * Regenerates every reference BPMN file from its spec (see bpmnLayout/index.ts).
 *   pnpm exec tsx models/scripts/buildModels.ts           write all files
 *   pnpm exec tsx models/scripts/buildModels.ts --check   only report files that differ (exit 1)
 *   pnpm exec tsx models/scripts/buildModels.ts <slug>…   only these specs
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { formatProblem } from '@bauplan/domain'
import { buildBpmn, DiagramSpecError } from './bpmnLayout'
import { MODELS_DIR, findSpecFiles, loadSpec } from './specFiles'

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check')
  const only = new Set(args.filter((a) => !a.startsWith('--')))
  const files = findSpecFiles().filter((f) => only.size === 0 || only.has(f.slug))
  let failures = 0
  for (const file of files) {
    const shown = relative(MODELS_DIR, file.bpmnPath)
    let xml: string
    try {
      xml = buildBpmn(await loadSpec(file))
    } catch (error) {
      failures++
      if (error instanceof DiagramSpecError) {
        for (const p of error.problems) console.error(`${shown}: ${formatProblem(p)}`)
      } else console.error(`${shown}: ${String(error)}`)
      continue
    }
    const current = existsSync(file.bpmnPath) ? readFileSync(file.bpmnPath, 'utf8') : undefined
    if (current === xml) continue
    if (check) {
      failures++
      console.error(`${shown}: out of date — run pnpm exec tsx models/scripts/buildModels.ts`)
    } else {
      mkdirSync(dirname(file.bpmnPath), { recursive: true })
      writeFileSync(file.bpmnPath, xml)
      console.log(`wrote ${shown}`)
    }
  }
  if (files.length === 0) console.error('no specs found')
  return failures > 0 || files.length === 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
