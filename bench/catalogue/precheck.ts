import { checkBausteinFolder, formatProblem } from '@bauplan/domain'
import { generateBlock } from './blockGenerator'
import type { Random } from './random'

const decoder = new TextDecoder()

/**
 * Runs the domain's folder check on the first generated blocks before anything is seeded: the
 * publish measurement runs the publishing gate on seeded blocks, and a generator bug should stop the
 * benchmark in seconds, not after the seeding.
 */
export async function checkGeneratedBlocks(random: Random, count: number): Promise<void> {
  const problems: string[] = []
  for (let i = 0; i < count; i++) {
    const block = generateBlock(random, i)
    for (const version of block.versions) {
      const files: Record<string, string> = {
        'baustein.json': JSON.stringify(version.metadata, null, 2),
      }
      for (const file of version.files) files[file.name] = decoder.decode(file.bytes)
      const check = await checkBausteinFolder(files)
      for (const problem of check.problems) {
        problems.push(`${block.id}@${version.version}: ${formatProblem(problem, 'en')}`)
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`generated blocks fail the domain checks:\n${problems.slice(0, 20).join('\n')}`)
  }
}
