/** Every command of `bauplan`, in the order the help lists them. */
import type { Command } from './command'
import { diffCommand } from './diff'
import { exportCommand } from './export'
import { importCommand } from './import'
import { loginCommand } from './login'
import { logoutCommand } from './logout'
import { pullCommand } from './pull'
import { pushCommand } from './push'
import { searchCommand } from './search'
import { showCommand } from './show'
import { validateCommand } from './validate'
import { verifyCommand } from './verify'
import { versionsCommand } from './versions'

export const COMMANDS: readonly Command[] = [
  loginCommand,
  logoutCommand,
  searchCommand,
  showCommand,
  versionsCommand,
  diffCommand,
  pullCommand,
  pushCommand,
  validateCommand,
  exportCommand,
  verifyCommand,
  importCommand,
]

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name)
}
