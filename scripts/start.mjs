// The README's start command: installs, builds the web app, then starts the workbench (server and
// web app on one URL).
import { install, runPnpm } from './pnpm.mjs'

install()
const built = runPnpm(['--filter', '@bauplan/web', 'build'])
if (built !== 0) {
  console.error('Building the web app failed; see the output above.')
  process.exit(built)
}
process.exit(runPnpm(['--filter', '@bauplan/server', 'start']))
