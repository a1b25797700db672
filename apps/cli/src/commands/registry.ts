/** Every command of `bauplan`, in the order the help lists them. */
import type { Command } from './command'
import { validateCommand } from './validate'

export const COMMANDS: readonly Command[] = [validateCommand]

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name)
}
