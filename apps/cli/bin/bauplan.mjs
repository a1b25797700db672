#!/usr/bin/env node
// Launcher of `bauplan`: the CLI is TypeScript run by tsx, loaded in this same process (no second
// Node process, so signals, stdin and the exit code need no forwarding). tsx resolves from this
// package, so the launcher works from any directory and through `npm link`.
import { register } from 'tsx/esm/api'

// `pnpm bauplan …` at the repository root runs scripts in the root folder; INIT_CWD is where the
// user typed the command, and relative paths they give must mean what they see. Only trusted
// for our own script name, so a stale INIT_CWD from another pnpm script never moves us.
if (process.env.npm_lifecycle_event === 'bauplan' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD)
}

register()
await import('../src/main.ts')
