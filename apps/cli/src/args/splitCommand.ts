/**
 * Finds the command word. Global options may come before it (`bauplan --server URL search x`),
 * so the values of global options are skipped; the first other word that is not an option is
 * the command, and everything else is left for the command's own parser.
 */
import { GLOBAL_OPTIONS, GLOBAL_VALUE_OPTIONS } from './optionSpec'

export interface SplitCommandLine {
  command: string | undefined
  rest: string[]
}

export function splitCommand(argv: readonly string[]): SplitCommandLine {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--') break
    if (arg.startsWith('-')) {
      const name = arg.replace(/^--?/, '')
      const expectsValue =
        GLOBAL_VALUE_OPTIONS.includes(name) ||
        Object.entries(GLOBAL_OPTIONS).some(
          ([long, spec]) => spec.short === name && GLOBAL_VALUE_OPTIONS.includes(long)
        )
      if (expectsValue) index++
      continue
    }
    return { command: arg, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] }
  }
  return { command: undefined, rest: [...argv] }
}
