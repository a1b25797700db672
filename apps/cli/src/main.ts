/** Process entry of `bauplan` (started by bin/bauplan.mjs): runs the CLI and sets the exit code. */
import { runCli } from './cli'
import { processIo } from './io'

process.exitCode = await runCli(process.argv.slice(2), processIo())
