// The README's start command: installs, then starts the workbench (server + web app on one URL).
import { install, runPnpm } from './pnpm.mjs'

install()
process.exit(runPnpm(['--filter', '@bauplan/server', 'start']))
